// Reading the counters of data_versions, and a cache that trusts an entry only while the counters it
// was read under are unchanged: one tiny query per use instead of the read it saves, shared by the
// requests that arrive together. Entries also age out (a membership can end by the calendar, with
// no write), and the cache is bounded. What was not found is not kept: inserting a row moves no
// counter.
import { sql } from "drizzle-orm";
import { type Db, rowsOf } from "../../../db/client.ts";
import { roundsPer } from "../../../db/rounds.ts";

export type VersionName = "access" | "orgs" | "calendar" | "work";

/** Every counter, read in one round trip; concurrent callers share a round (src/db/rounds.ts). */
const allVersions = roundsPer(async (db: Db) => {
  const rows = rowsOf<{ name: string; version: string | number }>(
    await db.execute(sql`select name, version from caches.data_versions`),
  );
  return new Map(rows.map((r) => [r.name, String(r.version)]));
});

/** The counters of `names`, as one string (e.g. "812:790"). */
export async function versionsOf(db: Db, names: readonly VersionName[]): Promise<string> {
  const all = await allVersions(db);
  return names.map((n) => all.get(n) ?? "").join(":");
}

interface Entry<T> {
  version: string;
  at: number;
  value: T;
}

/**
 * Values per key for one database, valid while `names`' counters stay as they were when read (and
 * for at most `maxAgeMs`). The counters are read before the value, so a write that lands between
 * the two reads leaves the entry under the older counter: re-read next time, never kept stale.
 */
export function versionedCache<T>(
  names: readonly VersionName[],
  options: { maxEntries: number; maxAgeMs: number; keep?: (value: T) => boolean },
) {
  const byDb = new WeakMap<Db, Map<string, Entry<T>>>();
  const entriesOf = (db: Db) => {
    const map = byDb.get(db) ?? new Map<string, Entry<T>>();
    byDb.set(db, map);
    return map;
  };
  return {
    async get(db: Db, key: string, nowMs: number, load: () => Promise<T>): Promise<T> {
      const version = await versionsOf(db, names);
      const entries = entriesOf(db);
      const hit = entries.get(key);
      if (hit && hit.version === version && nowMs - hit.at < options.maxAgeMs) return hit.value;
      const value = await load();
      entries.delete(key);
      // Nothing is kept for what was not found: a row inserted later moves no counter.
      if (value === null) return value;
      // Nor what the cache would be too large to hold many of.
      if (options.keep && !options.keep(value)) return value;
      if (entries.size >= options.maxEntries) entries.delete(entries.keys().next().value!);
      entries.set(key, { version, at: nowMs, value });
      return value;
    },
    /** Forgets one key on this node (its own sign-out), before the counter says so. */
    forget(db: Db, key: string) {
      entriesOf(db).delete(key);
    },
  };
}
