// All limit rules, in one list; limitFor picks among them by kind, step and date.
import type { LimitRule } from "../rule.ts";
import { COMPLAINT_RULES } from "./complaints.ts";
import { DENUNCIATION_RULES } from "./denunciations.ts";
import { PETITION_RULES } from "./petitions.ts";

export const RULES: readonly LimitRule[] = [...COMPLAINT_RULES, ...DENUNCIATION_RULES, ...PETITION_RULES];
