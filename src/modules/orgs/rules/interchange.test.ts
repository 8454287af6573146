// Files that are not quite CSV or JSON get a VALIDATION error that says where, never a crash.
import { describe, expect, it } from "vitest";
import { AppError } from "../../../core/errors.ts";
import { recordsFromCsv, recordsFromJson, validateRecords } from "./interchange.ts";

function refusal(run: () => unknown): AppError {
  try {
    run();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected a refusal");
}

const HEADER = "code,parent_code,system,kind,level,name";

describe("reading an organisation CSV", () => {
  it("names the line of a quote that is never closed", () => {
    const e = refusal(() => recordsFromCsv(`${HEADER}\nA,,state,ward,,Phường A\nB,,state,ward,,"Phường B\n`));
    expect(e.code).toBe("VALIDATION");
    expect(e.message).toBe('Tệp CSV lỗi ở dòng 3: dấu ngoặc kép (") mở mà không đóng.');
  });

  it("names the line of any other CSV error", () => {
    const e = refusal(() => recordsFromCsv(`${HEADER}\nA,,state,ward,,Phường "A" cũ\n`));
    expect(e.code).toBe("VALIDATION");
    expect(e.message).toContain("dòng 2");
  });

  it("refuses a day that is not on the calendar, by line", () => {
    const rows = recordsFromCsv(`${HEADER},valid_from\nA,,state,ward,,Phường A,2026-02-30\n`);
    const e = refusal(() => validateRecords(rows, new Set()));
    expect((e.details as { problems: string[] }).problems).toEqual(["Dòng 2: Ngày không có trên lịch"]);
  });
});

describe("reading an organisation JSON", () => {
  it.each(["null", "[null]", "[1]", '[{"code":"A","children":5}]'])(
    "lists problems of %s instead of crashing",
    (text) => {
      const e = refusal(() => validateRecords(recordsFromJson(text), new Set()));
      expect(e.code).toBe("VALIDATION");
    },
  );
});
