// The directives API's shapes: what each route takes and returns, and their TypeScript types. Zod
// only (no database): the routes validate and document with these, and the web app imports the types.
import { z } from "zod";
import {
  countFields,
  editVersion,
  historicDate,
  INT4_MAX,
  isoDate,
  line,
  longText,
  nullableText,
  searchText,
} from "../shared/contract.ts";

export const DIRECTIVE_STATUSES = ["stub", "draft", "confirmed"] as const;
export const CITATION_RELATIONS = ["implements", "basis", "mentions"] as const;
export const TIMEFRAME_KINDS = ["ongoing", "deadline", "period", "relative", "unspecified"] as const;
/** How a unit name of a draft was mapped to bodies of the tree. */
export const UNIT_SOURCES = ["remembered", "rule", "name", "official", "none"] as const;

export interface TimeframeValue {
  kind: (typeof TIMEFRAME_KINDS)[number];
  text: string;
  /** YYYY-MM-DD or null. */
  due: string | null;
}

export interface UnitMapEntry {
  /** The unit as the document writes it. */
  text: string;
  /** Its folded key (see rules/units.ts). */
  key: string;
  orgIds: string[];
  source: (typeof UNIT_SOURCES)[number];
  /** A collective ("các cơ quan, đơn vị") that the official must turn into a set of bodies. */
  collective: boolean;
  /**
   * Recorded by the reviewer as a body outside the organisation tree (cơ quan ngoài hệ thống: another
   * province's department, a ministry): it has no bodies and is given no work.
   */
  outside?: boolean;
}

// ---------- inputs ----------
const orgIdList = z.array(z.uuid()).max(500);
const unitNames = z.array(line(300, 1)).max(50);

export const taskParams = z.object({ id: z.uuid(), taskId: z.uuid() });
export const reportingParams = z.object({ id: z.uuid(), reportingId: z.uuid() });

export const timeframeInput = z.object({
  kind: z.enum(TIMEFRAME_KINDS),
  text: longText(500),
  due: isoDate.nullable(),
});

export const importFields = z.object({ ownerOrgId: z.uuid().nullish() });

export const listQuery = z.object({
  q: searchText(200).optional(),
  status: z.enum(DIRECTIVE_STATUSES).optional(),
  issuer: line(300).optional(),
  type: line(100).optional(),
});
export type ListQuery = z.infer<typeof listQuery>;

export const versionInput = z.object({ version: editVersion });
export type VersionInput = z.infer<typeof versionInput>;

export const headerUpdate = z.object({
  version: editVersion,
  // Titles come from documents and may run over lines: long texts, not names.
  title: longText(1000, 1).optional(),
  symbol: line(100).nullable().optional(),
  typeName: line(100).nullable().optional(),
  /** A document may cite or implement an older one: the history's range, not the work's. */
  issuedOn: historicDate.nullable().optional(),
  issuerName: line(300).nullable().optional(),
  issuerOrgId: z.uuid().nullable().optional(),
  place: line(200).nullable().optional(),
});
export type HeaderUpdate = z.infer<typeof headerUpdate>;

export const taskUpdate = z.object({
  version: editVersion,
  title: longText(2000, 1, "Tên nhiệm vụ không được để trống").optional(),
  text: longText(20_000, 1).optional(),
  timeframe: timeframeInput.optional(),
  leadText: unitNames.optional(),
  supportText: unitNames.optional(),
  leadOrgIds: orgIdList.optional(),
  supportOrgIds: orgIdList.optional(),
  fanOut: z.boolean().optional(),
  assign: z.boolean().optional(),
});
export type TaskUpdate = z.infer<typeof taskUpdate>;

export const splitInput = z.object({ version: editVersion, at: z.number().int().min(1).max(INT4_MAX) });
export type SplitInput = z.infer<typeof splitInput>;
export const mergeInput = z.object({
  version: editVersion,
  // Merging a task with itself would delete it (the second of the two is removed).
  taskIds: z
    .tuple([z.uuid(), z.uuid()])
    .refine(([a, b]) => a !== b, "Hãy chọn hai nhiệm vụ khác nhau để gộp"),
});
export type MergeInput = z.infer<typeof mergeInput>;
export const unitInput = z.object({
  version: editVersion,
  key: line(300, 1),
  orgIds: orgIdList,
  /** The name is a body outside the tree (then orgIds is empty). */
  outside: z.boolean().optional(),
});
export type UnitInput = z.infer<typeof unitInput>;
export const unnamedInput = z.object({
  version: editVersion,
  /** What to do with every task to assign that names no unit: give it leads, or mark it "not work to assign". */
  action: z.enum(["lead", "notAssign"]),
  leadOrgIds: orgIdList.default([]),
  kind: z.enum(["task", "responsibility", "all"]).default("all"),
});
export type UnnamedInput = z.output<typeof unnamedInput>;
export const reportingUpdate = z.object({
  version: editVersion,
  toOrgId: z.uuid().nullable().optional(),
  viaOrgId: z.uuid().nullable().optional(),
});
export type ReportingUpdate = z.infer<typeof reportingUpdate>;
export const coverageDecision = z.object({ status: z.enum(["confirmed", "rejected"]) });
export const coverageCreate = z.object({ childTaskId: z.uuid(), parentGroupId: z.uuid() });
export const cascadeQuery = z.object({ rootId: z.uuid().optional() });

// ---------- outputs ----------
// Exactly what the use cases return: Fastify serialises each answer through these (unknown keys would
// be dropped), and use-cases/contract.test.ts checks that they lose nothing.
const status = z.enum(DIRECTIVE_STATUSES);
const system = z.enum(["party", "state"]).nullable();
const timeframeOut = z.object({
  kind: z.enum(TIMEFRAME_KINDS),
  text: z.string(),
  due: nullableText,
});
const counts = z.record(z.string(), z.number());
const orgNamesOut = z.record(
  z.string(),
  z.object({ name: z.string(), shortName: nullableText, kind: z.string() }),
);

/** What every view of a document names: which document it is, and who issued it when. */
const documentFields = {
  id: z.string(),
  status,
  symbol: nullableText,
  typeName: nullableText,
  title: nullableText,
  issuerName: nullableText,
  issuerOrgId: nullableText,
  issuedOn: nullableText,
};

/** A document as lists show it. */
export const directiveSummaryOut = z.object({
  ...documentFields,
  system,
  ownerOrgId: nullableText,
  createdAt: z.string(),
  confirmedAt: nullableText,
});
export type DirectiveSummaryOut = z.infer<typeof directiveSummaryOut>;

/** A document's header as its page and its review show it. */
export const directiveHeaderOut = directiveSummaryOut.extend({
  typeCode: nullableText,
  parentIssuerName: nullableText,
  place: nullableText,
  signer: z.record(z.string(), z.unknown()).nullable(),
  recipients: z.array(z.string()),
  sourceFileId: nullableText,
  version: z.number(),
});
export type DirectiveHeaderOut = z.infer<typeof directiveHeaderOut>;

export const directiveListOut = z.object({
  items: z.array(directiveSummaryOut.extend({ ownerName: nullableText, assignments: z.number() })),
  facets: z.object({ issuers: counts, types: counts, statuses: counts }),
});

export const groupOut = z.object({
  id: z.string(),
  label: z.string(),
  title: z.string(),
  position: z.number(),
  sourceLine: z.number().nullable(),
  derived: z.boolean(),
});
export type GroupOut = z.infer<typeof groupOut>;

export const taskOut = z.object({
  id: z.string(),
  kind: z.enum(["task", "responsibility"]),
  groupId: nullableText,
  label: z.string(),
  path: z.array(z.string()),
  title: z.string(),
  text: z.string(),
  leadText: z.array(z.string()),
  supportText: z.array(z.string()),
  leadOrgIds: z.array(z.string()),
  supportOrgIds: z.array(z.string()),
  fanOut: z.boolean(),
  assign: z.boolean(),
  unitsEdited: z.boolean(),
  timeframe: timeframeOut,
  product: nullableText,
  position: z.number(),
  sourceLine: z.number().nullable(),
  sourceEndLine: z.number().nullable(),
  /** Bodies the task names that the reviewer recorded as outside the tree (they get no work). */
  outsideBodies: z.array(z.string()),
});
export type TaskOut = z.infer<typeof taskOut>;

export const unitOut = z.object({
  text: z.string(),
  key: z.string(),
  orgIds: z.array(z.string()),
  source: z.enum(UNIT_SOURCES),
  collective: z.boolean(),
  /** A body outside the organisation tree, as the reviewer recorded it. */
  outside: z.boolean(),
  /** Bodies to offer first in the picker. */
  candidates: z.array(z.string()),
  note: nullableText,
  /** How many tasks name this unit. */
  uses: z.number(),
});
export type UnitOut = z.infer<typeof unitOut>;

export const reportingOut = z.object({
  id: z.string(),
  text: z.string(),
  toText: nullableText,
  toOrgId: nullableText,
  viaText: nullableText,
  viaOrgId: nullableText,
  due: z.array(z.string()),
  frequency: z.union([z.string(), z.array(z.string())]).nullable(),
  sourceLine: z.number().nullable(),
});
export type ReportingOut = z.infer<typeof reportingOut>;

const citationOut = z.object({
  relation: z.enum(CITATION_RELATIONS),
  citationText: nullableText,
  inferred: z.boolean(),
  document: directiveSummaryOut,
});

export const directiveOut = z.object({
  directive: directiveHeaderOut,
  text: nullableText,
  file: z.object({ id: z.string(), fileName: z.string(), size: z.number(), mimeType: z.string() }).nullable(),
  groups: z.array(groupOut),
  tasks: z.array(
    taskOut.extend({
      assignments: z.array(
        z.object({
          id: z.string(),
          leadOrgId: z.string(),
          status: z.string(),
          dueDate: nullableText,
        }),
      ),
    }),
  ),
  reporting: z.array(reportingOut),
  cites: z.array(citationOut),
  citedBy: z.array(citationOut),
  cascade: z.object({ parents: z.array(z.string()), coverageParents: z.array(z.string()) }),
  orgs: orgNamesOut,
});
export type DirectiveOut = z.infer<typeof directiveOut>;

export const problemOut = z.object({
  taskId: nullableText,
  message: z.string(),
  kind: z.enum(["noLead", "unmapped", "severalLeads"]).optional(),
});

export const reviewOut = z.object({
  directive: directiveHeaderOut,
  text: nullableText,
  groups: z.array(groupOut),
  tasks: z.array(taskOut),
  units: z.array(unitOut),
  reporting: z.array(reportingOut),
  /** As the parser read them (src/parser/types.ts). */
  citations: z.array(z.unknown()),
  diagnostics: z.array(z.unknown()),
  problems: z.array(problemOut),
  /** Leads outside the owner body's authority: confirmation asks them (assignment requests), not assigns. */
  outsideAuthority: z.array(problemOut.extend({ orgId: z.string() })),
  /** Tasks to assign whose due date has passed: confirmed as they are, they are overdue at once. */
  bornOverdue: z.array(problemOut),
  /** Per task group, how sure the parser was (rules/review-signals.ts): where to look first. */
  groupSignals: z.array(
    z.object({
      groupId: z.string(),
      confidence: z.enum(["high", "medium", "low"]),
      diagnostics: z.number(),
      noLead: z.number(),
      tasks: z.number(),
    }),
  ),
  orgs: orgNamesOut,
  can: z.object({ edit: z.boolean(), confirm: z.boolean() }),
});
export type ReviewOut = z.infer<typeof reviewOut>;

export const importOut = z.object({
  id: z.string(),
  symbol: nullableText,
  title: nullableText,
  ...countFields("groups", "tasks", "responsibilities", "units", "unmappedUnits", "diagnostics"),
});
export type ImportOut = z.infer<typeof importOut>;

export const confirmOut = z.object({
  id: z.string(),
  ...countFields("assignments", "links", "stubsCreated"),
  /** The stub that stood for this document and now is it. */
  resolvedStub: z.boolean(),
  coverage: z.number(),
});
export type ConfirmOut = z.infer<typeof confirmOut>;

export const discardOut = z.object({ discarded: z.string() });

/** A document of the cascade, without what is below it. */
const cascadeDocumentOut = z.object({
  ...documentFields,
  ownerName: nullableText,
  ...countFields("tasks", "assignments"),
});
/** A document of the cascade with the documents that implement it below. */
export const cascadeNodeOut = cascadeDocumentOut.extend({
  get children(): z.ZodArray<typeof cascadeNodeOut> {
    return z.array(cascadeNodeOut);
  },
});
export type CascadeNodeOut = z.infer<typeof cascadeNodeOut>;
/** The server's OpenAPI has no shared components, so a recursive shape cannot be drawn: below the roots, open. */
export const cascadeOut = z.object({
  roots: z.array(cascadeNodeOut.extend({ children: z.array(z.unknown()) })),
});

export const coverageRefreshOut = z.object({ children: z.number(), suggestions: z.number() });
export const coverageLinkOut = z.object({
  id: z.string(),
  status: z.enum(["suggested", "confirmed", "rejected"]),
});

export const coverageMatrixOut = z.object({
  parent: directiveSummaryOut.pick({
    id: true,
    status: true,
    symbol: true,
    typeName: true,
    title: true,
    issuerName: true,
    issuedOn: true,
  }),
  /** True when the rows are reference groups derived from the plans (the document's text is not imported). */
  derived: z.boolean(),
  groups: z.array(groupOut),
  children: z.array(
    directiveSummaryOut.pick({
      id: true,
      symbol: true,
      typeName: true,
      title: true,
      issuerName: true,
      issuedOn: true,
      ownerOrgId: true,
    }),
  ),
  cells: z.array(
    z.object({
      groupId: z.string(),
      childId: z.string(),
      confirmed: z.number(),
      suggested: z.number(),
      rejected: z.number(),
    }),
  ),
  links: z.array(
    z.object({
      id: z.string(),
      childTaskId: z.string(),
      groupId: z.string(),
      score: z.number().nullable(),
      status: z.enum(["suggested", "confirmed", "rejected"]),
      childId: z.string(),
    }),
  ),
  tasks: z.array(z.object({ id: z.string(), childId: z.string(), label: z.string(), title: z.string() })),
  unplaced: z.array(z.string()),
  /** The documents this one's own tasks are compared with. */
  parents: z.array(z.string()),
});
export type CoverageMatrixOut = z.infer<typeof coverageMatrixOut>;
