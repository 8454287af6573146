// The five seed documents (demo/seeds) and the gold facts of two of them (demo/gold): the parser
// must read all of them right, with no rule written for any one of them.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "./index.ts";
import { symbolKey } from "./symbols.ts";

const demo = join(import.meta.dirname, "..", "..", "demo");
const seed = (prefix: string) => {
  const files = [
    "000_00d4ffd155fcb536",
    "001_1b50ee76ccc45c9b",
    "002_a85277af82c186c2",
    "003_72ca9de8c2c40f08",
    "004_63c9de54fa54210a",
  ];
  const name = files.find((f) => f.startsWith(prefix))!;
  return parse(readFileSync(join(demo, "seeds", `${name}.txt`), "utf8"));
};

interface Gold {
  file: string;
  symbol: string;
  date: string;
  issuer: string;
  type: string;
  citations: string[];
  implements: string[];
  task_groups: string[];
  leaf_tasks: { min: number; max: number };
  signer: { authority: string | null; position: string; name: string };
  recipients_count: number;
}

describe("seed documents with gold facts", () => {
  for (const goldFile of ["000_00d4ffd155fcb536.json", "002_a85277af82c186c2.json"]) {
    const gold = JSON.parse(readFileSync(join(demo, "gold", goldFile), "utf8")) as Gold;
    it(`reads the gold facts of ${gold.file}`, () => {
      const r = seed(gold.file.slice(0, 3));
      expect(r.symbol).toBe(gold.symbol);
      expect(r.date).toBe(gold.date);
      expect(r.issuer).toContain(gold.issuer);
      expect(r.type?.code).toBe(gold.type);
      expect(new Set(r.citations.map((c) => symbolKey(c.symbol)))).toEqual(
        new Set(gold.citations.map(symbolKey)),
      );
      for (const s of gold.implements)
        expect(r.citations.find((c) => symbolKey(c.symbol) === symbolKey(s))?.relation).toBe("implements");
      expect(r.taskGroups).toHaveLength(gold.task_groups.length);
      const leaves = r.taskGroups.flatMap((g) => g.tasks).length;
      expect(leaves).toBeGreaterThanOrEqual(gold.leaf_tasks.min);
      expect(leaves).toBeLessThanOrEqual(gold.leaf_tasks.max);
      expect(r.signer).toMatchObject({ position: gold.signer.position, name: gold.signer.name });
      expect(r.recipients).toHaveLength(gold.recipients_count);
    });
  }
});

describe("seed documents without gold", () => {
  it("reads a programme with no header: issuer from the preamble, bulleted tasks, duties of Party boards", () => {
    const r = seed("001");
    expect(r.system).toBe("party");
    expect(r.symbol).toBeNull();
    expect(r.taskGroups).toHaveLength(7);
    expect(r.taskGroups.every((g) => g.tasks.length > 0)).toBe(true);
    const board = r.responsibilities.find((x) => /chủ trì, phối hợp với Văn phòng/.test(x.text));
    expect(board?.lead[0]).toMatch(/^Ban .+ Thành ủy$/);
    expect(board?.support.join(" ")).toMatch(/Văn phòng Thành ủy/);
    expect(r.signer?.authority).toBe("T/M");
  });

  it("reads yearly reporting dates and the units of lettered headings", () => {
    const r = seed("003");
    const periodic = r.reporting.find((x) => x.due.length === 2);
    expect(periodic).toMatchObject({
      to: "Phòng Nội vụ",
      due: ["--05-05", "--11-05"],
      frequency: ["6-monthly", "yearly"],
    });
    const leads = new Set(r.responsibilities.flatMap((x) => x.lead));
    expect(leads.has("Phòng Nội vụ")).toBe(true);
    expect(leads.has("Thanh tra quận")).toBe(true);
    expect(r.taskGroups.map((g) => g.label)).toEqual(["II", "III"]);
    expect(r.signer?.authority).toBe("KT.");
  });

  it("re-splits a document written on one line and finds the signer's name among the recipients", () => {
    const r = seed("004");
    expect(r.symbol).toMatch(/-CTr\/TU$/);
    expect(r.issuer).toMatch(/^Thành ủy /);
    expect(r.outline.map((o) => o.kind)).toEqual(["purpose", "tasks", "organization"]);
    expect(r.taskGroups).toHaveLength(6);
    expect(r.signer?.position).toBe("Bí thư");
    expect(r.signer?.name).toBeTruthy();
    expect(r.recipients.some((x) => x.includes(r.signer!.name!))).toBe(false);
    expect(JSON.stringify(r)).not.toMatch(/[ƣƢÐ]/);
  });
});
