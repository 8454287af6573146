// Every feature's texts, merged into one dictionary per language. Each feature keeps its texts in
// its own folder (web/src/<feature>/i18n.ts, vi and en side by side); a new feature adds a line
// to each list below. Keys start with the feature's prefix ("tasks.", "dir."), so two features never
// share a key; merge() still refuses one, so that a clash fails at start and not silently.
import * as app from "../app/i18n.ts";
import * as audit from "../audit/i18n.ts";
import * as auth from "../auth/i18n.ts";
import * as citizenCases from "../citizen-cases/i18n.ts";
import * as directives from "../directives/i18n.ts";
import * as disclosures from "../disclosures/i18n.ts";
import * as holidays from "../holidays/i18n.ts";
import * as home from "../home/i18n.ts";
import * as orgs from "../orgs/i18n.ts";
import * as people from "../people/i18n.ts";
import * as reception from "../reception/i18n.ts";
import * as reports from "../reports/i18n.ts";
import * as shared from "../shared/i18n.ts";
import * as orgLabels from "../shared/orgs/i18n.ts";
import * as statistics from "../statistics/i18n.ts";
import * as tasks from "../tasks/i18n.ts";

const features = [
  app,
  shared,
  auth,
  orgLabels,
  orgs,
  people,
  audit,
  directives,
  tasks,
  holidays,
  home,
  reception,
  citizenCases,
  reports,
  disclosures,
  statistics,
] as const;

type Source = (typeof features)[number]["vi"];
// The union of the features' keys: keyof of a union would keep only the keys they all share.
type KeysOf<T> = T extends unknown ? keyof T : never;

export type MessageKey = KeysOf<Source>;
export type Messages = Record<MessageKey, string>;

function merge(dictionaries: readonly Record<string, string>[]): Messages {
  const out: Record<string, string> = {};
  for (const dictionary of dictionaries) {
    for (const [key, text] of Object.entries(dictionary)) {
      if (key in out) throw new Error(`Two features define the text key "${key}"`);
      out[key] = text;
    }
  }
  return out as Messages;
}

export const vi = merge(features.map((f) => f.vi));
export const en = merge(features.map((f) => f.en));
