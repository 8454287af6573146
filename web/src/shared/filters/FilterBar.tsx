// The filter bar above a list: labelled controls in a row that wraps (.tt-filters in app.css), and
// the search box that applies its words on Enter and clears the filter when it is emptied.
import { Input } from "antd";
import type { ComponentProps, ReactNode } from "react";
import { useState } from "react";

export function FilterBar({ className, children }: { className?: string; children: ReactNode }) {
  return <div className={className ? `tt-filters ${className}` : "tt-filters"}>{children}</div>;
}

/** One labelled control; `htmlFor` is the id of the control inside. */
export function Filter({
  htmlFor,
  label,
  className,
  children,
}: {
  htmlFor: string;
  label: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={className ? `tt-filter ${className}` : "tt-filter"}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
    </div>
  );
}

type SearchProps = Omit<
  ComponentProps<typeof Input.Search>,
  "value" | "onChange" | "onSearch" | "allowClear"
>;

/**
 * Input.Search over a filter held elsewhere (the address): what is typed stays local until Enter,
 * then `onSearch` gets the trimmed words, or null when they are empty or the box is cleared.
 */
export function SearchInput({
  value,
  onSearch,
  ...props
}: SearchProps & { value: string; onSearch(q: string | null): void }) {
  const [typed, setTyped] = useState(value);
  return (
    <Input.Search
      {...props}
      value={typed}
      allowClear
      onChange={(e) => {
        setTyped(e.target.value);
        if (!e.target.value) onSearch(null);
      }}
      onSearch={(v) => onSearch(v.trim() || null)}
    />
  );
}
