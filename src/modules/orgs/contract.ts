// The organisation tree's API shapes: a body, its detail with earlier names and reorganisation
// events, the inputs of each change, and the interchange formats. Levels are data, never code.
import { z } from "zod";
import { editVersion, historicDate, line, longText, nullableText, searchText } from "../shared/contract.ts";

export const ORG_SYSTEMS = ["party", "state", "mass"] as const;
export const ORG_STATUSES = ["active", "merged", "split", "dissolved"] as const;
export const ORG_CHANGE_KINDS = ["create", "rename", "merge", "split", "dissolve", "move"] as const;
export const CHANGE_ROLES = ["source", "successor"] as const;
export const INTERCHANGE_FORMATS = ["csv", "json"] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];

export const orgInput = z.object({
  code: line(100, 1).nullish(),
  parentId: z.uuid().nullish(),
  system: z.enum(ORG_SYSTEMS),
  kind: line(60, 1),
  level: line(60).nullish(),
  name: line(300, 2, "Tên cơ quan quá ngắn"),
  shortName: line(120).nullish(),
  aliases: z.array(line(300, 1)).max(50).default([]),
  /** A body may be older than the app's work: the history's range. */
  validFrom: historicDate.nullish(),
});
export type OrgInput = z.infer<typeof orgInput>;

export const orgUpdate = orgInput.partial().extend({ version: editVersion });
export type OrgUpdate = z.infer<typeof orgUpdate>;

export const orgOut = z.object({
  id: z.string(),
  code: nullableText,
  parentId: nullableText,
  depth: z.number(),
  system: z.enum(ORG_SYSTEMS),
  kind: z.string(),
  level: nullableText,
  name: z.string(),
  shortName: nullableText,
  aliases: z.array(z.string()),
  validFrom: nullableText,
  validTo: nullableText,
  status: z.enum(ORG_STATUSES),
  successorId: nullableText,
  version: z.number(),
});
export type OrgOut = z.infer<typeof orgOut>;

export const orgDetailOut = orgOut.extend({
  names: z.array(
    z.object({
      name: z.string(),
      shortName: nullableText,
      validFrom: nullableText,
      validTo: nullableText,
    }),
  ),
  changes: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(ORG_CHANGE_KINDS),
      effectiveDate: z.string(),
      decisionRef: nullableText,
      note: nullableText,
      role: z.enum(CHANGE_ROLES),
      others: z.array(z.object({ orgId: z.string(), name: z.string(), role: z.enum(CHANGE_ROLES) })),
    }),
  ),
});

export const importReportOut = z.object({ created: z.number(), updated: z.number(), unchanged: z.number() });
/** How many memberships followed into a successor, and how many ended without one. */
const peopleMoved = z.object({ followed: z.number(), ended: z.number() });
export const mergeOut = z.object({ changeId: z.string(), successor: orgOut, people: peopleMoved });
export const splitOut = z.object({ changeId: z.string(), successors: z.array(orgOut), people: peopleMoved });

/** What every reorganisation event states: when it takes effect, and the decision that ordered it. */
const changeMeta = {
  effectiveDate: historicDate,
  decisionRef: line(200).nullish(),
  note: longText(2000).nullish(),
};

/**
 * What becomes of the people of the ended bodies, one membership (person × body × role) at a time.
 * A membership left out follows with its role into the successor — for a split, into the first new
 * body (the one that keeps the source's main work, listed first) — so nobody is stranded by default;
 * `follows: false` ends it without a successor (the person keeps their other units, if any).
 */
const peopleChoice = z
  .array(
    z.object({
      membershipId: z.uuid(),
      follows: z.boolean(),
      /** A split: which new body, by its place in `successors` (from 0). */
      successorIndex: z.number().int().min(0).max(49).optional(),
    }),
  )
  .max(5000)
  .optional();
export type PeopleChoice = NonNullable<z.infer<typeof peopleChoice>>[number];

export const renameInput = z.object({
  name: line(300, 2, "Tên cơ quan quá ngắn"),
  shortName: line(120).nullish(),
  ...changeMeta,
});

export const mergeInput = z.object({
  sourceIds: z.array(z.uuid()).min(1, "Cần ít nhất một cơ quan bị hợp nhất"),
  /** An existing body that absorbs the others, or a new one described here. */
  successorId: z.uuid().nullish(),
  successor: orgInput.nullish(),
  people: peopleChoice,
  ...changeMeta,
});

export const splitInput = z.object({
  sourceId: z.uuid(),
  successors: z.array(orgInput).min(2, "Chia tách phải tạo ít nhất hai cơ quan"),
  people: peopleChoice,
  ...changeMeta,
});

export const dissolveInput = z.object({
  successorId: z.uuid().nullish(),
  people: peopleChoice,
  ...changeMeta,
});

export const moveInput = z.object({
  parentId: z.uuid().nullable(),
  ...changeMeta,
});
export type RenameInput = z.infer<typeof renameInput>;
export type MergeInput = z.infer<typeof mergeInput>;
export type SplitInput = z.infer<typeof splitInput>;
export type DissolveInput = z.infer<typeof dissolveInput>;
export type MoveInput = z.infer<typeof moveInput>;
export type OrgDetailOut = z.infer<typeof orgDetailOut>;
export type ImportReport = z.infer<typeof importReportOut>;

export const orgsQuery = z.object({
  /** Words to find, diacritics ignored ("go vap" finds "Gò Vấp"). */
  q: searchText(200).optional(),
  includeInactive: z.stringbool().optional(),
});
export type OrgsQuery = z.infer<typeof orgsQuery>;

export const exportQuery = z.object({ format: z.enum(INTERCHANGE_FORMATS) });
export const importInput = z.object({
  format: z.enum(INTERCHANGE_FORMATS),
  /** An imported file: its control characters (a NUL included) are dropped like a long text's. */
  content: longText(5_000_000, 1, "Tệp trống"),
});
