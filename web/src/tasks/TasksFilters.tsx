// The filters of Công việc của đơn vị: unit, the unit's part (lead, support), plan, deadline, words.
import { DatePicker, Select } from "antd";
import { useT } from "../i18n/index.tsx";
import { DATE_FORMAT, fromIsoDate, toIsoDate } from "../shared/dates.ts";
import { Filter, FilterBar, SearchInput } from "../shared/filters/FilterBar.tsx";
import type { FilterChanges } from "../shared/filters/useUrlFilters.ts";
import type { PlanSummary } from "./api.ts";

export interface TasksFilterValues {
  org: string;
  involvement: string;
  directiveId: string | null;
  dueFrom: string | null;
  dueTo: string | null;
  q: string | null;
}

/** The deadline's two ends: the address parameter, the value it fills and the label. */
const DUE_BOUNDS = [
  { param: "from", value: "dueFrom", label: "tasks.filter.dueFrom" },
  { param: "to", value: "dueTo", label: "tasks.filter.dueTo" },
] as const;

export function TasksFilters({
  values,
  units,
  plans,
  update,
}: {
  values: TasksFilterValues;
  units: Array<{ value: string; label: string }>;
  plans: PlanSummary[];
  update(changes: FilterChanges): void;
}) {
  const t = useT();
  return (
    <FilterBar className="tt-no-print">
      <Filter htmlFor="tasks-unit" label={t("tasks.filter.unit")}>
        <Select
          id="tasks-unit"
          value={values.org}
          onChange={(v) => update({ org: v })}
          options={[...units, { value: "all", label: t("tasks.filter.allFollowed") }]}
          popupMatchSelectWidth={false}
        />
      </Filter>
      <Filter htmlFor="tasks-inv" label={t("tasks.filter.involvement")}>
        <Select
          id="tasks-inv"
          value={values.involvement}
          onChange={(v) => update({ inv: v === "all" ? null : v })}
          options={[
            { value: "all", label: t("tasks.filter.inv.all") },
            { value: "lead", label: t("tasks.filter.inv.lead") },
            { value: "support", label: t("tasks.filter.inv.support") },
          ]}
        />
      </Filter>
      <Filter htmlFor="tasks-plan" label={t("tasks.filter.plan")}>
        <Select
          id="tasks-plan"
          allowClear
          placeholder={t("tasks.filter.allPlans")}
          value={values.directiveId ?? undefined}
          onChange={(v) => update({ plan: v ?? null })}
          options={plans.map((p) => ({ value: p.id, label: p.symbol ?? p.title ?? "—" }))}
          popupMatchSelectWidth={false}
        />
      </Filter>
      {DUE_BOUNDS.map((bound) => (
        <Filter key={bound.param} htmlFor={`tasks-${bound.param}`} label={t(bound.label)}>
          <DatePicker
            id={`tasks-${bound.param}`}
            format={DATE_FORMAT}
            value={fromIsoDate(values[bound.value])}
            onChange={(d) => update({ [bound.param]: toIsoDate(d) })}
          />
        </Filter>
      ))}
      <Filter htmlFor="tasks-q" label={t("tasks.filter.search")}>
        <SearchInput id="tasks-q" value={values.q ?? ""} onSearch={(v) => update({ q: v })} />
      </Filter>
    </FilterBar>
  );
}
