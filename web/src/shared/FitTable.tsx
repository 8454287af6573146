import { Table, type TableProps } from "antd";
import { useMediaQuery, WIDE_QUERY } from "./useMediaQuery.ts";
import "./fit-table.css";

/**
 * A table shown whole (no pages) that fits the width of its box on an office screen: fixed layout,
 * the columns' widths as given (give narrow columns a width and leave the text columns free), long
 * text wrapped. Below the side-menu width (a phone, a narrow window) it scrolls sideways inside its
 * box instead, since squeezing five columns into 360 px would leave a word per line.
 */
export function FitTable<T extends object>(props: TableProps<T>) {
  const wide = useMediaQuery(WIDE_QUERY);
  return (
    <Table<T>
      size="small"
      pagination={false}
      tableLayout={wide ? "fixed" : "auto"}
      scroll={wide ? undefined : { x: "max-content" }}
      {...props}
      className={["tt-fit-table", props.className].filter(Boolean).join(" ")}
    />
  );
}
