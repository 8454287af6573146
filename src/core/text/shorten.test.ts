import { describe, expect, it } from "vitest";
import { shortenAtWord } from "./shorten.ts";

describe("shortenAtWord", () => {
  const title = "Đẩy mạnh tuyên truyền nâng cao chất lượng dịch vụ công trực tuyến";

  it("keeps a text that fits, trimmed", () => {
    expect(shortenAtWord(`  ${title} `, 200)).toBe(title);
    expect(shortenAtWord(title, title.length)).toBe(title);
  });

  it("cuts at the last word that fits, never inside one, and says there is more", () => {
    for (let max = 5; max < title.length; max++) {
      const short = shortenAtWord(title, max);
      expect(short.endsWith("…"), short).toBe(true);
      expect([...short].length, short).toBeLessThanOrEqual(max);
      const kept = short.slice(0, -1);
      expect(title.startsWith(kept), short).toBe(true);
      // What follows the kept part in the whole text is a space: the last word is whole.
      expect(title[kept.length], short).toBe(" ");
    }
    expect(shortenAtWord(title, 40)).toBe("Đẩy mạnh tuyên truyền nâng cao chất…");
  });

  it("keeps a word that ends exactly where the room ends", () => {
    // "Đẩy mạnh tuyên truyền" is 21 characters; with "…" it takes 22.
    expect(shortenAtWord(title, 22)).toBe("Đẩy mạnh tuyên truyền…");
  });

  it("drops punctuation left before the ellipsis", () => {
    expect(shortenAtWord("Sở Tư pháp, Sở Nội vụ, Sở Tài chính và các đơn vị", 24)).toBe(
      "Sở Tư pháp, Sở Nội vụ…",
    );
  });

  it("cuts a first word longer than the room between letters, never between a letter and its marks", () => {
    expect(shortenAtWord("Nghiêmtrọngquáđỗi dài", 6)).toBe("Nghiê…");
    // "ệ" written as e + circumflex + dot below (decomposed): kept whole or not at all.
    const decomposed = "Nghie\u0302\u0323mtrọng";
    expect(shortenAtWord(decomposed, 6)).toBe("Nghi…");
    expect(shortenAtWord(decomposed, 8)).toBe("Nghie\u0302\u0323…");
  });
});
