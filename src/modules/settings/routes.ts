import type { FastifyInstance } from "fastify";
import { z } from "zod";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, typed } from "../shared/http.ts";
import { reminderSettings } from "./schema.ts";
import { getSetting, saveSetting } from "./service.ts";

const tags = ["cài đặt"];
const reminderOut = z.object({
  value: reminderSettings,
  defaults: reminderSettings,
  version: z.number(),
  updatedAt: z.string().nullable(),
});

export async function settingsRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    "/api/settings/reminders",
    {
      schema: {
        summary: "Cài đặt nhắc việc: N ngày trước hạn, báo cấp trên sau M ngày quá hạn",
        tags,
        response: { 200: reminderOut },
      },
    },
    async () => getSetting(deps.database.db, "reminders"),
  );
  r.put(
    "/api/settings/reminders",
    {
      schema: {
        summary: "Thay đổi cài đặt nhắc việc (quản trị; kèm số phiên bản)",
        tags,
        body: z.object({ value: reminderSettings, version: z.number().int().min(0) }),
        response: { 200: reminderOut },
      },
    },
    async (req) => saveSetting(ctxOf(req, deps), "reminders", req.body),
  );
}
