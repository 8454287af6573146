// A line being built by re-joining pieces in normalisation. The joining rules ask the line above
// whether it ends a sentence, is in capitals, how long it is: asked of the joined string, each
// question re-reads the whole paragraph (and flattens it), so a paragraph of n broken lines cost
// O(n²). The answers are kept as the line grows, from the pieces alone.

const ENDS_SENTENCE = /[.:;!?…”"')\]]\s*$/u;
// Letters with a case, as text.ts counts them (Vietnamese letters are all upper or lower).
const UPPER = /\p{Lu}/gu;
const LOWER = /\p{Ll}/gu;

export class GrowingLine {
  private parts: string[];
  /** The first piece: what the line starts with ("|", a list marker). */
  readonly first: string;
  /** The last piece appended: what the line ends with. */
  private last: string;
  length: number;
  private letters = 0;
  private upper = 0;

  constructor(text: string) {
    this.parts = [text];
    this.first = text;
    this.last = text;
    this.length = text.length;
    this.count(text);
  }

  /** Appends a piece after one space. */
  append(piece: string): void {
    this.parts.push(piece);
    this.last = piece;
    this.length += 1 + piece.length;
    this.count(piece);
  }

  get text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join(" ")];
    return this.parts[0]!;
  }

  get blank(): boolean {
    return this.length === 0;
  }

  endsSentence(): boolean {
    return ENDS_SENTENCE.test(this.last);
  }

  /** The last character is a digit ("giai đoạn 2021" before "- 2025"). */
  endsDigit(): boolean {
    return /\d$/u.test(this.last);
  }

  /** As text.ts isCaps: letters, none in lower case. */
  isCaps(): boolean {
    return this.letters >= 2 && this.upper === this.letters;
  }

  /** As text.ts mostlyCaps. */
  mostlyCaps(ratio: number): boolean {
    return this.letters >= 3 && this.upper / this.letters >= ratio;
  }

  /** The whole text, only while short (a type name, a header line): longer lines answer null. */
  short(max: number): string | null {
    return this.length <= max ? this.text : null;
  }

  private count(s: string): void {
    const upper = s.match(UPPER)?.length ?? 0;
    this.upper += upper;
    this.letters += upper + (s.match(LOWER)?.length ?? 0);
  }
}
