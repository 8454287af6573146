import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemContext } from "../../test/support/context.ts";
import { setupDemoDatabase, setupTestDatabase } from "../../test/support/lifecycle.ts";
import { createSecretBox } from "../modules/auth/adapters/secret-box.ts";
import { listOrgs } from "../modules/orgs/use-cases/read.ts";
import { mergeOrgs } from "../modules/orgs/use-cases/reorganise.ts";
import { createBackup, RestoreError, restoreBackup, tablesInDependencyOrder } from "./backup.ts";
import { type Database, rowsOf } from "./client.ts";

const source = setupDemoDatabase(async (db) => {
  const wards = await listOrgs(db, { q: "phuong 1" });
  const p1 = wards.find((w) => w.name.endsWith("Phường 1"))!;
  const p3 = (await listOrgs(db, { q: "phuong 3" })).find((w) => w.name.endsWith("Phường 3"))!;
  // A merge makes a successor row referenced by earlier rows: the self-reference restore must handle it.
  await mergeOrgs(systemContext(db), {
    sourceIds: [p1.id, p3.id],
    successor: { system: "state", kind: "ward", name: "Ủy ban nhân dân Phường Mới", aliases: [] },
    effectiveDate: "2025-07-01",
  });
});
const target = setupTestDatabase();
const dir = mkdtempSync(join(tmpdir(), "thucthi-backup-test-"));
const key = randomBytes(32);

beforeAll(() => {
  mkdirSync(join(dir, "files-src", "ab"), { recursive: true });
  writeFileSync(join(dir, "files-src", "ab", "abcdef"), "minh chứng");
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function snapshot(database: Pick<Database, "db">) {
  const out: Record<string, string[]> = {};
  for (const t of await tablesInDependencyOrder(database.db)) {
    const rows = rowsOf<{ j: string }>(
      await database.db.execute(sql.raw(`select row_to_json(t)::text as j from "${t.name}" t order by 1`)),
    );
    out[t.name] = rows.map((r) => r.j);
  }
  return out;
}

describe("backup and restore", () => {
  it("restores every table and stored file to the same state", async () => {
    const file = join(dir, "backup.tar.gz");
    const manifest = await createBackup(source.db, {
      out: file,
      filesDir: join(dir, "files-src"),
      appVersion: "test",
      now: new Date(),
      key,
    });
    expect(manifest.tables.find((t) => t.name === "orgs")?.rows).toBeGreaterThan(60);
    expect(manifest.files).toBe(1);
    await restoreBackup(target.db, { file, filesDir: join(dir, "files-dst"), key });
    const [a, b] = [await snapshot(source), await snapshot(target)];
    expect(Object.keys(b)).toEqual(Object.keys(a));
    for (const name of Object.keys(a)) expect(b[name], name).toEqual(a[name]);
    expect(readFileSync(join(dir, "files-dst", "ab", "abcdef"), "utf8")).toBe("minh chứng");
  });

  it("refuses to restore over existing data without --force", async () => {
    const file = join(dir, "backup.tar.gz");
    await expect(
      restoreBackup(target.db, { file, filesDir: join(dir, "files-dst"), key }),
    ).rejects.toBeInstanceOf(RestoreError);
    await restoreBackup(target.db, { file, filesDir: join(dir, "files-dst"), force: true, key });
    expect((await snapshot(target)).orgs).toEqual((await snapshot(source)).orgs);
  });

  it("says clearly when the file is not a backup", async () => {
    const bogus = join(dir, "bogus.tar.gz");
    writeFileSync(bogus, "not a tarball");
    await expect(restoreBackup(target.db, { file: bogus, filesDir: join(dir, "x"), key })).rejects.toThrow(
      /Không đọc được tệp sao lưu|không phải bản sao lưu/,
    );
  });

  it("carries the instance key sealed with the passphrase, and refuses a restore that could not read the secrets", async () => {
    const [admin] = rowsOf<{ id: string }>(await source.db.execute(sql`select id from users limit 1`));
    const sealed = createSecretBox(key).seal("JBSWY3DPEHPK3PXP");
    await source.db.execute(sql`update users set totp_secret = ${sealed} where id = ${admin!.id}`);
    const passphrase = "mật khẩu sao lưu dài";
    const file = join(dir, "with-key.tar.gz");
    const base = { filesDir: join(dir, "files-src"), appVersion: "test", now: new Date(), key };
    const withoutKey = join(dir, "without-key.tar.gz");
    await createBackup(source.db, { ...base, out: withoutKey });
    const manifest = await createBackup(source.db, { ...base, out: file, passphrase });
    expect(manifest.key?.sealed).toBeTruthy();
    // The sealed key is not the key in clear, anywhere in the manifest.
    expect(JSON.stringify(manifest)).not.toContain(key.toString("hex"));
    expect(JSON.stringify(manifest)).not.toContain(key.toString("base64"));

    const otherKey = randomBytes(32);
    const into = (extra: Partial<Parameters<typeof restoreBackup>[1]>) =>
      restoreBackup(target.db, {
        file,
        filesDir: join(dir, "files-dst"),
        force: true,
        key: otherKey,
        ...extra,
      });
    // Each refusal comes before a row is touched: the target keeps what it had.
    await target.db.execute(sql`update orgs set name = name || ' (trước)' where parent_id is null`);
    const before = await snapshot(target);
    await expect(into({ file: withoutKey })).rejects.toThrow(/khóa bí mật khác.*secret\.key/);
    await expect(into({})).rejects.toThrow(/mật khẩu sao lưu/);
    await expect(into({ passphrase: "không phải mật khẩu đó" })).rejects.toThrow(
      /Mật khẩu sao lưu không đúng/,
    );
    expect(await snapshot(target)).toEqual(before);

    const { keyToInstall } = await into({ passphrase });
    expect(keyToInstall?.equals(key)).toBe(true);
    const [restored] = rowsOf<{ s: string }>(
      await target.db.execute(sql`select totp_secret as s from users where id = ${admin!.id}`),
    );
    expect(createSecretBox(keyToInstall!).open(restored!.s)).toBe("JBSWY3DPEHPK3PXP");
    // With the wrong key the server says what is wrong instead of a bare failure.
    expect(() => createSecretBox(otherKey).open(restored!.s)).toThrow(/khóa bí mật/);
    // The same key needs nothing to install.
    expect((await into({ key })).keyToInstall).toBeNull();
  });
});
