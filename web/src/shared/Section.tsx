import type { ReactNode } from "react";

/** A page section named by its heading (h2), so that screen readers list it as a region. */
export function Section({
  id,
  title,
  className,
  children,
}: {
  /** The heading's id, which the section points to. */
  id: string;
  title: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className={className}>
      <h2 id={id} className="tt-h2">
        {title}
      </h2>
      {children}
    </section>
  );
}
