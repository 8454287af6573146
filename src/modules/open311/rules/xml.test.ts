import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeXml, toXml } from "./xml.ts";

const readBack = (s: string) =>
  s.replace(
    /&(amp|lt|gt|quot|apos);/g,
    (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]!,
  );

describe("the Open311 XML writer", () => {
  it("writes the spec's error list", () => {
    expect(toXml("errors", [{ code: 404, description: "Không tìm thấy" }])).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<errors><error><code>404</code><description>Không tìm thấy</description></error></errors>\n',
    );
  });

  it("names list items as GeoReport v2 does, nested, and writes null and empty as empty elements", () => {
    const xml = toXml("services", [
      { service_code: "a", keywords: ["x", "y"], metadata: true, group: null },
      { service_code: "b", keywords: [], metadata: false, group: "" },
    ]);
    expect(xml).toContain(
      "<services><service><service_code>a</service_code><keywords><keyword>x</keyword><keyword>y</keyword></keywords><metadata>true</metadata><group/></service>",
    );
    expect(xml).toContain(
      "<service><service_code>b</service_code><keywords/><metadata>false</metadata><group/></service></services>",
    );
  });

  it("escapes markup and drops what XML 1.0 cannot hold", () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;");
    expect(escapeXml("a\u0000b\u001bc\td\ne\uFFFEf\uD800g")).toBe("abc\td\nefg");
    expect(escapeXml("😀 Phường")).toBe("😀 Phường");
  });

  it("keeps any text readable back exactly, minus the characters XML forbids, and never lets markup through", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const out = escapeXml(s);
        expect(out).not.toMatch(/[<>"']/);
        expect(out).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)/);
        expect(readBack(out)).toBe(
          s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, ""),
        );
      }),
      { numRuns: 500 },
    );
  });

  it("refuses a list without an item name and an element name that is not XML", () => {
    expect(() => toXml("things", [1])).toThrow(/item element/);
    expect(() => toXml("a b", 1)).toThrow(/element name/);
  });
});
