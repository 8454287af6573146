// `thucthi serve [--port N] [--demo]`: the web application and API, the background jobs, and (in
// demo mode) demo data loaded into an empty database.
import { join } from "node:path";
import type { Command } from "commander";
import { seedDemo } from "../../demo/seed.ts";
import { createSecretBox } from "../../modules/auth/adapters/secret-box.ts";
import { localDiskStorage } from "../../modules/files/adapters/storage.ts";
import { startWorker } from "../../modules/jobs/use-cases/worker.ts";
import { buildApp } from "../../server/app.ts";
import { assertProductionSafe, loadConfig } from "../../server/config.ts";
import { DataDirBusyError } from "../../server/data-dir-lock.ts";
import { jobHandlers, recurringJobs } from "../../server/jobs.ts";
import { loggerOptions } from "../../server/log.ts";
import { openAppDatabase } from "../../server/runtime.ts";
import { CliError } from "../cli-error.ts";
import type { CliIo } from "../io.ts";

export function register(program: Command, io: CliIo): void {
  program
    .command("serve")
    .description("Chạy máy chủ web và API (mặc định cổng 3000 hoặc PORT)")
    .option("-p, --port <n>", "cổng", (v) => Number.parseInt(v, 10))
    .option("--host <host>", "địa chỉ lắng nghe")
    .option("--demo", "chế độ trình diễn: nạp dữ liệu mẫu vào cơ sở dữ liệu trống")
    .action(async (opts: { port?: number; host?: string; demo?: boolean }) => {
      const config = loadConfig(io.env, {
        ...(opts.port ? { port: opts.port } : {}),
        ...(opts.host ? { host: opts.host } : {}),
        ...(opts.demo ? { mode: "demo" as const } : {}),
      });
      try {
        assertProductionSafe(config);
      } catch (e) {
        throw new CliError((e as Error).message, 2);
      }
      let opened: Awaited<ReturnType<typeof openAppDatabase>>;
      try {
        opened = await openAppDatabase(config, "serve", config.port);
      } catch (e) {
        if (e instanceof DataDirBusyError) throw new CliError(e.message, 3);
        throw e;
      }
      const { database } = opened;
      const box = createSecretBox(config.secretKey);
      const now = () => new Date();
      const storage = localDiskStorage(join(config.dataDir, "files"));
      if (config.mode === "demo") {
        const seeded = await seedDemo(
          { db: database.db, actor: null, system: "demo", now: now() },
          box,
          (line) => io.stderr.write(`${line}\n`),
          undefined,
          storage,
        );
        if (seeded) io.stderr.write("Đã nạp dữ liệu trình diễn.\n");
      }
      const app = await buildApp(
        { database, config, box, storage, now },
        { logger: loggerOptions(io.env.LOG_LEVEL ?? "info") },
      );
      const worker = startWorker(database.db, jobHandlers({ database, config, box, storage, now }), {
        now,
        log: (msg) => app.log.warn(msg),
        recurring: recurringJobs,
      });
      // The server is the process's life: signals stop it, and it ends the process once closed.
      let closing = false;
      const shutdown = async (signal: string) => {
        if (closing) return;
        closing = true;
        app.log.info(`Nhận ${signal}, đang dừng...`);
        await worker.stop();
        await app.close();
        await opened.close();
        process.exit(0);
      };
      process.on("SIGINT", () => void shutdown("SIGINT"));
      process.on("SIGTERM", () => void shutdown("SIGTERM"));
      await app.listen({ port: config.port, host: config.host });
      io.stderr.write(
        `Thực Thi ${config.version} đang chạy tại ${config.publicUrl} (cơ sở dữ liệu: ${database.engine}, chế độ: ${
          config.mode === "demo" ? "trình diễn" : "vận hành"
        })\n`,
      );
    });
}
