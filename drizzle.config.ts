import { defineConfig } from "drizzle-kit";

// Migrations are generated from every module's tables (src/modules/<feature>/schema.ts) with
// `npm run db:generate`, committed, and never edited by hand. The same files run on PGlite and on PostgreSQL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/modules/*/schema.ts",
  out: "./drizzle",
});
