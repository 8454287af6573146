// Demo step: Phường 1 and Phường 3 of Gò Vấp keep a reception calendar and a register. Phường 1's
// chairman receives every Thursday (enough under either rule of Điều 15); Phường 3's only on the
// first Thursday of each month, so its calendar shows the warning. Each ward's specialist records a
// few visits through the same use case the screens call: one reply overdue, one still in time, and
// a refusal with its ground of Điều 9. Dates are counted back from the demo's clock, texts generic.
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../core/access.ts";
import { addDays, type IsoDate, vietnamDate, weekday } from "../../core/calendar/index.ts";
import { memoryStorage } from "../files/adapters/storage.ts";
import { orgs } from "../orgs/schema.ts";
import { memberships, users } from "../people/schema.ts";
import type { UseCaseContext } from "../shared/context.ts";
import type { DemoStep } from "../shared/demo-step.ts";
import type { VisitInput } from "./contract.ts";
import { scheduleSession } from "./use-cases/calendar.ts";
import { recordVisit } from "./use-cases/register.ts";

const WARDS = [
  { code: "gv.p1", officer: "chuyenvien.p1", everyWeek: true },
  { code: "gv.p3", officer: "chuyenvien.p3", everyWeek: false },
] as const;

async function actorOf(ctx: UseCaseContext, username: string, orgId: string): Promise<Actor | null> {
  const [u] = await ctx.db
    .select({ id: users.id, fullName: users.fullName, role: memberships.role })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.username, username), eq(memberships.orgId, orgId)));
  if (!u) return null;
  return {
    userId: u.id,
    username,
    fullName: u.fullName,
    isAdmin: false,
    memberships: [{ orgId, role: u.role }],
    actingOrgId: orgId,
  };
}

/** The Thursdays of the previous, this and the next month. */
function thursdays(today: IsoDate): IsoDate[] {
  const start = addDays(`${today.slice(0, 8)}01` as IsoDate, -31);
  const first = `${start.slice(0, 8)}01` as IsoDate;
  const out: IsoDate[] = [];
  for (let d = first; out.length < 14; d = addDays(d, 1)) if (weekday(d) === 4) out.push(d);
  return out;
}

const visits = (today: IsoDate): VisitInput[] => [
  {
    receivedOn: addDays(today, -21),
    visitorCount: 4,
    visitor: { name: "Người dân khu phố 2", address: "Khu phố 2" },
    content: "Đoàn bốn hộ dân đề nghị nạo vét cống thoát nước trong hẻm, nước ngập mỗi khi mưa lớn.",
    handling: {
      outcome: "case",
      kind: "proposal",
      field: "environment",
      title: "Nạo vét cống thoát nước trong hẻm",
      direction: "accept",
    },
  },
  {
    receivedOn: addDays(today, -2),
    visitorCount: 1,
    visitor: { name: "Người dân khu phố 5" },
    content: "Phản ánh quán ăn lấn chiếm vỉa hè, người đi bộ phải xuống lòng đường, nhất là buổi tối.",
    handling: {
      outcome: "case",
      kind: "feedback",
      field: "public_order",
      title: "Lấn chiếm vỉa hè",
      direction: "accept",
    },
  },
  {
    receivedOn: addDays(today, -7),
    visitorCount: 1,
    visitor: {},
    content: "Người đến lớn tiếng xúc phạm cán bộ tiếp công dân, không chấp hành nội quy nơi tiếp.",
    handling: {
      outcome: "refused",
      ground: "threatening",
      reason: "Vi phạm nội quy nơi tiếp công dân; đã giải thích và lập biên bản.",
    },
  },
];

export const receptionDemoStep: DemoStep = {
  name: "lịch và sổ tiếp công dân (Phường 1, Phường 3 Gò Vấp)",
  async run(ctx, { box, storage, log }) {
    const today = vietnamDate(ctx.now) as IsoDate;
    for (const ward of WARDS) {
      const [org] = await ctx.db
        .select({ id: orgs.id, name: orgs.name })
        .from(orgs)
        .where(eq(orgs.code, ward.code));
      const actor = org && (await actorOf(ctx, ward.officer, org.id));
      if (!org || !actor) continue;
      const as = { ...ctx, actor };
      const days = thursdays(today).filter((d) => ward.everyWeek || Number(d.slice(8)) <= 7);
      for (const date of days)
        await scheduleSession(as, {
          orgId: org.id,
          date,
          startTime: "07:30",
          leaderName: `Chủ tịch UBND ${org.name}`,
          headReceives: true,
          kind: "regular",
          mode: "in_person",
          place: `Trụ sở UBND ${org.name}`,
        });
      for (const v of visits(today)) await recordVisit(as, { box, storage: storage ?? memoryStorage() }, v);
      log(`  ${org.name}: ${days.length} buổi tiếp, 3 lượt tiếp`);
    }
  },
};
