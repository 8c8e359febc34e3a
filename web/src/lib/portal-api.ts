// The merchant portal's HTTP calls (/api/portal/*), each parsed with its answer schema, and the
// portal's own session: who is signed in to the portal, asked of /api/portal/session (which answers
// `{ user: null }` rather than a 401, so the sign-in screen loads without a console error).
import { createResource, createRoot } from "solid-js";
import { InvoiceDetailSchema } from "../../../core/protocol/merchant-answers";
import { DEV_SIGN_IN_META } from "../../../core/protocol/page";
import {
  PortalCodeSentSchema,
  PortalContractListSchema,
  PortalDevUsersSchema,
  PortalIntegrationSchema,
  PortalInvitedSchema,
  PortalInvoiceListSchema,
  PortalLinkStateSchema,
  type PortalMe,
  PortalPlanRequestedSchema,
  PortalPlanSchema,
  PortalSessionSchema,
  PortalSettlementsSchema,
  PortalSignedInSchema,
  PortalSignedOutSchema,
  PortalTransactionDetailSchema,
  PortalTransactionListSchema,
  PortalUserListSchema,
  PortalUserStatusChangedSchema,
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
  checkLink: (token: string) => api.post("/api/portal/auth/link/check", { token }, PortalLinkStateSchema),
  openLink: (token: string) => api.post("/api/portal/auth/link", { token }, PortalSignedInSchema),
};

const enc = encodeURIComponent;

/** The signed-in portal user's merchant's records (/api/portal/*). */
export const portalApi = {
  transactions: (cursor?: string | null) =>
    api.get(`/api/portal/transactions${cursor ? `?cursor=${enc(cursor)}` : ""}`, PortalTransactionListSchema),
  transaction: (id: string) => api.get(`/api/portal/transactions/${enc(id)}`, PortalTransactionDetailSchema),
  settlements: (month?: string) => api.get(`/api/portal/settlements${month ? `?month=${enc(month)}` : ""}`, PortalSettlementsSchema),
  invoices: () => api.get("/api/portal/invoices", PortalInvoiceListSchema),
  invoice: (id: string) => api.get(`/api/portal/invoices/${enc(id)}`, InvoiceDetailSchema),
  invoiceCsvHref: (id: string) => `/api/portal/invoices/${enc(id)}/csv`,
  contracts: () => api.get("/api/portal/contracts", PortalContractListSchema),
  integration: () => api.get("/api/portal/integration", PortalIntegrationSchema),
  plan: () => api.get("/api/portal/plan", PortalPlanSchema),
  requestPlan: (toPlanVersionId: string, note: string) =>
    api.post("/api/portal/plan/requests", { toPlanVersionId, note }, PortalPlanRequestedSchema),
};

/** Staff's side: a merchant's portal users and inviting one (the merchant profile in the console). */
export const portalUsersApi = {
  list: (merchantId: string) => api.get(`/api/merchants/${enc(merchantId)}/portal-users`, PortalUserListSchema),
  invite: (merchantId: string, body: { email: string; name: string; role: "owner" | "staff" }) =>
    api.post(`/api/merchants/${enc(merchantId)}/portal-users`, body, PortalInvitedSchema),
  setAccess: (merchantId: string, userId: string, body: { status: "active" | "disabled"; note: string }) =>
    api.post(`/api/merchants/${enc(merchantId)}/portal-users/${enc(userId)}/status`, body, PortalUserStatusChangedSchema),
};
