// "Chờ tôi duyệt": when the lead unit sends a completion for approval, its leaders get a notice in
// Thông báo (and by e-mail with the next run of reminders); when a leader returns it, the unit gets
// one. Written inside the transaction of the request or the decision (report.ts), so a notice exists
// exactly when the change does.
import { vietnamDate } from "../../../core/calendar/vietnam-time.ts";
import { shortenAtWord } from "../../../core/text/shorten.ts";
import type { Db } from "../../../db/client.ts";
import type { NoticeItem } from "../../notifications/contract.ts";
import { recipientsOf } from "../../notifications/queries.ts";
import { recordNotification } from "../../notifications/use-cases/record.ts";
import type { UseCaseContext } from "../../shared/context.ts";
import type { AssignmentRowView } from "../queries/rows.ts";

function itemOf(row: AssignmentRowView, stage: NoticeItem["stage"], note: string | null) {
  return {
    assignmentId: row.id,
    title: row.title,
    stage,
    leadOrgId: row.leadOrgId,
    leadOrgName: row.leadOrgName,
    directiveSymbol: row.directiveSymbol,
    dueDate: row.dueDate,
    dueText: row.dueText,
    workingDaysLeft: null,
    workingDaysOverdue: 0,
    note,
  } satisfies NoticeItem;
}

/** The notice to the lead unit's leaders that a completion awaits their approval. */
export async function noticeOfCompletionRequest(
  tx: Db,
  ctx: UseCaseContext,
  row: AssignmentRowView,
  narrative: string,
) {
  const title = shortenAtWord(row.title, 120);
  const who = ctx.actor?.fullName ?? "Đơn vị";
  await recordNotification(
    tx,
    {
      orgId: row.leadOrgId,
      kind: "approval",
      digestDate: vietnamDate(ctx.now),
      subject: `[Thực Thi] Chờ duyệt hoàn thành — ${title}`,
      body: `${who} (${row.leadOrgName}) đề nghị duyệt hoàn thành công việc “${row.title}”.\n\nKết quả: ${narrative}`,
      items: [itemOf(row, "approval_requested", `${who}: ${shortenAtWord(narrative, 300)}`)],
      createdBy: ctx.actor?.userId ?? null,
      recipients: await recipientsOf(tx, row.leadOrgId, ["leader"]),
    },
    ctx.now,
  );
}

/** The notice to the lead unit that its completion was returned, with the leader's reason. */
export async function noticeOfReturn(tx: Db, ctx: UseCaseContext, row: AssignmentRowView, note: string) {
  const title = shortenAtWord(row.title, 120);
  await recordNotification(
    tx,
    {
      orgId: row.leadOrgId,
      kind: "returned",
      digestDate: vietnamDate(ctx.now),
      subject: `[Thực Thi] Trả lại đề nghị hoàn thành — ${title}`,
      body: `Đề nghị hoàn thành công việc “${row.title}” chưa được duyệt.\n\nLý do: ${note}`,
      items: [itemOf(row, "returned", note)],
      createdBy: ctx.actor?.userId ?? null,
    },
    ctx.now,
  );
}
