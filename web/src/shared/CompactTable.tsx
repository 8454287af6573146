import { Table, type TableProps } from "antd";

/**
 * A small table shown whole (no pages) that scrolls sideways rather than squeezing its columns: the
 * detail pages' tables. Any prop given overrides these.
 */
export function CompactTable<T extends object>(props: TableProps<T>) {
  return <Table<T> size="small" pagination={false} scroll={{ x: "max-content" }} {...props} />;
}
