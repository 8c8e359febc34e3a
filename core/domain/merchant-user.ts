// A merchant's own people (owners and staff of a partner store) who sign in to the merchant portal.
// They are not staff: they never act through the console's permissions, and only ever see their
// own merchant's records.
import * as v from "valibot";

export const MERCHANT_USER_ROLES = ["owner", "staff"] as const;
export const MerchantUserRoleSchema = v.picklist(MERCHANT_USER_ROLES);
export type MerchantUserRole = (typeof MERCHANT_USER_ROLES)[number];

export const MERCHANT_USER_STATUSES = ["invited", "active", "disabled"] as const;
export type MerchantUserStatus = (typeof MERCHANT_USER_STATUSES)[number];

/** The signed-in merchant user a portal request acts for (worker/middleware/merchant-session.ts). */
export const MerchantUserSchema = v.object({
  id: v.string(),
  orgId: v.string(),
  merchantId: v.string(),
  email: v.string(),
  name: v.string(),
  role: MerchantUserRoleSchema,
  sessionId: v.string(),
});
export type MerchantUser = v.InferOutput<typeof MerchantUserSchema>;

/** What the audit log calls a merchant user's role (never one of the staff roles). */
export const merchantAuditRole = (role: MerchantUserRole): string => `merchant_${role}`;
