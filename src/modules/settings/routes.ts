import type { FastifyInstance } from "fastify";
import type { AppDeps } from "../shared/deps.ts";
import { routesOf } from "../shared/http.ts";
import { reminderSettingsInput, reminderSettingsOut } from "./contract.ts";
import { getSetting, saveSetting } from "./use-cases/settings.ts";

export async function settingsRoutes(app: FastifyInstance, deps: AppDeps) {
  const route = routesOf(app, deps, ["cài đặt"]);
  route.get(
    "/api/settings/reminders",
    {
      summary: "Cài đặt nhắc việc: N ngày trước hạn, báo cấp trên sau M ngày quá hạn",
      response: reminderSettingsOut,
    },
    () => getSetting(deps.database.db, "reminders"),
  );
  route.put(
    "/api/settings/reminders",
    {
      summary: "Thay đổi cài đặt nhắc việc (quản trị; kèm số phiên bản)",
      body: reminderSettingsInput,
      response: reminderSettingsOut,
    },
    ({ ctx, body }) => saveSetting(ctx, "reminders", body),
  );
}
