// Commands that change a merchant's account. Each goes through that merchant's room (`mutate`),
// which checks permission, ownership and the fencing token, and writes the change, the note, the
// feed item and the audit row together, exactly as a customer's room does.
import * as v from "valibot";
import { ThresholdsSchema } from "../domain/decision-models";
import { NoteTextSchema } from "./api";
import { NOTE_CATEGORIES } from "./commands";

const LockToken = v.pipe(v.number(), v.integer(), v.minValue(1));
const Id = (prefix: string) => v.pipe(v.string(), v.regex(new RegExp(`^${prefix}_[\\w-]{1,60}$`), `is not a ${prefix} id`));
const Cents = v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000_000_00));
const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const OptionalText = (max: number) => v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.maxLength(max))));

export const ENDPOINT_KIND_NAMES = ["checkout", "order_webhook", "settlement_webhook"] as const;
export const EndpointUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.url("must be a URL"),
  v.startsWith("https://", "must be https"),
  v.maxLength(300),
);

export const MerchantNoteAddSchema = v.object({
  type: v.literal("note.add"),
  text: NoteTextSchema,
  category: v.optional(v.picklist(NOTE_CATEGORIES), "general"),
  clientId: v.optional(v.pipe(v.string(), v.regex(/^[\w-]{8,64}$/))),
});

export const ContactChangeSchema = v.strictObject({
  id: Id("mct"),
  name: v.optional(Text(120)),
  title: OptionalText(120),
  email: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.email(), v.maxLength(200)))),
  phone: v.optional(v.nullable(v.pipe(v.string(), v.trim(), v.minLength(7), v.maxLength(30)))),
});

export const MerchantChangesSchema = v.pipe(
  v.strictObject({
    name: v.optional(Text(120)),
    legalName: v.optional(Text(200)),
    website: OptionalText(200),
    addressLine1: OptionalText(200),
    city: OptionalText(100),
    state: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^[A-Z]{2}$/, "must be a 2-letter state code")))),
    postalCode: v.optional(v.nullable(v.pipe(v.string(), v.regex(/^\d{5}(-\d{4})?$/, "must be a ZIP code")))),
    status: v.optional(v.picklist(["onboarding", "active", "paused", "closed"])),
    contacts: v.optional(v.pipe(v.array(ContactChangeSchema), v.maxLength(10))),
  }),
  v.check((changes) => Object.values(changes).some((value) => value !== undefined), "change at least one field"),
);
export type MerchantChanges = v.InferOutput<typeof MerchantChangesSchema>;

export const MerchantProfileUpdateSchema = v.object({
  type: v.literal("merchant.update"),
  lockToken: LockToken,
  note: NoteTextSchema,
  changes: MerchantChangesSchema,
});

export const EndpointCreateSchema = v.object({
  type: v.literal("endpoint.create"),
  lockToken: LockToken,
  note: NoteTextSchema,
  kind: v.picklist(ENDPOINT_KIND_NAMES),
  name: Text(80),
  url: EndpointUrlSchema,
  modelVersionId: Id("dmv"),
});

export const EndpointRotateKeySchema = v.object({
  type: v.literal("endpoint.rotate_key"),
  lockToken: LockToken,
  note: NoteTextSchema,
  endpointId: Id("mep"),
});

/** A sample application through the endpoint's decision model, logged as a test delivery. Needs no ownership. */
export const EndpointTestSchema = v.object({ type: v.literal("endpoint.test"), endpointId: Id("mep") });

export const EndpointModelSchema = v.object({
  type: v.literal("endpoint.model"),
  lockToken: LockToken,
  note: NoteTextSchema,
  endpointId: Id("mep"),
  modelVersionId: Id("dmv"),
  /** Thresholds for this merchant only (custom-tier plans), or null to use the model's. */
  thresholds: v.nullable(ThresholdsSchema),
});

export const LedgerPostSchema = v.object({
  type: v.literal("ledger.post"),
  lockToken: LockToken,
  note: NoteTextSchema,
  kind: v.picklist(["deposit", "withdrawal", "credit", "debit"]),
  amountCents: Cents,
});

export const InvoiceGenerateSchema = v.object({
  type: v.literal("invoice.generate"),
  lockToken: LockToken,
  note: NoteTextSchema,
  period: v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/, "must be a month, YYYY-MM")),
});

export const InvoiceStatusSchema = v.object({
  type: v.literal("invoice.status"),
  lockToken: LockToken,
  note: NoteTextSchema,
  invoiceId: Id("inv"),
  status: v.picklist(["paid", "void"]),
});

export const ContractVersionSchema = v.object({
  type: v.literal("contract.version"),
  lockToken: LockToken,
  note: NoteTextSchema,
  title: Text(120),
  effectiveFrom: v.pipe(v.string(), v.isoDate("must be a date, YYYY-MM-DD")),
  summary: Text(2_000),
});

export const EndpointChangeSchema = v.variant("op", [
  v.strictObject({
    op: v.literal("add"),
    kind: v.picklist(ENDPOINT_KIND_NAMES),
    name: Text(80),
    url: EndpointUrlSchema,
    modelVersionId: v.optional(Id("dmv")),
  }),
  v.strictObject({ op: v.literal("remove"), endpointId: Id("mep") }),
  v.strictObject({
    op: v.literal("customise"),
    endpointId: Id("mep"),
    modelVersionId: v.optional(Id("dmv")),
    thresholds: v.optional(v.nullable(ThresholdsSchema)),
  }),
]);
export type EndpointChange = v.InferOutput<typeof EndpointChangeSchema>;
export const EndpointChangesSchema = v.pipe(v.array(EndpointChangeSchema), v.maxLength(20));

export const MoneySchema = v.strictObject({ direction: v.picklist(["deposit", "withdraw"]), amountCents: Cents });

export const PlanChangeOpenSchema = v.object({
  type: v.literal("plan_change.open"),
  lockToken: LockToken,
  /** Why the merchant asked: the request's reason and the note. */
  note: NoteTextSchema,
  toPlanVersionId: Id("plv"),
  endpointChanges: v.optional(EndpointChangesSchema, []),
  money: v.optional(v.nullable(MoneySchema), null),
});

/** Engineering's models for endpoints the check found without one: `ref` is an endpoint id, or `new-<n>` for the n-th added. */
export const ModelChoiceSchema = v.strictObject({ ref: v.pipe(v.string(), v.maxLength(70)), modelVersionId: Id("dmv") });

export const PlanChangeApproveSchema = v.object({
  type: v.literal("plan_change.approve"),
  lockToken: LockToken,
  note: NoteTextSchema,
  requestId: Id("pcr"),
  /** Stage 1: models engineering assigns. */
  models: v.optional(v.pipe(v.array(ModelChoiceSchema), v.maxLength(20)), []),
  /** Stage 3: when the change is released (ms). */
  releaseAt: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const step = <T extends string>(type: T) =>
  v.object({ type: v.literal(type), lockToken: LockToken, note: NoteTextSchema, requestId: Id("pcr") });
export const PlanChangeSendBackSchema = step("plan_change.send_back");
export const PlanChangeResubmitSchema = step("plan_change.resubmit");
export const PlanChangeCancelSchema = step("plan_change.cancel");
/** Run by the merchant's room on its alarm, as the system; no person may send it. */
export const PlanChangeReleaseSchema = v.object({ type: v.literal("plan_change.release"), requestId: Id("pcr") });

/**
 * plan_change.request: a merchant user asks for another plan from the portal. Run by the merchant's
 * room as the system on the user's behalf (never by staff); it opens the same three-stage request.
 */
export const PlanChangeRequestSchema = v.object({
  type: v.literal("plan_change.request"),
  note: NoteTextSchema,
  toPlanVersionId: Id("plv"),
  requester: v.object({ merchantUserId: Id("mus"), name: v.pipe(v.string(), v.maxLength(200)), role: v.picklist(["owner", "staff"]) }),
});

export const MerchantCommandSchema = v.variant("type", [
  MerchantNoteAddSchema,
  MerchantProfileUpdateSchema,
  EndpointCreateSchema,
  EndpointRotateKeySchema,
  EndpointTestSchema,
  EndpointModelSchema,
  LedgerPostSchema,
  InvoiceGenerateSchema,
  InvoiceStatusSchema,
  ContractVersionSchema,
  PlanChangeOpenSchema,
  PlanChangeApproveSchema,
  PlanChangeSendBackSchema,
  PlanChangeResubmitSchema,
  PlanChangeCancelSchema,
  PlanChangeReleaseSchema,
  PlanChangeRequestSchema,
]);
export type MerchantCommand = v.InferOutput<typeof MerchantCommandSchema>;
export type MerchantCommandType = MerchantCommand["type"];
