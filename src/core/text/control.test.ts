import { describe, expect, it } from "vitest";
import { hasControlCharacter, stripControlCharacters } from "./control.ts";

describe("control characters", () => {
  it("finds NUL, escape, DEL and C1 controls in a one-line value, and nothing in Vietnamese text", () => {
    for (const bad of ["a\u0000b", "\u001b[31m", "x\u007f", "\u0085", "a\nb", "a\tb"])
      expect(hasControlCharacter(bad), JSON.stringify(bad)).toBe(true);
    expect(hasControlCharacter("Ủy ban nhân dân phường Bến Thành — “Số 1”")).toBe(false);
  });

  it("keeps line feeds and tabs of a long text, turns CRLF into LF and drops the rest", () => {
    expect(stripControlCharacters("Dòng 1\r\nDòng\t2\rDòng 3\u0000\u0007\u001b")).toBe(
      "Dòng 1\nDòng\t2\nDòng 3",
    );
  });
});
