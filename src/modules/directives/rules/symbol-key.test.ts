import { describe, expect, it } from "vitest";
import { directiveKey, matchDirective, symbolBase } from "./symbol-key.ts";

describe("the key of a document's symbol", () => {
  it("survives OCR variants, spaces and the long form of a Party action programme's code", () => {
    expect(symbolBase("39-CTrHD/TU")).toBe(symbolBase("39-CTrHĐ/TU"));
    expect(symbolBase("39 - CTrHĐ/TU")).toBe(symbolBase("39-CTr/TU"));
    expect(symbolBase("4338/KH-UBND")).not.toBe(symbolBase("4338/KH-UBQ"));
  });

  it("keeps the year, so that a symbol issued again in another term is another document", () => {
    expect(directiveKey("27-NQ/TW", "2022-11-09")).toBe("27-nq/tw@2022");
    expect(directiveKey("27-NQ/TW", null)).toBe("27-nq/tw@");
  });

  it("matches a citation with a year to that year, and one without to the current confirmed document", () => {
    const rows = [
      { id: "old", symbolKey: "27-nq/tw@2018", status: "confirmed" as const, issuedOn: "2018-05-21" },
      { id: "new", symbolKey: "27-nq/tw@2022", status: "confirmed" as const, issuedOn: "2022-11-09" },
    ];
    expect(matchDirective("27-NQ/TW", "2018", rows)?.id).toBe("old");
    expect(matchDirective("27-NQ/TW", null, rows)?.id).toBe("new");
    expect(matchDirective("27-NQ/TW", "2020", rows)).toBeNull();
    expect(
      matchDirective("27-NQ/TW", "2022", [
        { id: "stub", symbolKey: "27-nq/tw@", status: "stub" as const, issuedOn: null },
      ])?.id,
    ).toBe("stub");
  });
});
