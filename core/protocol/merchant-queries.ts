// Path parameters, queries and bodies of the merchant routes that are not room commands.
import * as v from "valibot";
import { MODEL_TIER_NAMES } from "../domain/decision-models";

export const MerchantIdSchema = v.pipe(v.string(), v.regex(/^mer_\d{4,8}$/, "is not a merchant id"));
const IdOf = (prefix: string) => v.pipe(v.string(), v.regex(new RegExp(`^${prefix}_[\\w-]{1,60}$`), `is not a ${prefix} id`));

export const MerchantParamSchema = v.object({ id: MerchantIdSchema });
export const EndpointParamSchema = v.object({ id: MerchantIdSchema, endpointId: IdOf("mep") });
export const InvoiceParamSchema = v.object({ id: MerchantIdSchema, invoiceId: IdOf("inv") });
export const RequestParamSchema = v.object({ id: MerchantIdSchema, requestId: IdOf("pcr") });
export const PortalUserParamSchema = v.object({ id: MerchantIdSchema, userId: IdOf("mus") });
export const PlanParamSchema = v.object({ id: IdOf("pln") });

const Filter = (max: number) => v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max)));

/** GET /api/merchants: every filter in the URL, so a view can be shared. */
export const MerchantListQuerySchema = v.object({
  q: Filter(100),
  plan: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/, "is not a plan code"))),
  status: v.optional(v.picklist(["onboarding", "active", "paused", "closed"])),
  region: v.optional(IdOf("reg")),
  health: v.optional(v.picklist(["healthy", "degraded", "failing", "idle"])),
});
export type MerchantListQuery = v.InferOutput<typeof MerchantListQuerySchema>;

/** GET /api/merchants/:id/ledger: one calendar month's statement (UTC); this month when left out. */
export const StatementQuerySchema = v.object({
  month: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month, YYYY-MM"))),
});

/** POST /api/plans/:id/versions: a plan change in the catalogue is a new version (admins). */
export const PlanVersionBodySchema = v.strictObject({
  monthlyFeeCents: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000)),
  transactionFeeCents: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100_000)),
  discountRateBps: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2_000)),
  monthlyMinimumCents: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000)),
  includedEndpoints: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(50)),
  modelTier: v.picklist(MODEL_TIER_NAMES),
  notes: v.pipe(v.string(), v.trim(), v.minLength(1, "say what changed and why"), v.maxLength(1_000)),
});

/** What a merchant's integration sends its checkout endpoint: one application to decide. */
export const ApplicationBodySchema = v.strictObject({
  event: v.literal("application.submitted"),
  score: v.pipe(v.number(), v.integer(), v.minValue(300), v.maxValue(850)),
  amountCents: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000_000)),
  termMonths: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(120)),
});
