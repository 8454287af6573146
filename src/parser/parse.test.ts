import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse, parseDetailed } from "./index.ts";

describe("parse", () => {
  it("never throws on arbitrary text and always returns the whole contract", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), (s) => {
        const r = parse(s);
        expect(
          Array.isArray(r.citations) && Array.isArray(r.taskGroups) && Array.isArray(r.diagnostics),
        ).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on text made of directive fragments", () => {
    const pieces = [
      "I. ",
      "1. ",
      "1.1. ",
      "a) ",
      "- ",
      "+ ",
      "Số: 12/KH-UBND",
      "ngày 5 tháng 5 năm 2024",
      "KẾ HOẠCH",
      "Nơi nhận:",
      "TM. ",
      "chủ trì",
      "phối hợp với",
      "\n",
      "\n\n",
      "|",
      "Sở Y tế",
      "./.",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 120 }), (parts) => {
        expect(() => parse(parts.join(""))).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });

  it("says so when the text is not a directive", () => {
    const r = parse("Hôm nay trời nắng đẹp, chúng tôi đi dạo công viên.");
    expect(r.issuer).toBeNull();
    expect(r.taskGroups).toEqual([]);
    expect(r.diagnostics.some((d) => d.severity === "error")).toBe(true);
  });

  it("stays fast on pathological input", () => {
    const hostile = `${"1.1.1.1.".repeat(5000)} ${"-".repeat(20000)} ${"Số: ".repeat(3000)}${"a".repeat(50000)}`;
    const start = performance.now();
    parse(hostile);
    parse("x ".repeat(200_000));
    expect(performance.now() - start).toBeLessThan(3000);
  });

  it("reports line numbers of the normalised text", () => {
    const d = parseDetailed("KẾ HOẠCH\nViệc\n\nI. NHIỆM VỤ\n1. Làm ngay\n");
    const task = d.result.taskGroups[0]!.tasks[0]!;
    expect(d.normalised.split("\n")[task.line - 1]).toBe("1. Làm ngay");
  });

  it("names the file when asked", () => {
    expect(parse("", { fileName: "a.txt" }).file).toBe("a.txt");
  });
});
