// The citizen cases of the demo: a handful in Gò Vấp's wards, one in each state of their life,
// dated back from today (like the rest of the demo) so that due dates and overdue cases are true on
// first start. Each goes through the same use cases an official and a citizen would call.

import { eq } from "drizzle-orm";
import type { Actor } from "../../core/access.ts";
import type { Db } from "../../db/client.ts";
import { memoryStorage } from "../files/adapters/storage.ts";
import { orgs } from "../orgs/schema.ts";
import { demoActor } from "../people/demo.ts";
import type { UseCaseContext } from "../shared/context.ts";
import type { DemoStep } from "../shared/demo-step.ts";
import type { Field, Kind } from "./contract.ts";
import { caseByCode } from "./queries.ts";
import {
  accept,
  addNote,
  answer,
  assign,
  classify,
  forward,
  publicationPreview,
  publish,
  refuse,
} from "./use-cases/handle.ts";
import { rate, withdraw } from "./use-cases/public.ts";
import { submitFromPortal } from "./use-cases/submit.ts";

async function orgId(db: Db, code: string): Promise<string | null> {
  const [row] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, code));
  return row?.id ?? null;
}

type Stage = "received" | "accepted" | "published" | "forwarded" | "refused" | "withdrawn";

interface DemoCase {
  ward: string;
  kind: Kind;
  field: Field;
  title: string;
  content: string;
  subject?: string;
  sender: { name?: string; phone?: string; address?: string };
  daysAgo: number;
  stage: Stage;
  /** Who handles it: a demo account of the ward. */
  handler?: string;
  answer?: string;
  forwardTo?: string;
}

const CASES: DemoCase[] = [
  {
    ward: "gv.p1",
    kind: "feedback",
    field: "environment",
    title: "Rác tồn đọng ở đầu hẻm 12 đường Nguyễn Văn Nghi",
    content:
      "Rác sinh hoạt tồn đọng ba ngày ở đầu hẻm, bốc mùi hôi, chó mèo bới ra lòng đường. Đề nghị phường nhắc đơn vị thu gom.",
    sender: { name: "Trần Văn Hùng", phone: "0908123456" },
    daysAgo: 1,
    stage: "received",
  },
  {
    ward: "gv.p3",
    kind: "feedback",
    field: "traffic",
    title: "Đèn tín hiệu giao thông hỏng ở ngã tư",
    content:
      "Đèn tín hiệu ở ngã tư gần chợ bị tắt từ sáng thứ Hai, giờ cao điểm xe cộ ùn ứ, rất dễ xảy ra va chạm.",
    sender: {},
    daysAgo: 4,
    stage: "accepted",
    handler: "chuyenvien.p3",
  },
  {
    ward: "gv.p1",
    kind: "proposal",
    field: "public_order",
    title: "Đề nghị lắp thêm đèn chiếu sáng trong hẻm",
    content:
      "Hẻm dài hơn 200 mét nhưng chỉ có hai bóng đèn, buổi tối rất tối, người dân đi làm về khuya thấy không an toàn.",
    sender: { name: "Nguyễn Thị Lan", phone: "0912765432" },
    daysAgo: 12,
    stage: "published",
    handler: "chuyenvien.p1",
    answer:
      "Cảm ơn bà Nguyễn Thị Lan đã kiến nghị. Ủy ban nhân dân Phường 1 đã phối hợp Công ty Chiếu sáng công cộng lắp thêm 4 bóng đèn LED trong hẻm, hoàn thành trong tuần này.",
  },
  {
    ward: "gv.p1",
    kind: "complaint-first",
    field: "land",
    title: "Khiếu nại việc không cấp giấy chứng nhận quyền sử dụng đất",
    content:
      "Hồ sơ cấp giấy chứng nhận của gia đình tôi nộp đã quá hạn mà chưa được giải quyết, cũng không có văn bản trả lời lý do.",
    subject: "Việc chậm giải quyết hồ sơ cấp giấy chứng nhận quyền sử dụng đất",
    sender: { name: "Phạm Quốc Việt", phone: "0903456789", address: "Phường 1, quận Gò Vấp" },
    daysAgo: 25,
    stage: "received",
  },
  {
    ward: "gv.p1",
    kind: "denunciation",
    field: "officials",
    title: "Tố cáo cán bộ gây khó khăn khi làm thủ tục",
    content:
      "Một cán bộ bộ phận một cửa nhiều lần hẹn lại hồ sơ và gợi ý nộp thêm tiền để được giải quyết nhanh.",
    subject: "Một cán bộ bộ phận tiếp nhận và trả kết quả của phường",
    sender: { name: "Lê Minh Châu", phone: "0987111222", address: "Phường 1, quận Gò Vấp" },
    daysAgo: 6,
    stage: "accepted",
    handler: "chuyenvien.p1",
  },
  {
    ward: "gv.p1",
    kind: "feedback",
    field: "construction",
    title: "Công trình xây dựng lấn chiếm vỉa hè",
    content:
      "Công trình nhà ở đang xây dựng để vật liệu chiếm hết vỉa hè, người đi bộ phải đi xuống lòng đường.",
    sender: { name: "Võ Thanh Tâm" },
    daysAgo: 8,
    stage: "forwarded",
    forwardTo: "gv.qldt",
  },
  {
    ward: "gv.p3",
    kind: "complaint-first",
    field: "civil_status",
    title: "Khiếu nại việc từ chối đăng ký khai sinh",
    content: "Tôi khiếu nại việc công chức tư pháp từ chối đăng ký khai sinh cho con tôi từ năm 2021.",
    subject: "Việc từ chối đăng ký khai sinh năm 2021",
    sender: { name: "Đinh Thị Hoa", address: "Phường 3, quận Gò Vấp" },
    daysAgo: 9,
    stage: "refused",
  },
  {
    ward: "gv.p1",
    kind: "proposal",
    field: "education",
    title: "Kiến nghị mở thêm lớp học bơi hè cho thiếu nhi",
    content: "Đề nghị phường phối hợp nhà văn hóa mở thêm lớp học bơi miễn phí cho thiếu nhi trong dịp hè.",
    sender: { name: "Bùi Anh Tuấn" },
    daysAgo: 3,
    stage: "withdrawn",
  },
];

const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * 86_400_000);

export const citizenCaseDemoStep: DemoStep = {
  name: "phản ánh, kiến nghị, khiếu nại, tố cáo",
  async run(ctx, { box, storage }) {
    const deps = { box, storage: storage ?? memoryStorage() };
    for (const d of CASES) {
      const wardId = await orgId(ctx.db, d.ward);
      if (!wardId) continue;
      const at = (days: number): UseCaseContext => ({ ...ctx, now: daysBefore(ctx.now, days) });
      const sent = await submitFromPortal({ ...at(d.daysAgo), actor: null, system: "cổng công dân" }, deps, {
        kind: d.kind,
        field: d.field,
        wardId,
        title: d.title,
        content: d.content,
        subject: d.subject,
        ...d.sender,
        files: [],
      });
      if (d.stage === "received") continue;
      if (d.stage === "withdrawn") {
        await withdraw(
          { ...at(d.daysAgo - 1), actor: null, system: "cổng công dân" },
          { code: sent.code, secret: sent.secret },
        );
        continue;
      }
      const officer = await demoActor(
        ctx.db,
        d.handler ?? (d.ward === "gv.p3" ? "chuyenvien.p3" : "chuyenvien.p1"),
      );
      const leader = await demoActor(ctx.db, d.ward === "gv.p3" ? "lanhdao.govap" : "lanhdao.p1");
      if (!officer || !leader) continue;
      const as = (actor: Actor, days: number): UseCaseContext => ({ ...at(days), actor });
      const id = (await caseByCode(ctx.db, sent.code)).id;
      const step = Math.max(1, d.daysAgo - 1);
      let v = (await caseByCode(ctx.db, sent.code)).version;
      if (d.handler)
        v = (await assign(as(leader, step), id, { version: v, handlerId: officer.userId })).version;
      const competent = d.stage !== "forwarded";
      v = (await classify(as(officer, step), id, { version: v, kind: d.kind, field: d.field, competent }))
        .version;
      if (d.stage === "forwarded") {
        const to = await orgId(ctx.db, d.forwardTo ?? "gv.qldt");
        if (to)
          await forward(as(officer, step), id, {
            version: v,
            toOrgId: to,
            notice:
              "Nội dung thuộc thẩm quyền của Phòng Quản lý đô thị quận; đơn đã được chuyển để xem xét, giải quyết.",
          });
        continue;
      }
      if (d.stage === "refused") {
        await refuse(as(officer, step), id, { version: v, ground: "past_time_limit" });
        continue;
      }
      v = (await accept(as(officer, step), id, { version: v })).version;
      await addNote(as(officer, step), id, { text: "Đã kiểm tra thực tế, chụp ảnh hiện trường." });
      if (d.stage !== "published" || !d.answer) continue;
      v = (await answer(as(officer, 2), id, { version: v, answer: d.answer })).version;
      const { masked } = await publicationPreview(as(officer, 2), box, id);
      await publish(as(officer, 2), box, id, { version: v, text: masked });
      await rate(
        { ...at(1), actor: null, system: "cổng công dân" },
        { code: sent.code, secret: sent.secret, score: 5, comment: "Phường xử lý nhanh, cảm ơn." },
      );
    }
  },
};
