// The disclosure API: under /api/disclosures a commune's list with the checker's view, the checker
// over every commune the official reads, and the writes (post, correct, take down, attach a file);
// under /api/public/disclosures what a commune's board carries today, for the citizens' portal.
// The policy decides in each use case (queries.ts, communeFor); a file's guard decides before its
// bytes are read.
import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { formWithFiles, withForms } from "../shared/forms.ts";
import { ctxOf, idParams, routesOf, sendFile } from "../shared/http.ts";
import {
  checkerOut,
  communeDisclosures as communeOut,
  correctionInput,
  disclosureInput,
  disclosureOut,
  fileForm,
  listQuery,
  publicDisclosures as publicOut,
  takeDownInput,
} from "./contract.ts";
import {
  attachFile,
  correctDisclosure,
  guardAttach,
  postDisclosure,
  takeDownDisclosure,
} from "./use-cases/post.ts";
import { checkCommunes, communeDisclosures, publicDisclosures, publicFile } from "./use-cases/read.ts";

const PUBLIC_LIMIT = { max: 120, timeWindow: "1 minute" };

export async function disclosureRoutes(parent: FastifyInstance, deps: AppDeps) {
  const tags = ["công khai thông tin"];
  const system = (now: Date) => ({ db: deps.database.db, actor: null, system: "cổng công dân", now });
  await withForms(parent, { files: 1, fields: 4 }, (app) => {
    routesOf(app, deps, tags).post(
      "/api/disclosures/:id/file",
      {
        summary: "Đính kèm tệp (văn bản, bảng biểu) vào thông tin công khai",
        params: idParams,
        body: fileForm,
        response: disclosureOut,
        form: formWithFiles({ guard: (req, id) => guardAttach(ctxOf(req, deps), id) }),
      },
      ({ ctx, params, body }) => attachFile(ctx, deps.storage, params.id, body.files[0]!),
    );
  });
  const route = routesOf(parent, deps, tags);
  route.get(
    "/api/disclosures",
    {
      summary: "Thông tin công khai của một phường, xã và tình trạng từng nhóm nội dung (Điều 11)",
      query: listQuery,
      response: communeOut,
    },
    ({ ctx, query }) => communeDisclosures(ctx, query.orgId),
  );
  route.get(
    "/api/disclosures/checker",
    {
      summary:
        "Rà soát công khai thông tin của các phường, xã: đến hạn, đã công khai, hết hạn sớm, còn thiếu",
      response: checkerOut,
    },
    ({ ctx }) => checkCommunes(ctx),
  );
  route.post(
    "/api/disclosures",
    {
      summary: "Công khai một nội dung (nhóm Điều 11, hình thức Điều 12, ngày niêm yết)",
      body: disclosureInput,
      response: disclosureOut,
    },
    ({ ctx, body }) => postDisclosure(ctx, body),
  );
  route.put(
    "/api/disclosures/:id",
    {
      summary: "Sửa thông tin đã công khai",
      params: idParams,
      body: correctionInput,
      response: disclosureOut,
    },
    ({ ctx, params, body }) => correctDisclosure(ctx, params.id, body),
  );
  route.post(
    "/api/disclosures/:id/take-down",
    {
      summary: "Gỡ thông tin công khai (ghi ngày và lý do)",
      params: idParams,
      body: takeDownInput,
      response: disclosureOut,
    },
    ({ ctx, params, body }) => takeDownDisclosure(ctx, params.id, body),
  );
  route.get(
    "/api/public/disclosures",
    {
      summary: "Thông tin đang công khai của một phường, xã (công khai)",
      access: "public",
      rateLimit: PUBLIC_LIMIT,
      query: z.object({ orgId: z.uuid("Hãy chọn phường, xã") }),
      response: publicOut,
    },
    ({ query }) => publicDisclosures(system(deps.now()), query.orgId),
  );
  route.get(
    "/api/public/disclosures/:id/file",
    {
      summary: "Tải tệp của thông tin đang công khai (công khai)",
      access: "public",
      rateLimit: PUBLIC_LIMIT,
      params: idParams,
    },
    async ({ params, reply }) =>
      sendFile(reply, await publicFile(system(deps.now()), deps.storage, params.id)),
  );
}
