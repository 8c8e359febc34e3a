// What the merchant portal's routes (/api/portal/*) answer, and the bodies they take. Parsed by the
// portal screens on every call.
import * as v from "valibot";
import { MerchantUserRoleSchema } from "../domain/merchant-user";

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
