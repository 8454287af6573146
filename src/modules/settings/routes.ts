import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../shared/deps.ts";
import { ctxOf, typed } from "../shared/http.ts";
import { reminderSettingsInput, reminderSettingsOut } from "./contract.ts";
import { getSetting, saveSetting } from "./use-cases/settings.ts";

const tags = ["cài đặt"];

export async function settingsRoutes(app: FastifyInstance, deps: AppDeps) {
  const r = typed(app);
  r.get(
    "/api/settings/reminders",
    {
      schema: {
        summary: "Cài đặt nhắc việc: N ngày trước hạn, báo cấp trên sau M ngày quá hạn",
        tags,
        response: { 200: reminderSettingsOut },
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
        body: reminderSettingsInput,
        response: { 200: reminderSettingsOut },
      },
    },
    async (req) => saveSetting(ctxOf(req, deps), "reminders", req.body),
  );
}
