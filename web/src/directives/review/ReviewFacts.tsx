// The draft's header facts as read from the document, with the editor of the ones the parser may
// have got wrong (symbol, issuer, date, title) for those who may edit.
import { Card, Descriptions } from "antd";
import { useT } from "../../i18n/index.tsx";
import { formatDate } from "../../shared/dates.ts";
import type { Review } from "../api.ts";
import { DirectiveStatusTag } from "../labels.tsx";
import { HeaderEditor } from "./HeaderEditor.tsx";

export function ReviewFacts({
  review,
  onSave,
}: {
  review: Review;
  onSave: Parameters<typeof HeaderEditor>[0]["onSave"];
}) {
  const t = useT();
  const d = review.directive;
  return (
    <Card className="tt-section" size="small">
      <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
        <Descriptions.Item label={t("dir.fact.status")}>
          <DirectiveStatusTag status={d.status} />
        </Descriptions.Item>
        <Descriptions.Item label={t("dir.fact.symbol")}>
          {d.symbol ?? t("dir.fact.noSymbol")}
        </Descriptions.Item>
        <Descriptions.Item label={t("dir.fact.issuer")}>{d.issuerName ?? "—"}</Descriptions.Item>
        <Descriptions.Item label={t("dir.fact.date")}>{formatDate(d.issuedOn) || "—"}</Descriptions.Item>
        <Descriptions.Item label={t("dir.fact.owner")}>
          {d.ownerOrgId ? review.orgs[d.ownerOrgId]?.name : "—"}
        </Descriptions.Item>
        <Descriptions.Item label={t("dir.fact.title")} span={2}>
          {d.title ?? "—"}
        </Descriptions.Item>
      </Descriptions>
      {review.can.edit ? <HeaderEditor header={d} onSave={onSave} /> : null}
    </Card>
  );
}
