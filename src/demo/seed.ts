// Demo mode: loads the demo data kept in /demo (outside src/, so the product holds no fact of a seed
// document) into an empty database, one module's step after another. Not a feature: it assembles
// each module's demo step (src/modules/<feature>/demo.ts), as the server assembles their routes.
import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../db/client.ts";
import type { SecretBox } from "../modules/auth/adapters/secret-box.ts";
import { citizenCaseDemoStep } from "../modules/citizen-cases/demo.ts";
import { directiveDemoStep } from "../modules/directives/demo.ts";
import { disclosureDemoStep } from "../modules/disclosures/demo.ts";
import type { FileStorage } from "../modules/files/adapters/storage.ts";
import { orgDemoStep } from "../modules/orgs/demo.ts";
import { accountDemoStep } from "../modules/people/demo.ts";
import { receptionDemoStep } from "../modules/reception/demo.ts";
import { reportDemoStep } from "../modules/reports/demo.ts";
import { taskDemoStep } from "../modules/tasks/demo.ts";
import type { UseCaseContext } from "../modules/shared/context.ts";
import { DEMO_DIR, type DemoStep } from "../modules/shared/demo-step.ts";

export { DEMO_DIR };

/** In order: later steps use what earlier ones made. */
const steps: DemoStep[] = [
  orgDemoStep,
  accountDemoStep,
  directiveDemoStep,
  taskDemoStep,
  reportDemoStep,
  citizenCaseDemoStep,
  receptionDemoStep,
  disclosureDemoStep,
];

export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from orgs`));
  return (row?.n ?? 0) === 0;
}

/** Seeds the demo data into an empty database; does nothing on a database that has data. */
export async function seedDemo(
  ctx: UseCaseContext,
  box: SecretBox,
  log: (line: string) => void = () => {},
  dir = DEMO_DIR,
  storage?: FileStorage,
): Promise<boolean> {
  if (!(await isEmpty(ctx.db))) return false;
  for (const step of steps) {
    log(`Dữ liệu mẫu: ${step.name}`);
    await step.run(ctx, { box, dir, log, storage });
  }
  return true;
}
