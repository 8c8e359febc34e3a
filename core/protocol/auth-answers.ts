// Answers of the routes around the staff API: health, sign-in and sign-out, who is signed in,
// and the dev outbox (the demo's stand-in for customers' phones and inboxes).
import * as v from "valibot";
import { PERMISSION_NAMES } from "../domain/permissions";
import { RoleSchema } from "../domain/roles";

const Named = v.object({ id: v.string(), name: v.string() });

/** GET /api/health: up, and nothing more (it is public). */
export const HealthSchema = v.strictObject({
  ok: v.literal(true),
  service: v.literal("tandem"),
  time: v.string(),
});
export type Health = v.InferOutput<typeof HealthSchema>;

/** GET /api/auth/dev/staff: the seeded staff of every org, to pick one (dev mode only). */
export const DevStaffListSchema = v.object({
  items: v.array(v.object({ email: v.string(), name: v.string(), role: v.string(), org: v.string() })),
});
export type DevStaffList = v.InferOutput<typeof DevStaffListSchema>;

/** POST /api/auth/dev/sign-in */
export const DevSignedInSchema = v.object({
  ok: v.literal(true),
  staff: v.object({
    id: v.string(),
    name: v.string(),
    email: v.string(),
    role: v.string(),
    orgId: v.string(),
    teamId: v.nullable(v.string()),
  }),
});
export type DevSignedIn = v.InferOutput<typeof DevSignedInSchema>;

/** POST /api/auth/sign-out */
export const SignedOutSchema = v.object({ ok: v.literal(true) });
export type SignedOut = v.InferOutput<typeof SignedOutSchema>;

/** POST /api/auth/sign-out-everywhere */
export const SignedOutEverywhereSchema = v.object({ ok: v.literal(true), socketsClosed: v.number() });
export type SignedOutEverywhere = v.InferOutput<typeof SignedOutEverywhereSchema>;

/** GET /api/me: who is signed in, at which org levels, and what they may do. */
export const MeSchema = v.object({
  id: v.string(),
  name: v.string(),
  email: v.string(),
  role: RoleSchema,
  /** `timeZone`: the IANA zone of the org's days, in which the app shows times and reads "today". */
  org: v.object({ ...Named.entries, timeZone: v.string() }),
  team: v.nullable(Named),
  region: v.nullable(Named),
  permissions: v.array(v.picklist(PERMISSION_NAMES)),
  /**
   * The org's links from a profile to back-office screens Tandem does not cover; `{customerId}`,
   * `{externalId}` and `{loyaltyNumber}` in a template are filled from the profile.
   */
  links: v.array(v.object({ id: v.string(), label: v.string(), urlTemplate: v.string() })),
});
export type Me = v.InferOutput<typeof MeSchema>;

/** GET /api/dev/outbox (dev mode only): what the demo "sent" to customers, newest first. */
export const DevOutboxSchema = v.object({
  items: v.array(
    v.object({
      id: v.string(),
      channel: v.picklist(["sms", "email"]),
      to: v.string(),
      subject: v.string(),
      text: v.string(),
      /** "agreement.link", "agreement.code", "portal.sign_in", "portal.invite", ... */
      purpose: v.string(),
      at: v.number(),
      /** Mail about a merchant (the portal's sign-in and tickets). */
      merchantId: v.nullable(v.string()),
      /** The token a reply to the mail carries back, when it invites one. */
      replyToken: v.nullable(v.string()),
    }),
  ),
});
export type DevOutbox = v.InferOutput<typeof DevOutboxSchema>;
