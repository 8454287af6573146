// `thucthi backup` / `thucthi restore` between two data folders, as an administrator moves to a new
// machine: the restored folder must end up with the key that opens the restored TOTP seeds.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { thucthi } from "../../../test/support/cli.ts";

const root = mkdtempSync(join(tmpdir(), "thucthi-backup-cli-"));
const oldDir = join(root, "old");
const newDir = join(root, "new");
const at = (dir: string) => ({ DATA_DIR: dir, DATABASE_URL: "", THUCTHI_SECRET_KEY: undefined });
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("backup and restore between data folders", () => {
  it("moves the instance key with the passphrase and says what to do without it", async () => {
    expect((await thucthi(["seed", "--demo"], { env: at(oldDir) })).code).toBe(0);
    const plain = join(root, "plain.tar.gz");
    const sealed = join(root, "sealed.tar.gz");
    const withoutKey = await thucthi(["backup", "--out", plain], { env: at(oldDir) });
    expect(withoutKey.stdout).toContain("KHÔNG kèm khóa bí mật");
    const passFile = join(root, "pass.txt");
    writeFileSync(passFile, "ngắn\n");
    const weak = await thucthi(["backup", "--out", sealed, "--passphrase-file", passFile], {
      env: at(oldDir),
    });
    expect(weak.code).not.toBe(0);
    expect(weak.stderr).toContain("ít nhất 12 ký tự");
    writeFileSync(passFile, "một mật khẩu sao lưu đủ dài\n");
    const made = await thucthi(["backup", "--out", sealed, "--passphrase-file", passFile], {
      env: at(oldDir),
    });
    expect(made.stdout).toContain("Khóa bí mật đã được đưa vào bản sao lưu");

    // The new folder makes its own key on first open; the plain backup is refused with the remedy.
    const refused = await thucthi(["restore", plain], { env: at(newDir) });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("secret.key");
    const noPass = await thucthi(["restore", sealed], { env: at(newDir) });
    expect(noPass.stderr).toContain("--passphrase-file");

    const restored = await thucthi(["restore", sealed, "--passphrase-file", passFile], { env: at(newDir) });
    expect(restored.code).toBe(0);
    expect(restored.stdout).toContain("Đã cài khóa bí mật của bản sao lưu");
    const key = (dir: string) => readFileSync(join(dir, "secret.key"), "utf8").trim();
    expect(key(newDir)).toBe(key(oldDir));
    // The folder's own key is kept aside, not destroyed.
    expect(readdirSync(newDir).some((f) => f.startsWith("secret.key.before-restore-"))).toBe(true);
  }, 180_000);
});
