// What the merchant portal's routes (/api/portal/*) answer, and the bodies they take. Parsed by the
// portal screens on every call.
import * as v from "valibot";
import { FUNDING_STEP_NAMES } from "../domain/funding-timeline";
import { MerchantUserRoleSchema } from "../domain/merchant-user";
import { PLAN_CHANGE_STAGE_NAMES } from "../domain/plan-change";
import { ContractSchema, HealthSchema, InvoiceSummarySchema, StatementSchema } from "./merchant-answers";
import { PlanVersionViewSchema } from "./merchant-view";

const Email = v.pipe(v.string(), v.trim(), v.toLowerCase(), v.email("Enter a valid email address"), v.maxLength(200));

/** GET /api/portal/me: the signed-in merchant user, their merchant and its org's clock. */
export const PortalMeSchema = v.object({
  id: v.string(),
  name: v.string(),
  email: v.string(),
  role: MerchantUserRoleSchema,
  merchant: v.object({ id: v.string(), name: v.string() }),
  org: v.object({ id: v.string(), name: v.string(), timeZone: v.string() }),
});
export type PortalMe = v.InferOutput<typeof PortalMeSchema>;

/** GET /api/portal/session: who is signed in to the portal, or null (never a 401: the sign-in screen asks it). */
export const PortalSessionSchema = v.object({ user: v.nullable(PortalMeSchema) });
export type PortalSession = v.InferOutput<typeof PortalSessionSchema>;

/** GET /api/portal/auth/dev/users: the seeded portal users to pick from (dev mode only). */
export const PortalDevUsersSchema = v.object({
  items: v.array(v.object({ email: v.string(), name: v.string(), role: MerchantUserRoleSchema, merchant: v.string() })),
});
export type PortalDevUsers = v.InferOutput<typeof PortalDevUsersSchema>;

/** POST /api/portal/auth/dev/sign-in, /auth/code/verify, /auth/link: signed in, as whom. */
export const PortalSignedInSchema = v.object({ ok: v.literal(true), user: PortalMeSchema });
export type PortalSignedIn = v.InferOutput<typeof PortalSignedInSchema>;

/** POST /api/portal/auth/code/start: a code and a link were mailed (if the address is a portal user's). */
export const PortalCodeSentSchema = v.object({ ok: v.literal(true), expiresInSeconds: v.number() });
export type PortalCodeSent = v.InferOutput<typeof PortalCodeSentSchema>;

/** POST /api/portal/auth/sign-out */
export const PortalSignedOutSchema = v.object({ ok: v.literal(true) });
export type PortalSignedOut = v.InferOutput<typeof PortalSignedOutSchema>;

export const PortalDevSignInSchema = v.object({ email: Email });
export const PortalCodeStartSchema = v.object({ email: Email });
export const PortalCodeVerifySchema = v.object({
  email: Email,
  code: v.pipe(v.string(), v.trim(), v.regex(/^\d{6}$/, "The code is six digits")),
});
export const PortalLinkSchema = v.object({ token: v.pipe(v.string(), v.minLength(20), v.maxLength(100)) });

/**
 * POST /api/portal/auth/link/check: whether a sign-in link would still sign in, without spending it
 * (the link's page asks first, so a used or expired link is a message, not a failed request).
 */
export const PortalLinkStateSchema = v.variant("usable", [
  v.object({ usable: v.literal(true) }),
  v.object({ usable: v.literal(false), reason: v.picklist(["used", "expired", "invalid"]), message: v.string() }),
]);
export type PortalLinkState = v.InferOutput<typeof PortalLinkStateSchema>;

const Step = v.picklist(FUNDING_STEP_NAMES);
const Product = v.nullable(v.picklist(["lease", "loan"]));

/** One step of a transaction's funding timeline, in plain words (core/domain/funding-timeline.ts). */
export const TimelineStepSchema = v.object({
  step: Step,
  state: v.picklist(["done", "declined", "waiting", "upcoming", "stopped"]),
  title: v.string(),
  words: v.string(),
  at: v.nullable(v.number()),
  who: v.nullable(v.string()),
});

export const PortalTransactionSchema = v.object({
  id: v.string(),
  number: v.string(),
  placedAt: v.number(),
  customer: v.string(),
  product: Product,
  amountCents: v.number(),
  state: v.picklist(["settled", "in_progress", "declined", "stopped"]),
  headline: v.string(),
});
export type PortalTransaction = v.InferOutput<typeof PortalTransactionSchema>;

/** GET /api/portal/transactions: the newest first, a page at a time. */
export const PortalTransactionListSchema = v.object({ items: v.array(PortalTransactionSchema), nextCursor: v.nullable(v.string()) });
export type PortalTransactionList = v.InferOutput<typeof PortalTransactionListSchema>;

/** GET /api/portal/transactions/:id: the transaction, its goods and its funding timeline. */
export const PortalTransactionDetailSchema = v.object({
  transaction: PortalTransactionSchema,
  items: v.array(v.object({ title: v.string(), quantity: v.number(), priceCents: v.number() })),
  timeline: v.array(TimelineStepSchema),
});
export type PortalTransactionDetail = v.InferOutput<typeof PortalTransactionDetailSchema>;

/** GET /api/portal/settlements: the balance now and the money movements of a month. */
export const PortalSettlementsSchema = StatementSchema;
export type PortalSettlements = v.InferOutput<typeof PortalSettlementsSchema>;

/** GET /api/portal/invoices */
export const PortalInvoiceListSchema = v.object({ items: v.array(InvoiceSummarySchema) });
export type PortalInvoiceList = v.InferOutput<typeof PortalInvoiceListSchema>;

/** GET /api/portal/contracts */
export const PortalContractListSchema = v.object({ items: v.array(ContractSchema) });
export type PortalContractList = v.InferOutput<typeof PortalContractListSchema>;

/** GET /api/portal/integration: each endpoint, whether it works, and its last error. */
export const PortalIntegrationSchema = v.object({
  endpoints: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      kind: v.string(),
      url: v.string(),
      status: v.string(),
      health: HealthSchema,
      /** Plain words: "Working: 312 calls in the last 7 days, 2 failed." */
      summary: v.string(),
      calls7d: v.number(),
      failed7d: v.number(),
      lastCallAt: v.nullable(v.number()),
      lastError: v.nullable(v.object({ at: v.number(), statusCode: v.number(), error: v.string() })),
    }),
  ),
});
export type PortalIntegration = v.InferOutput<typeof PortalIntegrationSchema>;

/** GET /api/portal/plan: the plan now, the plans one may ask for, and the requests made. */
export const PortalPlanSchema = v.object({
  current: PlanVersionViewSchema,
  options: v.array(PlanVersionViewSchema),
  requests: v.array(
    v.object({
      id: v.string(),
      toPlan: v.string(),
      stage: v.picklist(PLAN_CHANGE_STAGE_NAMES),
      /** Where it is, in plain words. */
      stageWords: v.string(),
      openedAt: v.number(),
      requestedBy: v.nullable(v.string()),
    }),
  ),
});
export type PortalPlan = v.InferOutput<typeof PortalPlanSchema>;

/** POST /api/portal/plan/requests */
export const PortalPlanRequestSchema = v.object({
  toPlanVersionId: v.pipe(v.string(), v.regex(/^plv_[\w-]{1,60}$/, "is not a plan")),
  note: v.pipe(v.string(), v.trim(), v.minLength(3, "Say why in a few words"), v.maxLength(1_000)),
});
export const PortalPlanRequestedSchema = v.object({ ok: v.literal(true), requestId: v.string(), stage: v.literal("engineering") });
export type PortalPlanRequested = v.InferOutput<typeof PortalPlanRequestedSchema>;

/** POST /api/merchants/:id/portal-users (staff): invite a merchant's person to the portal. */
export const PortalInviteSchema = v.object({
  email: Email,
  name: v.pipe(v.string(), v.trim(), v.minLength(1, "Enter their name"), v.maxLength(120)),
  role: MerchantUserRoleSchema,
});
export const PortalUserSchema = v.object({
  id: v.string(),
  email: v.string(),
  name: v.string(),
  role: MerchantUserRoleSchema,
  status: v.picklist(["invited", "active", "disabled"]),
  lastSignInAt: v.nullable(v.number()),
});
export const PortalInvitedSchema = v.object({ ok: v.literal(true), user: PortalUserSchema });
export type PortalInvited = v.InferOutput<typeof PortalInvitedSchema>;
/**
 * POST /api/merchants/:id/portal-users/:userId/status (sales, admins): take a person's portal access
 * away (their sessions end, codes and links stop working) or give it back, saying why.
 */
export const PortalUserStatusChangeSchema = v.object({
  status: v.picklist(["active", "disabled"], "Choose active or disabled"),
  note: v.pipe(v.string(), v.trim(), v.minLength(3, "Say why, in a few words"), v.maxLength(500)),
});
/** `changed` is false when the person already had that access (nothing written). */
export const PortalUserStatusChangedSchema = v.object({ ok: v.literal(true), changed: v.boolean(), user: PortalUserSchema });
export type PortalUserStatusChanged = v.InferOutput<typeof PortalUserStatusChangedSchema>;
/** GET /api/merchants/:id/portal-users (staff) */
export const PortalUserListSchema = v.object({ items: v.array(PortalUserSchema) });
export type PortalUserList = v.InferOutput<typeof PortalUserListSchema>;
