// The signed-in staff member, loaded once and shared by every screen.
import { createResource, createRoot } from "solid-js";
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
  const [me, { refetch, mutate }] = createResource(loadMe);
  return {
    me,
    reload: refetch,
    async signOut() {
      await api.post("/api/auth/sign-out", {}, SignedOutSchema);
      mutate(null);
    },
    can: (permission: Permission) => me()?.permissions.includes(permission) ?? false,
  };
});
