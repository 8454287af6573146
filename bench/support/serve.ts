// A server for the HTTP benchmarks, in its own process so that the load generator does not share
// its event loop: `--kind bare` is a hello-world Fastify (the yardstick), `--kind app` is Thực Thi
// on an in-memory PGlite with the demo data. Prints "ready <port>" on stdout when listening.
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import Fastify from "fastify";
import pg from "pg";
import { openDatabase } from "../../src/db/client.ts";
import { seedDemo } from "../../src/demo/seed.ts";
import { createSecretBox } from "../../src/modules/auth/adapters/secret-box.ts";
import { memoryStorage } from "../../src/modules/files/adapters/storage.ts";
import { buildApp } from "../../src/server/app.ts";
import { loadConfig } from "../../src/server/config.ts";

const kind = process.argv[process.argv.indexOf("--kind") + 1];

if (kind === "bare") {
  const app = Fastify();
  app.get("/hello", async () => ({ hello: "world" }));
  await app.listen({ port: 0, host: "127.0.0.1" });
  process.stdout.write(`ready ${(app.server.address() as { port: number }).port}\n`);
} else {
  // On a server, a scratch database of our own (demo data needs an empty one), dropped on exit.
  const serverUrl = process.env.BENCH_DATABASE_URL;
  let url = serverUrl;
  if (serverUrl) {
    const name = `thucthi_bench_${process.pid}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const drop = async () => {
      await database.close();
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
      process.exit(0);
    };
    process.on("SIGTERM", () => void drop());
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
  }
  // An orderly exit on SIGTERM, so that `node --cpu-prof` writes its profile.
  if (!serverUrl && !process.env.BENCH_PROFILE_FILE) process.on("SIGTERM", () => process.exit(0));
  const database = await openDatabase({ url });
  await database.migrate();
  const config = loadConfig(
    {},
    {
      mode: "demo",
      secretKey: Buffer.alloc(32, 3),
      cookieSecure: false,
      loginRateLimit: 1000,
      dataDir: "/nonexistent",
      // The load generator stands for a proxy: the portal's look-up is limited per citizen's address.
      trustProxy: ["127.0.0.1"],
    },
  );
  const box = createSecretBox(config.secretKey);
  await seedDemo({ db: database.db, actor: null, system: "bench", now: new Date() }, box);
  const app = await buildApp(
    { database, config, box, storage: memoryStorage(), now: () => new Date() },
    { serveWeb: false },
  );
  await app.listen({ port: 0, host: "127.0.0.1" });
  // BENCH_PROFILE_FILE: a CPU profile of the load only (not start-up and the demo data), written
  // on SIGTERM before the exit.
  const profileFile = process.env.BENCH_PROFILE_FILE;
  if (profileFile) {
    const session = new Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
    process.prependListener("SIGTERM", () => {
      void session.post("Profiler.stop").then(({ profile }) => {
        writeFileSync(profileFile, JSON.stringify(profile));
        if (!serverUrl) process.exit(0);
      });
    });
  }
  process.stdout.write(`ready ${(app.server.address() as { port: number }).port}\n`);
}
