// Who is signed in, shared with the whole app. Loads /api/auth/me once; sign-in steps and the
// acting-body switch replace it; a session lost on any API call (expiry, lock) clears it, and
// the router then sends the person to the sign-in page.
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { isApiError, onSessionLost, resetCsrf } from "../shared/api.ts";
import { invalidateOrgs } from "../shared/orgs/useOrgs.ts";
import { authApi } from "./api.ts";
import type { Me } from "./types.ts";

interface AuthValue {
  /** undefined while loading; null when nobody is signed in. */
  me: Me | null | undefined;
  setMe(me: Me | null): void;
  signOut(): Promise<void>;
  switchOrg(orgId: string): Promise<Me>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMeState] = useState<Me | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    authApi.me().then(
      (m) => live && setMeState(m),
      (e: unknown) => {
        // No session (401) means "not signed in"; other failures also land on the sign-in page,
        // which shows the server's message when the person tries again.
        if (live) setMeState(null);
        if (!isApiError(e)) console.error(e);
      },
    );
    const unsubscribe = onSessionLost(() => setMeState(null));
    return () => {
      live = false;
      unsubscribe();
    };
  }, []);

  const setMe = useCallback((next: Me | null) => setMeState(next), []);
  const signOut = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      resetCsrf();
      // The next person at this browser starts from fresh data.
      invalidateOrgs();
      setMeState(null);
    }
  }, []);
  const switchOrg = useCallback(async (orgId: string) => {
    const next = await authApi.setActingOrg(orgId);
    setMeState(next);
    return next;
  }, []);

  const value = useMemo(() => ({ me, setMe, signOut, switchOrg }), [me, setMe, signOut, switchOrg]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error("useAuth() needs <AuthProvider> above it");
  return value;
}

/** The signed-in person, for pages inside the signed-in layout (which guarantees one). */
export function useMe(): Me {
  const { me } = useAuth();
  if (!me) throw new Error("useMe() used outside the signed-in layout");
  return me;
}
