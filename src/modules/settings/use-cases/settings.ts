// Reading and changing run-time settings. A missing row means the documented default; a stored value
// is re-checked on read, so a setting added to a group later gets its default.
import { eq } from "drizzle-orm";
import { conflict, forbidden, invalid } from "../../../core/errors.ts";
import type { Db } from "../../../db/client.ts";
import { type UseCaseContext, writeTransaction } from "../../shared/context.ts";
import { SETTINGS, type SettingKey, type SettingValue } from "../contract.ts";
import { settingsPolicy } from "../policy.ts";
import { appSettings } from "../schema.ts";

export interface SettingOut<K extends SettingKey> {
  value: SettingValue<K>;
  defaults: SettingValue<K>;
  /** 0 while the defaults apply. */
  version: number;
  updatedAt: string | null;
}

export async function getSetting<K extends SettingKey>(db: Db, key: K): Promise<SettingOut<K>> {
  const def = SETTINGS[key];
  const [row] = await db.select().from(appSettings).where(eq(appSettings.key, key));
  const parsed = def.schema.safeParse({ ...def.defaults, ...(row?.value ?? {}) });
  return {
    value: (parsed.success ? parsed.data : def.defaults) as SettingValue<K>,
    defaults: def.defaults as SettingValue<K>,
    version: row?.version ?? 0,
    updatedAt: row?.updatedAt.toISOString() ?? null,
  };
}

export async function saveSetting<K extends SettingKey>(
  ctx: UseCaseContext,
  key: K,
  input: { value: unknown; version: number },
): Promise<SettingOut<K>> {
  if (ctx.actor && !settingsPolicy.manage(ctx.actor))
    throw forbidden("Chỉ quản trị hệ thống được thay đổi cài đặt.");
  const def = SETTINGS[key];
  const parsed = def.schema.safeParse(input.value);
  if (!parsed.success)
    throw invalid(
      `Cài đặt không hợp lệ: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  return writeTransaction(ctx, async (tx, audit) => {
    const before = await getSetting(tx, key);
    if (before.version !== input.version)
      throw conflict("Cài đặt vừa được người khác thay đổi. Hãy tải lại để xem thay đổi của họ.", {
        current: before,
      });
    const value = parsed.data as Record<string, unknown>;
    if (before.version === 0)
      await tx
        .insert(appSettings)
        .values({ key, value, version: 1, updatedBy: ctx.actor?.userId ?? null, updatedAt: ctx.now });
    else
      await tx
        .update(appSettings)
        .set({ value, version: before.version + 1, updatedBy: ctx.actor?.userId ?? null, updatedAt: ctx.now })
        .where(eq(appSettings.key, key));
    await audit({
      action: "setting.update",
      entity: "setting",
      entityId: key,
      before: before.value,
      after: value,
      summary: { key, ...value },
    });
    return getSetting(tx, key);
  });
}
