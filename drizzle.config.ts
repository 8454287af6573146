import { defineConfig } from "drizzle-kit";

// Migrations are generated from src/db/schema.ts with `npm run db:generate`, committed, and never
// edited by hand. The same files run on PGlite and on PostgreSQL.
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
});
