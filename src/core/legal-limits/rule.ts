// A rule of the data: one limit of one law's version, for some kinds and one step, with the
// variants the law gives (complex, remote) and the dates it is in force.
import type { IsoDate } from "../calendar/index.ts";
import type { Anchor, CaseKind, DayKind, LegalSource, Step } from "./types.ts";

export interface DayVariants {
  readonly normal: number;
  readonly complex?: number;
  readonly remote?: number;
  readonly remoteComplex?: number;
}

export interface LimitRule {
  readonly id: string;
  readonly kinds: readonly CaseKind[];
  readonly step: Step;
  /** First day the rule applies (inclusive). */
  readonly validFrom: IsoDate;
  /** Last day the rule applies (inclusive); absent = still in force. */
  readonly validUntil?: IsoDate;
  readonly dayKind: DayKind;
  readonly from: Anchor;
  readonly days: DayVariants;
  /** Gia hạn: longest extension and how many the case's complexity allows. */
  readonly extension?: {
    readonly days: number;
    /** Longest extension of a complex case, where the law gives it a longer one. */
    readonly daysComplex?: number;
    readonly dayKind: DayKind;
    readonly times: { readonly normal: number; readonly complex: number; readonly especiallyComplex: number };
  };
  readonly article: string;
  readonly source: LegalSource;
  readonly suspensionStopsClock: boolean;
  readonly description: string;
  readonly doubt?: string;
}
