// The signed-in staff member, loaded once and shared by every screen.
import { createResource, createRoot } from "solid-js";
import { ApiError, api, type Me } from "./api";

async function loadMe(): Promise<Me | null> {
  try {
    return await api.get<Me>("/api/me");
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
      await api.post("/api/auth/sign-out");
      mutate(null);
    },
    can: (permission: string) => me()?.permissions.includes(permission) ?? false,
  };
});
