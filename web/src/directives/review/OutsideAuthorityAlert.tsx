// Before confirmation: the leads outside the owner body's authority. Confirming does not give them
// the work; it sends each an assignment request that they accept or refuse.
import { Alert } from "antd";
import { useT } from "../../i18n/index.tsx";
import type { Review } from "../api.ts";

export function OutsideAuthorityAlert({ review }: { review: Review }) {
  const t = useT();
  const outside = review.outsideAuthority;
  if (!outside.length) return null;
  return (
    <Alert
      type="info"
      showIcon
      className="tt-alert"
      message={t("dir.review.outsideAuthority", { n: outside.length })}
      description={
        <ul className="tt-dir-problems">
          {outside.map((o) => (
            <li key={`${o.taskId}-${o.orgId}`}>{o.message}</li>
          ))}
        </ul>
      }
    />
  );
}
