// Where an Open311 call points in the organisation tree: its jurisdiction_id (empty: the whole
// instance; otherwise a body's id or name), and the ward a request is about — from the ward
// attribute, a jurisdiction that is itself a ward, or a ward named in address_string. What cannot
// be placed is a clear Open311 error, never a guess.
import { and, eq } from "drizzle-orm";
import { invalid, notFound } from "../../../core/errors.ts";
import { foldVietnamese } from "../../../core/text/fold.ts";
import type { Db } from "../../../db/client.ts";
import { orgs } from "../../orgs/schema.ts";
import { type WardName, wardNamedIn } from "../rules/services.ts";

export interface Jurisdiction {
  id: string;
  path: string;
  kind: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const given = (v: string | undefined) => (v?.trim() ? v.trim() : null);

/** The active wards with their place in the tree, by path (the tree's order). */
export async function wardsOf(db: Db, within: Jurisdiction | null) {
  const rows = await db
    .select({ id: orgs.id, name: orgs.name, shortName: orgs.shortName, path: orgs.path })
    .from(orgs)
    .where(and(eq(orgs.kind, "ward"), eq(orgs.status, "active")))
    .orderBy(orgs.path);
  return (within ? rows.filter((w) => w.path.startsWith(within.path)) : rows).sort((a, b) =>
    a.name.localeCompare(b.name, "vi", { numeric: true }),
  );
}

/** The body a jurisdiction_id names: null when empty (the whole instance); not found is an error. */
export async function jurisdictionOf(db: Db, value: string | undefined): Promise<Jurisdiction | null> {
  const v = given(value);
  if (!v) return null;
  const rows = await db
    .select({ id: orgs.id, path: orgs.path, kind: orgs.kind, name: orgs.name, shortName: orgs.shortName })
    .from(orgs)
    .where(eq(orgs.status, "active"));
  const key = foldVietnamese(v);
  const found =
    rows.find((o) => UUID.test(v) && o.id === v.toLowerCase()) ??
    rows.find((o) => foldVietnamese(o.name) === key || (o.shortName && foldVietnamese(o.shortName) === key));
  if (!found)
    throw notFound(
      "jurisdiction_id này (để trống, hoặc ghi mã hay tên một cơ quan, phường, xã; jurisdiction_id not found)",
    );
  return { id: found.id, path: found.path, kind: found.kind };
}

const problem = (field: string, message: string) => invalid(message, [{ field, message }]);

/** The ward a request goes to, or a 400 that says how to name one. */
export async function wardOf(
  db: Db,
  input: { ward?: string | undefined; address?: string | undefined },
  jurisdiction: Jurisdiction | null,
): Promise<string> {
  const wards = await wardsOf(db, jurisdiction);
  const pick = (text: string, field: string): string => {
    const m = wardNamedIn(text, wards as WardName[]);
    if (m && "ward" in m) return m.ward.id;
    if (m)
      throw problem(
        field,
        `${field} nêu nhiều phường, xã (${m.ambiguous.map((w) => w.name).join("; ")}): hãy ghi một (names several wards)`,
      );
    throw problem(field, `${field} không nêu phường, xã nào trong danh sách (names no known ward)`);
  };
  const ward = given(input.ward);
  if (ward) {
    if (UUID.test(ward)) {
      const w = wards.find((x) => x.id === ward.toLowerCase());
      if (!w)
        throw problem(
          "attribute[ward]",
          "attribute[ward] không phải phường, xã trong danh sách của services/{code} (unknown ward)",
        );
      return w.id;
    }
    return pick(ward, "attribute[ward]");
  }
  if (jurisdiction?.kind === "ward") return jurisdiction.id;
  const address = given(input.address);
  if (address) return pick(address, "address_string");
  throw problem(
    "attribute[ward]",
    "Không xác định được phường, xã: gửi attribute[ward] (xem services/{code}), jurisdiction_id là một phường, " +
      "hoặc ghi tên phường trong address_string (the ward is needed: attribute[ward], a ward's jurisdiction_id, or its name in address_string)",
  );
}
