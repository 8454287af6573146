import { useMemo } from "react";
import { useMe } from "../auth/AuthContext.tsx";

/** The units the official belongs to, once each, as Select options (the work is theirs to follow). */
export function useMemberUnits(): Array<{ value: string; label: string }> {
  const me = useMe();
  return useMemo(() => {
    const seen = new Map<string, string>();
    for (const m of me.memberships) seen.set(m.orgId, m.orgName);
    return [...seen.entries()].map(([value, label]) => ({ value, label }));
  }, [me.memberships]);
}
