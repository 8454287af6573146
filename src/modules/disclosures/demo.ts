// Demo step: Phường 1 and Phường 3 of Gò Vấp disclose under Luật Thực hiện dân chủ ở cơ sở, through
// the use cases the screens call. Phường 1 has this year's plan (Điều 11 khoản 1) and two other items
// on its board, one on the loudspeaker for 03 days, but no budget (khoản 2) in this quarter or the
// last, so the checker says "missing"; Phường 3 has this quarter's budget on its board but took this
// year's plan down after 10 days, short of the board's 30, so the checker says "expired". Dates are
// counted back from the demo's clock (early in January the plan may fall in the previous year).

import { eq } from "drizzle-orm";
import { addDays, type IsoDate, vietnamDate } from "../../core/calendar/index.ts";
import { periodOf } from "../../core/grassroots-democracy/index.ts";
import { orgs } from "../orgs/schema.ts";
import { demoActor } from "../people/demo.ts";
import type { DemoStep } from "../shared/demo-step.ts";
import type { DisclosureInput } from "./contract.ts";
import { postDisclosure, takeDownDisclosure } from "./use-cases/post.ts";

export const disclosureDemoStep: DemoStep = {
  name: "công khai thông tin (Phường 1, Phường 3 Gò Vấp)",
  async run(ctx, { log }) {
    const today = vietnamDate(ctx.now);
    const ward = async (code: string) =>
      (await ctx.db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, code)))[0]?.id ?? null;
    const [p1, p3] = [await ward("gv.p1"), await ward("gv.p3")];
    const [a1, a3] = [await demoActor(ctx.db, "chuyenvien.p1"), await demoActor(ctx.db, "chuyenvien.p3")];
    if (!p1 || !p3 || !a1 || !a3)
      return log("Dữ liệu mẫu: thiếu Phường 1, Phường 3 hoặc cán bộ của phường; bỏ qua công khai thông tin.");
    const year = today.slice(0, 4);
    const back = (n: number) => addDays(today, -n);
    const as1 = { ...ctx, actor: a1 };
    const as3 = { ...ctx, actor: a3 };
    const post = (as: typeof as1, orgId: string, d: Omit<DisclosureInput, "orgId">) =>
      postDisclosure(as, { orgId, ...d });

    await post(as1, p1, {
      clause: 1,
      title: `Kế hoạch phát triển kinh tế - xã hội năm ${year} của Phường 1`,
      content:
        "Kế hoạch đã được Hội đồng nhân dân phường thông qua: chỉ tiêu, nhiệm vụ, giải pháp và kết quả thực hiện đến nay.",
      channels: ["noticeboard", "portal", "dialogue"],
      postedOn: back(12),
      plannedEnd: addDays(back(12), 45),
    });
    await post(as1, p1, {
      clause: 3,
      title: "Dự án nâng cấp hẻm 45 và tiến độ thực hiện",
      content:
        "Phạm vi, kinh phí, thời gian thi công dự kiến và phương án bảo đảm đi lại cho người dân trong hẻm.",
      channels: ["noticeboard", "portal", "village_heads"],
      postedOn: back(5),
      plannedEnd: null,
    });
    await post(as1, p1, {
      clause: 8,
      title: "Thông báo các khoản đóng góp tự nguyện năm nay",
      content: "Mục đích, mức đóng góp đề xuất và cách thức quản lý, công khai khoản đóng góp của Nhân dân.",
      channels: ["noticeboard", "portal", "loudspeaker", "village_heads"],
      broadcastDays: 3,
      postedOn: back(3),
      plannedEnd: addDays(back(3), 30),
    });

    await post(as3, p3, {
      clause: 2,
      title: `Tình hình thực hiện dự toán ngân sách phường ${periodOf("quarter", today).vi}`,
      content: "Số liệu và thuyết minh tình hình thực hiện dự toán thu, chi ngân sách phường trong quý.",
      channels: ["noticeboard", "portal"],
      postedOn: periodOf("quarter", today).from,
      plannedEnd: null,
    });
    const plan = await post(as3, p3, {
      clause: 1,
      title: `Kế hoạch phát triển kinh tế - xã hội năm ${year} của Phường 3`,
      content: "Kế hoạch năm và kết quả thực hiện.",
      channels: ["noticeboard", "portal"],
      postedOn: back(20),
      plannedEnd: null,
    });
    await takeDownDisclosure(as3, plan.id, {
      version: plan.version,
      takenDownOn: back(10) as IsoDate,
      reason: "Bảng tin tại trụ sở được thay mới, chưa niêm yết lại",
    });
  },
};
