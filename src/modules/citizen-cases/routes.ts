// The citizen cases API. Public (no account) under /api/public/: the wards, submitting a case with
// photos or files (checked by content, files/rules), looking it up by code, and the sender's own
// steps with the follow-up secret — each write limited per address. The back office under
// /api/citizen-cases: the policy decides in each use case (use-cases/load.ts).
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { formWithFiles, withForms } from "../shared/forms.ts";
import { idParams, routesOf } from "../shared/http.ts";
import {
  acceptInput,
  answerInput,
  assignInput,
  caseDetail,
  caseList,
  citizenInfoInput,
  classifyInput,
  codeParams,
  concludeInput,
  forwardInput,
  intakeInput,
  listQuery,
  MAX_FILES,
  noteInput,
  ownCase,
  publicationPreview,
  publicCase,
  publicStatistics,
  publishInput,
  ratingInput,
  receipt,
  refuseInput,
  secretInput,
  senderOut,
  submission,
  wardList,
  withdrawInput,
} from "./contract.ts";
import * as handle from "./use-cases/handle.ts";
import * as citizen from "./use-cases/public.ts";
import { caseDetail as detail, listCases } from "./use-cases/read.ts";
import { revealSender } from "./use-cases/sender.ts";
import { publicStatistics as statistics } from "./use-cases/statistics.ts";
import { intakeByHand, submitFromPortal } from "./use-cases/submit.ts";

const tags = ["phản ánh, kiến nghị"];
const ok = z.object({ ok: z.literal(true) });
const saved = z.object({ version: z.number() });

/**
 * Per address: a citizen sends a few cases an hour; a script hammering the portal is stopped. One
 * count for every way in: the portal's form and Open311's anonymous POST (modules/open311).
 */
export const SUBMIT_LIMIT = { max: 10, timeWindow: "10 minutes", shared: "citizen-submission" };
const FOLLOW_LIMIT = { max: 30, timeWindow: "1 minute" };
export const LOOKUP_LIMIT = { max: 120, timeWindow: "1 minute" };

export async function citizenCaseRoutes(parent: FastifyInstance, deps: AppDeps) {
  const system = (now: Date) => ({ db: deps.database.db, actor: null, system: "cổng công dân", now });
  const intakeDeps = { box: deps.box, storage: deps.storage };

  await withForms(parent, { files: MAX_FILES, fields: 30 }, (app) => {
    const route = routesOf(app, deps, tags);
    route.post(
      "/api/public/cases",
      {
        summary:
          "Công dân gửi phản ánh, kiến nghị, khiếu nại, tố cáo (kèm ảnh, tệp); trả mã tra cứu và mã bí mật",
        access: "public",
        rateLimit: SUBMIT_LIMIT,
        body: submission,
        response: receipt,
        form: formWithFiles(),
      },
      ({ body }) => submitFromPortal(system(deps.now()), intakeDeps, body),
    );
  });

  const route = routesOf(parent, deps, tags);
  route.get(
    "/api/public/wards",
    { summary: "Danh sách phường, xã (công khai)", access: "public", response: wardList },
    () => citizen.listWards(system(deps.now())),
  );
  route.get(
    "/api/public/statistics",
    {
      summary:
        "Thống kê công khai: số đơn theo loại, lĩnh vực, phường; tỷ lệ đúng hạn; số ngày; mức hài lòng",
      access: "public",
      rateLimit: LOOKUP_LIMIT,
      response: publicStatistics,
    },
    () => statistics(system(deps.now())),
  );
  route.get(
    "/api/public/cases/:code",
    {
      summary: "Tra cứu trạng thái công khai của đơn theo mã",
      access: "public",
      rateLimit: LOOKUP_LIMIT,
      params: codeParams,
      response: publicCase,
    },
    ({ params }) => citizen.lookUp(system(deps.now()), params.code),
  );
  route.post(
    "/api/public/cases/:code/own",
    {
      summary: "Người gửi xem đơn của mình (cần mã bí mật)",
      access: "public",
      rateLimit: FOLLOW_LIMIT,
      params: codeParams,
      body: secretInput,
      response: ownCase,
    },
    ({ params, body }) => citizen.ownView(system(deps.now()), deps.box, params.code, body.secret),
  );
  route.post(
    "/api/public/cases/:code/information",
    {
      summary: "Người gửi bổ sung thông tin",
      access: "public",
      rateLimit: FOLLOW_LIMIT,
      params: codeParams,
      body: citizenInfoInput,
      response: ok,
    },
    ({ params, body }) => citizen.addInformation(system(deps.now()), { ...body, code: params.code }),
  );
  route.post(
    "/api/public/cases/:code/withdraw",
    {
      summary: "Người gửi rút đơn",
      access: "public",
      rateLimit: FOLLOW_LIMIT,
      params: codeParams,
      body: withdrawInput,
      response: ok,
    },
    ({ params, body }) => citizen.withdraw(system(deps.now()), { ...body, code: params.code }),
  );
  route.post(
    "/api/public/cases/:code/rating",
    {
      summary: "Người gửi đánh giá câu trả lời (1–5 và nhận xét)",
      access: "public",
      rateLimit: FOLLOW_LIMIT,
      params: codeParams,
      body: ratingInput,
      response: ok,
    },
    ({ params, body }) => citizen.rate(system(deps.now()), { ...body, code: params.code }),
  );

  // ---------- back office ----------
  route.get(
    "/api/citizen-cases",
    {
      summary: "Đơn của cơ quan mình (và cấp dưới với vai trò lãnh đạo)",
      query: listQuery,
      response: caseList,
    },
    ({ ctx, query }) => listCases(ctx, query),
  );
  route.post(
    "/api/citizen-cases",
    {
      summary: "Nhập đơn nhận qua thư, điện thoại, tiếp công dân",
      body: intakeInput,
      response: receipt.extend({ id: z.string() }),
    },
    async ({ ctx, body }) => {
      const { id, receipt: r } = await intakeByHand(ctx, intakeDeps, body);
      return { id, ...r };
    },
  );
  route.get(
    "/api/citizen-cases/:id",
    {
      summary: "Một đơn: nội dung, dòng thời gian, quyền của người xem",
      params: idParams,
      response: caseDetail,
    },
    ({ ctx, params }) => detail(ctx, params.id),
  );
  route.get(
    "/api/citizen-cases/:id/sender",
    {
      summary: "Thông tin người gửi (người tố cáo: chỉ cán bộ được giao xử lý); mỗi lần xem được ghi nhật ký",
      params: idParams,
      response: senderOut,
    },
    ({ ctx, params }) => revealSender(ctx, deps.box, params.id),
  );
  const step = <S extends z.ZodType>(
    path: string,
    summary: string,
    body: S,
    run: (
      ctx: Parameters<typeof handle.accept>[0],
      id: string,
      input: z.output<S>,
    ) => Promise<{ version: number }>,
  ) =>
    route.post(
      `/api/citizen-cases/:id/${path}`,
      { summary, params: idParams, body, response: saved },
      ({ ctx, params, body: input }) => run(ctx, params.id, input as z.output<S>),
    );
  step("classify", "Phân loại đơn: loại, lĩnh vực, thẩm quyền", classifyInput, handle.classify);
  step("accept", "Thụ lý đơn (hạn giải quyết theo luật)", acceptInput, handle.accept);
  step(
    "forward",
    "Chuyển đơn đến cơ quan có thẩm quyền, kèm thông báo cho người gửi",
    forwardInput,
    handle.forward,
  );
  step("refuse", "Không thụ lý, nêu căn cứ pháp luật", refuseInput, handle.refuse);
  step("assign", "Giao cán bộ của cơ quan giữ đơn xử lý", assignInput, handle.assign);
  step("notes", "Ghi chú nội bộ", noteInput, handle.addNote);
  step("conclude", "Kết luận, quyết định giải quyết", concludeInput, handle.conclude);
  step("answer", "Trả lời người gửi", answerInput, handle.answer);
  route.get(
    "/api/citizen-cases/:id/publication",
    {
      summary: "Bản công khai đã che thông tin cá nhân, để cán bộ rà soát",
      params: idParams,
      response: publicationPreview,
    },
    ({ ctx, params }) => handle.publicationPreview(ctx, deps.box, params.id),
  );
  step("publish", "Công khai câu trả lời (đã che thông tin cá nhân)", publishInput, (ctx, id, input) =>
    handle.publish(ctx, deps.box, id, input),
  );
}
