// The two ends of a review: confirm the draft (which assigns the work, then opens the directive) or
// discard it. Confirmation is offered only when the server says the draft can be confirmed.
import { CheckOutlined, DeleteOutlined } from "@ant-design/icons";
import { Button, Popconfirm, Tooltip } from "antd";
import { useNavigate } from "react-router";
import { useT } from "../../i18n/index.tsx";
import { isApiError } from "../../shared/api.ts";
import { useToast } from "../../shared/toast.tsx";
import { directivesApi as dapi, type Review } from "../api.ts";

export function ReviewDecision({
  review,
  toAssign,
  reload,
  onError,
}: {
  review: Review;
  /** How many assignments confirmation will create. */
  toAssign: number;
  reload(): void;
  onError(error: unknown): void;
}) {
  const t = useT();
  const message = useToast();
  const navigate = useNavigate();
  const d = review.directive;
  const confirm = async () => {
    onError(null);
    try {
      const r = await dapi.confirm(d.id, d.version);
      message.success(t("dir.review.confirmed", { n: r.assignments }));
      navigate(`/directives/${r.id}`);
    } catch (e) {
      if (isApiError(e) && e.code === "CONFLICT") reload();
      onError(e);
    }
  };
  const discard = async () => {
    try {
      await dapi.discard(d.id, d.version);
      message.success(t("dir.review.discarded"));
      navigate("/directives");
    } catch (e) {
      onError(e);
    }
  };
  return (
    <>
      <Tooltip title={review.can.confirm ? undefined : t("dir.review.cannotConfirm")}>
        <Popconfirm
          title={t("dir.review.confirmAsk", { n: toAssign })}
          okText={t("common.confirm")}
          cancelText={t("common.cancel")}
          onConfirm={() => void confirm()}
          disabled={!review.can.confirm}
        >
          <Button type="primary" icon={<CheckOutlined aria-hidden />} disabled={!review.can.confirm}>
            {t("dir.review.confirm")}
          </Button>
        </Popconfirm>
      </Tooltip>
      {review.can.edit ? (
        <Popconfirm
          title={t("dir.review.discardAsk")}
          okText={t("dir.review.discard")}
          okButtonProps={{ danger: true }}
          cancelText={t("common.cancel")}
          onConfirm={() => void discard()}
        >
          <Button danger icon={<DeleteOutlined aria-hidden />}>
            {t("dir.review.discard")}
          </Button>
        </Popconfirm>
      ) : null}
    </>
  );
}
