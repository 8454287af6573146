// The document's normalised text with line numbers, the lines of the selected task highlighted and
// scrolled into view: the review happens beside what the document actually says.
import { useEffect, useRef } from "react";
import { useT } from "../../i18n/index.tsx";

export function SourceText({ text, from, to }: { text: string; from: number | null; to: number | null }) {
  const t = useT();
  const box = useRef<HTMLElement>(null);
  const lines = text.split("\n");
  useEffect(() => {
    if (!from || !box.current) return;
    const el = box.current.querySelector<HTMLElement>(`[data-line="${from}"]`);
    if (el) box.current.scrollTop = el.offsetTop - box.current.offsetTop - 24;
  }, [from]);
  const last = to ?? from;
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls; keyboard users must be able to reach and scroll it.
    <section ref={box} className="tt-source" tabIndex={0} aria-label={t("dir.review.source")}>
      {lines.map((line, i) => {
        const n = i + 1;
        const on = from !== null && last !== null && n >= from && n <= last;
        return (
          <div key={n} data-line={n} className={on ? "tt-source-line tt-source-hl" : "tt-source-line"}>
            <span className="tt-source-no" aria-hidden>
              {n}
            </span>
            <span className="tt-source-text">{line || " "}</span>
          </div>
        );
      })}
    </section>
  );
}
