// Part of extractor `header`: the issuer lines in capitals grouped into bodies ("ĐẢNG BỘ TỈNH ..."
// over "ĐẢNG ỦY KHỐI ..." is a parent and its body; "ỦY BAN NHÂN DÂN" over "TỈNH ..." is one body),
// written in normal capitalisation.

import { bodyKindOf } from "./bodies.ts";
import { orgName, type SpellingIndex } from "./casing.ts";

/** Groups issuer fragments into bodies: a fragment that does not start a body continues the last. */
export function issuerNames(
  fragments: { text: string; line: number }[],
  spell: SpellingIndex,
): { issuer: string | null; parentIssuer: string | null; line: number | null } {
  const orgs: { text: string; line: number }[] = [];
  for (const f of fragments) {
    const prev = orgs.at(-1);
    if (prev && (!startsBody(f.text) || /\b(?:VÀ|,)$/u.test(prev.text) || incomplete(prev.text)))
      prev.text = `${prev.text} ${f.text}`;
    else orgs.push({ ...f });
  }
  const last = orgs.at(-1);
  const parent = orgs.at(-2);
  return {
    issuer: last ? orgName(last.text, spell) : null,
    parentIssuer: parent ? orgName(parent.text, spell) : null,
    line: last?.line ?? null,
  };
}

function startsBody(text: string): boolean {
  return bodyKindOf(text) !== null;
}

/** "ỦY BAN NHÂN DÂN" alone still needs its place on the next line, "THỦ TƯỚNG" its "CHÍNH PHỦ". */
function incomplete(text: string): boolean {
  return /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|UBND|HĐND|THỦ TƯỚNG)$/u.test(text.trim());
}
