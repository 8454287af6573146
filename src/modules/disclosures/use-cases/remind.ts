// Reminders of disclosures, run by the daily job after the reports' reminders: the checker runs over
// every commune, and each group that is due, missing, or was taken down before its minimum is told
// to the commune once (a row of disclosure_reminders per commune, group, period or disclosure, and
// stage keeps it), in one notification per commune and day listing them, sent by the notifications
// module's delivery like every other reminder.
import { eq } from "drizzle-orm";
import { vietnamDate } from "../../../core/calendar/index.ts";
import { recordNotification } from "../../notifications/use-cases/record.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import type { GroupCheckOut } from "../contract.ts";
import { disclosureReminders } from "../schema.ts";
import { checkCommunes } from "./read.ts";

const REMINDED = new Set(["due", "missing", "expired"]);

const groupName = (c: GroupCheckOut) => `khoản ${c.clause} Điều 11${c.vi ? ` (${c.vi})` : ""}`;

export function reminderLine(c: GroupCheckOut): string {
  if (c.status === "missing") return `Chưa công khai ${groupName(c)} của ${c.period?.vi ?? "kỳ trước"}.`;
  if (c.status === "due") return `Cần công khai ${groupName(c)} cho ${c.period?.vi ?? "kỳ này"}.`;
  return `Thông tin ${groupName(c)} đã gỡ trước thời hạn niêm yết tối thiểu.`;
}

export async function remindDisclosures(ctx: UseCaseContext): Promise<{ communes: number; items: number }> {
  const today = vietnamDate(ctx.now);
  const { communes } = await checkCommunes({ ...ctx, actor: null });
  let told = 0;
  let items = 0;
  for (const c of communes) {
    const wanted = c.checks
      .filter((ch) => REMINDED.has(ch.status))
      .map((ch) => ({
        ch,
        subject: ch.status === "expired" ? (ch.latestId ?? "") : (ch.period?.key ?? ""),
      }));
    if (!wanted.length) continue;
    const sent = await ctx.db
      .select()
      .from(disclosureReminders)
      .where(eq(disclosureReminders.orgId, c.orgId));
    const seen = new Set(sent.map((s) => `${s.clause}:${s.subject}:${s.stage}`));
    const fresh = wanted.filter((w) => !seen.has(`${w.ch.clause}:${w.subject}:${w.ch.status}`));
    if (!fresh.length) continue;
    await writeTransaction(ctx, async (tx, audit) => {
      await recordNotification(
        tx,
        {
          orgId: c.orgId,
          kind: "urge",
          digestDate: today,
          subject: `Công khai thông tin (Luật Thực hiện dân chủ ở cơ sở): ${fresh.length} nội dung cần xử lý`,
          body: `${c.orgName}:\n${fresh.map((f) => `- ${reminderLine(f.ch)}`).join("\n")}\nMở Thực Thi → Dân chủ cơ sở để công khai.`,
          items: [],
          createdBy: null,
        },
        ctx.now,
      );
      await tx.insert(disclosureReminders).values(
        fresh.map((f) => ({
          orgId: c.orgId,
          clause: f.ch.clause,
          subject: f.subject,
          stage: f.ch.status,
          sentAt: ctx.now,
        })),
      );
      await audit({
        action: "disclosure.remind",
        entity: "org",
        entityId: c.orgId,
        summary: { commune: c.orgName, items: fresh.map((f) => `${f.ch.clause}:${f.ch.status}`) },
      });
    });
    told++;
    items += fresh.length;
  }
  return { communes: told, items };
}
