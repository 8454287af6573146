// Before confirmation: work whose due date has already passed. Confirmed as it is, it would be
// overdue on the day it is assigned — most often a recurring or open-ended frame read as a date.
import { Alert } from "antd";
import { useT } from "../../i18n/index.tsx";
import type { Review } from "../api.ts";

export function BornOverdueAlert({ review }: { review: Review }) {
  const t = useT();
  const late = review.bornOverdue;
  if (!late.length) return null;
  return (
    <Alert
      type="warning"
      showIcon
      className="tt-alert"
      data-testid="born-overdue"
      message={t("dir.review.bornOverdue", { n: late.length })}
      description={
        <ul className="tt-dir-problems">
          {late.slice(0, 8).map((p) => (
            <li key={p.taskId ?? p.message}>{p.message}</li>
          ))}
          {late.length > 8 ? <li>{t("dir.review.moreProblems", { n: late.length - 8 })}</li> : null}
        </ul>
      }
    />
  );
}
