// A long text shown in a short place (a message that names a task, an audit line): cut at the last
// space that fits, never inside a word ("nâng cao chất l"), with "…" to say there is more. What is
// stored keeps the whole text; only what is shown is shortened, and only by this function.

const ELLIPSIS = "…";

/**
 * The text itself when it has at most `max` characters; otherwise its longest prefix that ends at a
 * word boundary, without trailing spaces or punctuation, followed by "…" (`max` characters at most).
 * A first word longer than `max` is cut between letters, never between a letter and its marks.
 */
export function shortenAtWord(text: string, max: number): string {
  const whole = text.trim();
  const chars = [...whole];
  if (chars.length <= max) return whole;
  const room = Math.max(0, max - 1);
  const head = chars.slice(0, room + 1).join("");
  // The space at `room` (just after the part kept) counts: then the last kept word is whole.
  const boundary = head.search(/\s\S*$/u);
  const kept = boundary > 0 ? head.slice(0, boundary) : lettersUpTo(whole, room);
  return `${kept.replace(/[\s,;:.\-–—(]+$/u, "")}${ELLIPSIS}`;
}

/** The longest prefix of whole letters (a letter with its combining marks) of at most `room` characters. */
function lettersUpTo(text: string, room: number): string {
  let out = "";
  for (const { segment } of new Intl.Segmenter("vi", { granularity: "grapheme" }).segment(text)) {
    if ([...out].length + [...segment].length > room) break;
    out += segment;
  }
  return out;
}
