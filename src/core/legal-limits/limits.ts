// Choosing the limit for a case: the rule for its kind and step in force on the date the law
// says (receipt for intake steps, thụ lý for resolution), then the variant for its complexity
// and place. Pure.
import { type IsoDate, parseIsoDate } from "../calendar/index.ts";
import type { LimitRule } from "./rule.ts";
import { RULES } from "./tables/index.ts";
import { type CaseKind, type LegalLimit, type LimitOptions, STEPS, type Step } from "./types.ts";

function inForce(rule: LimitRule, on: IsoDate): boolean {
  return rule.validFrom <= on && (rule.validUntil === undefined || on <= rule.validUntil);
}

/** The rule of the data for a kind and step on a date, or undefined where the law sets none. */
export function ruleFor(kind: CaseKind, step: Step, on: IsoDate, rules = RULES): LimitRule | undefined {
  const date = parseIsoDate(on);
  return rules.find((r) => r.kinds.includes(kind) && r.step === step && inForce(r, date));
}

/**
 * The limit the law sets for `kind` at `step`, or null where it sets none (e.g. the resolution
 * of a phản ánh: no law or circular fixes it; the body's own rules do).
 */
export function limitFor(
  kind: CaseKind,
  step: Step,
  options: LimitOptions,
  rules = RULES,
): LegalLimit | null {
  const rule = ruleFor(kind, step, options.appliesOn, rules);
  if (!rule) return null;
  const complex = Boolean(options.complex || options.especiallyComplex);
  const remote = Boolean(options.remote);
  const v = rule.days;
  const days =
    remote && complex
      ? (v.remoteComplex ?? v.remote ?? v.complex ?? v.normal)
      : remote
        ? (v.remote ?? v.normal)
        : complex
          ? (v.complex ?? v.normal)
          : v.normal;
  const ext = rule.extension;
  const times = ext
    ? options.especiallyComplex
      ? ext.times.especiallyComplex
      : complex
        ? ext.times.complex
        : ext.times.normal
    : 0;
  return {
    rule: rule.id,
    kind,
    step,
    days,
    dayKind: rule.dayKind,
    from: rule.from,
    ...(ext && times > 0
      ? {
          extension: {
            days: complex ? (ext.daysComplex ?? ext.days) : ext.days,
            times,
            dayKind: ext.dayKind,
          },
        }
      : {}),
    article: rule.article,
    source: rule.source,
    suspensionStopsClock: rule.suspensionStopsClock,
    description: rule.description,
    ...(rule.doubt ? { doubt: rule.doubt } : {}),
  };
}

/** Every limit the law sets for a kind on a date, in the order of the steps. */
export function limitsFor(kind: CaseKind, options: LimitOptions, rules = RULES): LegalLimit[] {
  return STEPS.flatMap((s) => limitFor(kind, s, options, rules) ?? []);
}
