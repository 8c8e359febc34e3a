// The signed-in staff member, loaded once and shared by every screen.
import { createResource, createRoot, createSignal } from "solid-js";
import type { Permission } from "../../../core/domain/permissions";
import { type Me, MeSchema, SignedOutSchema } from "../../../core/protocol/auth-answers";
import { ApiError, api } from "./api";
import { setOrgTimeZone } from "./format";

async function loadMe(): Promise<Me | null> {
  try {
    const me = await api.get("/api/me", MeSchema);
    // Every time on screen, and every "today", is on the org's clock.
    setOrgTimeZone(me.org.timeZone);
    return me;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export const session = createRoot(() => {
  // The merchant portal (/portal...) has no staff session: asking /api/me there would only answer
  // 401. The staff gate asks for it when it first renders (want).
  const [wanted, setWanted] = createSignal(!location.pathname.startsWith("/portal"));
  const [me, { refetch, mutate }] = createResource(wanted, loadMe);
  return {
    me,
    want: () => setWanted(true),
    reload: refetch,
    async signOut() {
      await api.post("/api/auth/sign-out", {}, SignedOutSchema);
      mutate(null);
    },
    can: (permission: Permission) => me()?.permissions.includes(permission) ?? false,
  };
});
