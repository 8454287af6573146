// `thucthi users create-admin`: the first administrator of a production installation (demo accounts
// are refused there). The password comes from THUCTHI_ADMIN_PASSWORD or standard input, never argv.

import type { Command } from "commander";
import { eq } from "drizzle-orm";
import { AppError } from "../../core/errors.ts";
import { orgs } from "../../modules/orgs/schema.ts";
import { passwordSchema } from "../../modules/people/contract.ts";
import { createPerson } from "../../modules/people/use-cases/create.ts";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../io.ts";
import { withDatabase } from "../with-database.ts";

async function readStdin(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of io.stdin) chunks.push(Buffer.from(c));
  return Buffer.concat(chunks).toString("utf8").trim();
}

export function register(program: Command, io: CliIo): void {
  const users = program.command("users").description("Tài khoản");
  users
    .command("create-admin")
    .description("Tạo tài khoản quản trị hệ thống (bắt buộc bật xác thực hai lớp khi đăng nhập lần đầu)")
    .requiredOption("-u, --username <name>", "tên đăng nhập")
    .requiredOption("-n, --full-name <name>", "họ và tên")
    .requiredOption("-o, --org <code>", "mã cơ quan công tác (trong cây tổ chức)")
    .action(async (opts: { username: string; fullName: string; org: string }) => {
      const password = io.env.THUCTHI_ADMIN_PASSWORD ?? (io.stdin.isTTY ? "" : await readStdin(io));
      const checked = passwordSchema.safeParse(password);
      if (!checked.success)
        throw new CliError(
          `Mật khẩu không hợp lệ: ${checked.error.issues.map((i) => i.message).join("; ")}. Đặt THUCTHI_ADMIN_PASSWORD hoặc gửi qua đầu vào chuẩn.`,
          2,
        );
      await withDatabase(io, "users create-admin", async ({ opened }) => {
        const db = opened.database.db;
        const [org] = await db.select({ id: orgs.id }).from(orgs).where(eq(orgs.code, opts.org));
        if (!org)
          throw new CliError(
            `Không có cơ quan mã "${opts.org}". Hãy nhập cây tổ chức trước (thucthi orgs import).`,
            1,
          );
        try {
          await createPerson(
            { db, actor: null, system: "cli", now: new Date() },
            {
              username: opts.username.toLowerCase(),
              fullName: opts.fullName,
              password,
              memberships: [{ orgId: org.id, role: "admin" }],
            },
          );
        } catch (e) {
          if (e instanceof AppError) throw new CliError(e.message, 1);
          throw e;
        }
        io.stdout.write(
          `Đã tạo quản trị ${opts.username}. Lần đăng nhập đầu tiên sẽ yêu cầu bật xác thực hai lớp.\n`,
        );
      });
    });
}
