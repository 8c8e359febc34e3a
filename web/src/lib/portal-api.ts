// The merchant portal's HTTP calls (/api/portal/*), each parsed with its answer schema, and the
// portal's own session: who is signed in to the portal, asked of /api/portal/session (which answers
// `{ user: null }` rather than a 401, so the sign-in screen loads without a console error).
import { createResource, createRoot } from "solid-js";
import { DEV_SIGN_IN_META } from "../../../core/protocol/page";
import {
  PortalCodeSentSchema,
  PortalDevUsersSchema,
  type PortalMe,
  PortalSessionSchema,
  PortalSignedInSchema,
  PortalSignedOutSchema,
} from "../../../core/protocol/portal-answers";
import { api } from "./api";
import { setOrgTimeZone } from "./format";

async function loadPortalUser(): Promise<PortalMe | null> {
  const { user } = await api.get("/api/portal/session", PortalSessionSchema);
  if (user) setOrgTimeZone(user.org.timeZone);
  return user;
}

export const portalSession = createRoot(() => {
  const [user, { refetch, mutate }] = createResource(() => location.pathname.startsWith("/portal"), loadPortalUser);
  return {
    user,
    reload: refetch,
    async signOut() {
      await api.post("/api/portal/auth/sign-out", {}, PortalSignedOutSchema);
      mutate(null);
    },
  };
});

/** Whether this page was served for local development (dev sign-in exists); elsewhere, do not ask. */
export const portalDevMode = () => import.meta.env.DEV || !!document.querySelector(`meta[name="${DEV_SIGN_IN_META}"]`);

export const portalAuth = {
  devUsers: () => api.get("/api/portal/auth/dev/users", PortalDevUsersSchema),
  devSignIn: (email: string) => api.post("/api/portal/auth/dev/sign-in", { email }, PortalSignedInSchema),
  sendCode: (email: string) => api.post("/api/portal/auth/code/start", { email }, PortalCodeSentSchema),
  verifyCode: (email: string, code: string) => api.post("/api/portal/auth/code/verify", { email, code }, PortalSignedInSchema),
  openLink: (token: string) => api.post("/api/portal/auth/link", { token }, PortalSignedInSchema),
};
