// Demo step: the demo documents (demo/documents/index.json) imported, reviewed and confirmed through the
// same use cases an official uses, with the decisions a reviewer would take kept as data in /demo:
// unit mappings the rules cannot find (demo/unit-mappings.json), per-task review decisions, and which
// coverage suggestions officials confirmed or rejected (demo/coverage.json). No fact of a demo
// document lives in src/.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { foldVietnamese } from "../../core/text/fold.ts";
import { memoryStorage } from "../files/adapters/storage.ts";
import { orgs } from "../orgs/schema.ts";
import type { UseCaseContext } from "../shared/context.ts";
import type { DemoStep } from "../shared/demo-step.ts";
import { unitKey } from "./rules/units.ts";
import { directives, unitMappings } from "./schema.ts";
import { confirmDirective } from "./use-cases/confirm.ts";
import { decideCoverage } from "./use-cases/coverage-decide.ts";
import { coverageMatrix } from "./use-cases/coverage-matrix.ts";
import { updateTask } from "./use-cases/edit-draft.ts";
import { importDirective } from "./use-cases/import.ts";
import { settleUnnamed } from "./use-cases/map-units.ts";
import { getReview } from "./use-cases/review.ts";

interface TaskDecision {
  lead?: string[];
  support?: string[];
  /** Keep this body as the one lead; the other leads become supporters. */
  singleLead?: string;
  fanOut?: boolean;
  assign?: boolean;
}

interface DemoDocument {
  file: string;
  owner: string;
  /** Skipped (with a line in the log) when the file is absent. */
  optional?: boolean;
  review?: {
    unnamed?: { kind: "task" | "responsibility" | "all"; action: "notAssign" | "lead"; lead?: string[] };
    tasks?: Record<string, TaskDecision>;
  };
}

interface CoverageDecisions {
  /** The implemented document, by symbol. */
  parent: string;
  decisions: Array<{ plan: string; task: string; group: string; status: "confirmed" | "rejected" }>;
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, "utf8")) as T;

export const directiveDemoStep: DemoStep = {
  name: "văn bản chỉ đạo",
  async run(ctx, { dir, log, storage }) {
    const indexFile = join(dir, "documents", "index.json");
    if (!existsSync(indexFile)) return;
    const manifest = readJson<{ documents: DemoDocument[]; coverage?: string }>(indexFile);
    const codes = new Map(
      (await ctx.db.select({ id: orgs.id, code: orgs.code }).from(orgs)).map((o) => [o.code, o.id]),
    );
    const id = (code: string) => {
      const found = codes.get(code);
      if (!found) throw new Error(`Dữ liệu mẫu: không có cơ quan mã ${code}`);
      return found;
    };
    await rememberDemoMappings(ctx, join(dir, "unit-mappings.json"), id);
    const files = storage ?? memoryStorage();
    const imported = new Map<string, string>();
    for (const doc of manifest.documents) {
      const path = join(dir, doc.file);
      if (!existsSync(path)) {
        if (!doc.optional) throw new Error(`Dữ liệu mẫu: thiếu tệp ${doc.file}`);
        log(`  (bỏ qua ${doc.file}: chưa có tệp)`);
        continue;
      }
      const started = performance.now();
      const draft = await importDirective(ctx, files, {
        bytes: readFileSync(path),
        fileName: doc.file.split("/").pop()!,
        mimeType: "text/plain",
        ownerOrgId: id(doc.owner),
      });
      await applyReview(ctx, draft.id, doc, id);
      const review = await getReview(ctx, draft.id);
      const done = await confirmDirective(ctx, draft.id, { version: review.directive.version });
      imported.set(doc.file, done.id);
      log(
        `  ${draft.symbol ?? doc.file}: ${draft.tasks} nhiệm vụ, ${done.assignments} việc được giao (${Math.round(performance.now() - started)} ms)`,
      );
    }
    if (manifest.coverage && existsSync(join(dir, manifest.coverage)))
      log(
        `  ${await applyCoverage(ctx, readJson<CoverageDecisions>(join(dir, manifest.coverage)), imported)} quyết định bao phủ`,
      );
  },
};

async function rememberDemoMappings(ctx: UseCaseContext, path: string, id: (code: string) => string) {
  if (!existsSync(path)) return;
  const data = readJson<Record<string, Record<string, string[]> | string>>(path);
  for (const [context, entries] of Object.entries(data)) {
    if (typeof entries === "string") continue;
    for (const [text, orgCodes] of Object.entries(entries))
      await ctx.db
        .insert(unitMappings)
        .values({
          contextOrgId: id(context),
          textKey: unitKey(text),
          orgIds: orgCodes.map(id),
          updatedAt: ctx.now,
        })
        .onConflictDoNothing();
  }
}

async function applyReview(
  ctx: UseCaseContext,
  draftId: string,
  doc: DemoDocument,
  id: (code: string) => string,
) {
  let review = await getReview(ctx, draftId);
  const unnamed = doc.review?.unnamed;
  if (unnamed)
    review = await settleUnnamed(ctx, draftId, {
      version: review.directive.version,
      action: unnamed.action,
      leadOrgIds: (unnamed.lead ?? []).map(id),
      kind: unnamed.kind,
    });
  for (const [label, d] of Object.entries(doc.review?.tasks ?? {})) {
    const task = review.tasks.find((t) => t.label === label);
    if (!task) throw new Error(`Dữ liệu mẫu ${doc.file}: không có nhiệm vụ "${label}"`);
    const patch: Parameters<typeof updateTask>[3] = { version: review.directive.version };
    if (d.assign !== undefined) patch.assign = d.assign;
    if (d.fanOut !== undefined) patch.fanOut = d.fanOut;
    if (d.lead) patch.leadOrgIds = d.lead.map(id);
    if (d.support) patch.supportOrgIds = d.support.map(id);
    if (d.singleLead) {
      const lead = id(d.singleLead);
      patch.leadOrgIds = [lead];
      patch.supportOrgIds = [...new Set([...task.leadOrgIds, ...task.supportOrgIds])].filter(
        (o) => o !== lead,
      );
      patch.fanOut = false;
    }
    review = await updateTask(ctx, draftId, task.id, patch);
  }
}

/** Confirms and rejects the suggestions the demo's officials decided, found by plan file, task label and words of the group title. */
async function applyCoverage(
  ctx: UseCaseContext,
  data: CoverageDecisions,
  imported: ReadonlyMap<string, string>,
) {
  const [parent] = await ctx.db
    .select({ id: directives.id })
    .from(directives)
    .where(eq(directives.symbol, data.parent));
  if (!parent) return 0;
  const matrix = await coverageMatrix(ctx, parent.id);
  let n = 0;
  for (const d of data.decisions) {
    const planId = imported.get(d.plan);
    const task = matrix.tasks.find((t) => t.childId === planId && t.label === d.task);
    const group = matrix.groups.find((g) => foldVietnamese(g.title).includes(foldVietnamese(d.group)));
    const link = matrix.links.find((l) => l.childTaskId === task?.id && l.groupId === group?.id);
    if (!link) throw new Error(`Dữ liệu mẫu coverage: không có gợi ý ${d.plan} ${d.task} → ${d.group}`);
    await decideCoverage(ctx, link.id, d.status);
    n++;
  }
  return n;
}
