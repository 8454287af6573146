// Who follows the ended bodies into their successor: one line per membership (person × body × role)
// of the sources. Everyone follows by default (a merger or dissolution: a ticked box; a split: the
// first new body), so nobody is stranded unless the administrator says so. The form field holds
// only the departures from that default, as the server's `people` choices.
import { Checkbox, Select } from "antd";
import { useEffect, useState } from "react";
import type { PeopleChoice } from "../../../../src/modules/orgs/contract.ts";
import { useT } from "../../i18n/index.tsx";
import type { Person } from "../../people/api.ts";
import { api } from "../../shared/api.ts";
import { roleKey } from "../../shared/roles.ts";

interface Line {
  membershipId: string;
  label: string;
  fullName: string;
}

/** The current memberships at the sources, one line each, ordered as the server lists people. */
function useLines(sourceIds: string[]): Line[] | null {
  const t = useT();
  const [lines, setLines] = useState<Line[] | null>(null);
  const key = sourceIds.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` stands for the list of sources.
  useEffect(() => {
    let live = true;
    setLines(null);
    Promise.all(sourceIds.map((id) => api.get<Person[]>("/api/people", { orgId: id }))).then(
      (lists) => {
        if (!live) return;
        const out: Line[] = [];
        lists.forEach((people, i) => {
          for (const p of people)
            for (const m of p.memberships.filter((m) => m.orgId === sourceIds[i]))
              out.push({
                membershipId: m.id,
                fullName: p.fullName,
                label: t("orgs.people.person", {
                  name: p.fullName,
                  role: t(roleKey(m.role)),
                  org: m.orgName,
                }),
              });
        });
        setLines(out);
      },
      () => live && setLines([]),
    );
    return () => {
      live = false;
    };
  }, [key, t]);
  return lines;
}

export interface PeopleChoiceProps {
  sourceIds: string[];
  /** The successors' names: one for a merger or dissolution, several for a split. */
  successors: string[];
  value?: PeopleChoice[];
  onChange?(value: PeopleChoice[]): void;
}

export function PeopleChoiceField({ sourceIds, successors, value = [], onChange }: PeopleChoiceProps) {
  const t = useT();
  const lines = useLines(sourceIds);
  const split = successors.length > 1;
  // Choices for people no longer listed (a source taken off the list) would be refused: drop them.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new list of people prunes.
  useEffect(() => {
    if (lines && value.some((c) => !lines.some((l) => l.membershipId === c.membershipId)))
      onChange?.(value.filter((c) => lines.some((l) => l.membershipId === c.membershipId)));
  }, [lines]);
  const choiceOf = (id: string) => value.find((c) => c.membershipId === id);
  const set = (id: string, next: PeopleChoice | null) =>
    onChange?.([...value.filter((c) => c.membershipId !== id), ...(next ? [next] : [])]);
  return (
    <fieldset style={{ border: 0, padding: 0, margin: "16px 0", minWidth: 0 }} data-testid="people-choice">
      <legend className="tt-h3">{t("orgs.people.legend")}</legend>
      <p>{t(split ? "orgs.people.splitHint" : "orgs.people.followHint")}</p>
      {lines === null ? (
        <p>{t("orgs.people.loading")}</p>
      ) : lines.length === 0 ? (
        <p>{t("orgs.people.none")}</p>
      ) : (
        <ul className="tt-plain-list">
          {lines.map((l) => {
            const c = choiceOf(l.membershipId);
            if (!split)
              return (
                <li key={l.membershipId}>
                  <Checkbox
                    checked={c?.follows !== false}
                    onChange={(e) =>
                      set(
                        l.membershipId,
                        e.target.checked ? null : { membershipId: l.membershipId, follows: false },
                      )
                    }
                  >
                    {l.label}
                  </Checkbox>
                </li>
              );
            const selected = c?.follows === false ? -1 : (c?.successorIndex ?? 0);
            return (
              <li key={l.membershipId} className="tt-people-choice-row">
                <span>{l.label}</span>{" "}
                <Select
                  aria-label={t("orgs.people.into", { name: l.fullName })}
                  value={selected}
                  popupMatchSelectWidth={false}
                  onChange={(n: number) =>
                    set(
                      l.membershipId,
                      n === 0
                        ? null
                        : n < 0
                          ? { membershipId: l.membershipId, follows: false }
                          : { membershipId: l.membershipId, follows: true, successorIndex: n },
                    )
                  }
                  options={[
                    ...successors.map((name, i) => ({ value: i, label: name })),
                    { value: -1, label: t("orgs.people.stay") },
                  ]}
                />
              </li>
            );
          })}
        </ul>
      )}
    </fieldset>
  );
}
