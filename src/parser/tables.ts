// Extractor `tables`: tables of tasks (Markdown pipe rows from converted Word documents) with
// columns such as nhiệm vụ, cơ quan chủ trì, cơ quan phối hợp, thời gian hoàn thành, sản phẩm.
// Rows whose only filled cells are a number and a title are group rows ("I | Nhóm nhiệm vụ ...").

import { fold, trimItem } from "./text.ts";
import { readTimeframe, UNSPECIFIED } from "./timeframes.ts";
import type { ClassifiedLine, Task } from "./types.ts";
import { readUnitsValue, splitUnits } from "./units.ts";

type Column = "index" | "task" | "lead" | "support" | "units" | "time" | "product" | "other";

function columnOf(header: string): Column {
  const h = fold(header);
  if (/^(?:stt|tt|so tt|so thu tu)$/.test(h)) return "index";
  if (/chu tri|thuc hien chinh/.test(h)) return "lead";
  if (/phoi hop/.test(h)) return "support";
  if (/(?:co quan|don vi|bo phan).*(?:thuc hien|trien khai|tham muu)|phan cong|trach nhiem/.test(h))
    return "units";
  if (/thoi gian|thoi han|tien do|moc thoi gian/.test(h)) return "time";
  if (/san pham|ket qua|hinh thuc/.test(h)) return "product";
  if (/nhiem vu|noi dung|cong viec|giai phap|hoat dong|ten/.test(h)) return "task";
  return "other";
}

export interface TableGroup {
  label: string;
  title: string;
  line: number;
  tasks: Task[];
}

/** Reads the task tables among `rows`; tasks before any group row go to `defaultGroup`. */
export function readTables(
  rows: ClassifiedLine[],
  defaultGroup: { label: string; title: string; line: number },
): TableGroup[] {
  const groups: TableGroup[] = [];
  let columns: Column[] | null = null;
  let current: TableGroup | null = null;
  for (const row of rows) {
    const cells = row.cells ?? [];
    const kinds = cells.map(columnOf);
    if (
      kinds.includes("task") &&
      (kinds.includes("lead") || kinds.includes("time") || kinds.includes("units"))
    ) {
      columns = kinds;
      continue;
    }
    if (!columns) continue;
    const get = (c: Column) =>
      cells
        .filter((_, i) => columns![i] === c)
        .join("; ")
        .trim();
    const index = trimItem(get("index"));
    const task = get("task");
    if (!task) continue;
    const others = ["lead", "support", "units", "time", "product"].some((c) => get(c as Column) !== "");
    if (
      !others &&
      (/^(?:[IVX]{1,5}|[A-Z])$/.test(index) || index === "" || task === task.toLocaleUpperCase("vi"))
    ) {
      current = { label: index, title: trimItem(task), line: row.no, tasks: [] };
      groups.push(current);
      continue;
    }
    if (!current) {
      current = { ...defaultGroup, tasks: [] };
      groups.push(current);
    }
    const units = get("units");
    const fromUnits = units ? readUnitsValue(units) : { lead: [], support: [] };
    const time = get("time");
    current.tasks.push({
      path: [current.label, index].filter(Boolean),
      title: trimItem(task),
      text: task,
      lead: [...splitUnits(get("lead")), ...fromUnits.lead],
      support: [...splitUnits(get("support")), ...fromUnits.support],
      timeframe: time ? readTimeframe(time, true) : UNSPECIFIED,
      product: get("product") || null,
      line: row.no,
      endLine: row.no,
    });
  }
  return groups.filter((g) => g.tasks.length > 0);
}

const BARE_INDEX = /^(?:[IVX]{1,5}|\d{1,3})$/u;

/**
 * A table flattened by a converter, one cell per line ("STT", "NHIỆM VỤ", "CHỦ TRÌ", "THỜI GIAN",
 * then "1", the task, its lead, its time …): rebuilt as rows for `readTables`. A row starts at a
 * line holding only its number ("1", "II"); `uneven` lists the rows whose cells do not fill the
 * header's columns (read in order, so their columns may be shifted).
 */
export function unflattenTable(lines: ClassifiedLine[]): { rows: ClassifiedLine[]; uneven: number[] } {
  const text = lines.filter((l) => l.kind !== "blank" && !l.cells);
  let start = -1;
  let width = 0;
  for (let i = 0; i < text.length && start < 0; i++) {
    if (fold(text[i]!.text.trim()) !== "stt" && fold(text[i]!.text.trim()) !== "tt") continue;
    let k = i + 1;
    while (k < text.length && text[k]!.text.length <= 60 && columnOf(text[k]!.text) !== "other") k++;
    const kinds = text.slice(i, k).map((l) => columnOf(l.text));
    if (
      kinds.includes("task") &&
      (kinds.includes("lead") || kinds.includes("time") || kinds.includes("units"))
    ) {
      start = i;
      width = k - i;
    }
  }
  if (start < 0) return { rows: [], uneven: [] };
  const header = text.slice(start, start + width);
  const rows: ClassifiedLine[] = [{ ...header[0]!, kind: "table", cells: header.map((l) => l.text.trim()) }];
  const uneven: number[] = [];
  let current: ClassifiedLine[] | null = null;
  const flush = () => {
    if (!current) return;
    const [index, ...cells] = current.map((l) => l.text.trim());
    const group = /^[IVX]+$/u.test(index!) && cells.length <= 1;
    if (!group && cells.length !== width - 1) uneven.push(current[0]!.no);
    const filled = group ? [index!, ...cells] : [index!, ...cells.slice(0, width - 1)];
    while (filled.length < width) filled.push("");
    rows.push({ ...current[0]!, kind: "table", text: filled.join(" "), cells: filled });
  };
  for (const l of text.slice(start + width)) {
    if (BARE_INDEX.test(l.text.trim())) {
      flush();
      current = [l];
    } else if (current) current.push(l);
  }
  flush();
  return { rows, uneven };
}
