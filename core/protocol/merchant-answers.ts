// What the merchant routes answer: the list, the profile, the ledger statement, an invoice, the
// plan and model catalogues, and the plan-change board. Parsed by the web app on every call.
import * as v from "valibot";
import { ThresholdsSchema } from "../domain/decision-models";
import { PLAN_CHANGE_STAGE_NAMES } from "../domain/plan-change";
import { ENDPOINT_KIND_NAMES, EndpointChangeSchema } from "./merchant-commands";
import { MerchantViewSchema, PlanVersionViewSchema } from "./merchant-view";
import { commandReply } from "./replies";

const MaybeText = v.nullable(v.string());
const Person = v.object({ staffId: v.string(), name: v.string() });
export const HealthSchema = v.picklist(["healthy", "degraded", "failing", "idle"]);
const MerchantStatus = v.picklist(["onboarding", "active", "paused", "closed"]);

export const BalanceSchema = v.object({ availableCents: v.number(), reserveCents: v.number(), totalCents: v.number() });

export const MerchantListItemSchema = v.object({
  id: v.string(),
  name: v.string(),
  segment: v.picklist(["partner_store", "shopper_vendor"]),
  category: v.string(),
  status: MerchantStatus,
  city: MaybeText,
  state: MaybeText,
  region: v.nullable(v.object({ id: v.string(), name: v.string() })),
  plan: v.object({ code: v.string(), name: v.string(), version: v.number() }),
  health: HealthSchema,
  openRequests: v.number(),
});
export type MerchantListItem = v.InferOutput<typeof MerchantListItemSchema>;

export const MerchantListSchema = v.object({
  items: v.array(MerchantListItemSchema),
  total: v.number(),
  /** What the filters offer: the org's plans and regions. */
  filters: v.object({
    plans: v.array(v.object({ code: v.string(), name: v.string() })),
    regions: v.array(v.object({ id: v.string(), name: v.string() })),
  }),
});
export type MerchantList = v.InferOutput<typeof MerchantListSchema>;

export const EndpointSummarySchema = v.object({
  id: v.string(),
  kind: v.picklist(ENDPOINT_KIND_NAMES),
  name: v.string(),
  status: v.picklist(["active", "disabled", "pending_key", "removed"]),
  health: HealthSchema,
  lastDeliveryAt: v.nullable(v.number()),
  /** Deliveries of the last 7 days, and how many failed. */
  recent: v.object({ total: v.number(), failed: v.number() }),
});
export type EndpointSummary = v.InferOutput<typeof EndpointSummarySchema>;

export const ContractSchema = v.object({
  id: v.string(),
  title: v.string(),
  version: v.number(),
  status: v.picklist(["draft", "active", "superseded", "terminated"]),
  effectiveFrom: v.string(),
  effectiveTo: MaybeText,
  summary: v.string(),
  createdAt: v.number(),
});

export const InvoiceSummarySchema = v.object({
  id: v.string(),
  number: v.string(),
  period: v.string(),
  kind: v.picklist(["monthly", "proration"]),
  status: v.picklist(["open", "paid", "void"]),
  issuedAt: v.number(),
  dueAt: v.number(),
  totalCents: v.number(),
});
export type InvoiceSummary = v.InferOutput<typeof InvoiceSummarySchema>;

const PlanRef = v.object({ id: v.string(), name: v.string(), version: v.number(), monthlyFeeCents: v.number(), modelTier: v.string() });

export const PlanChangeEventSchema = v.object({
  at: v.number(),
  actorName: v.string(),
  role: v.string(),
  action: v.picklist(["open", "approve", "schedule", "send_back", "resubmit", "cancel", "release"]),
  fromStage: MaybeText,
  toStage: v.string(),
  note: v.string(),
});

export const PlanChangeSchema = v.object({
  id: v.string(),
  merchant: v.object({ id: v.string(), name: v.string() }),
  from: PlanRef,
  to: PlanRef,
  reason: v.string(),
  endpointChanges: v.array(EndpointChangeSchema),
  money: v.nullable(v.object({ direction: v.picklist(["deposit", "withdraw"]), amountCents: v.number() })),
  stage: v.picklist(PLAN_CHANGE_STAGE_NAMES),
  stageSince: v.number(),
  openedAt: v.number(),
  openedBy: Person,
  /** A request the merchant made in the portal: which of their people asked (openedBy is then their account manager). */
  requestedBy: MaybeText,
  releaseAt: v.nullable(v.number()),
  releasedAt: v.nullable(v.number()),
  returnedReason: MaybeText,
  version: v.number(),
  events: v.array(PlanChangeEventSchema),
});
export type PlanChange = v.InferOutput<typeof PlanChangeSchema>;

export const MerchantProfileSchema = v.object({
  merchant: MerchantViewSchema,
  health: HealthSchema,
  endpoints: v.array(EndpointSummarySchema),
  balance: BalanceSchema,
  contracts: v.array(ContractSchema),
  invoices: v.array(InvoiceSummarySchema),
  planChanges: v.array(PlanChangeSchema),
});
export type MerchantProfile = v.InferOutput<typeof MerchantProfileSchema>;

export const DeliverySchema = v.object({
  id: v.string(),
  at: v.number(),
  event: v.string(),
  statusCode: v.number(),
  ok: v.boolean(),
  latencyMs: v.number(),
  error: MaybeText,
  test: v.boolean(),
});
export type Delivery = v.InferOutput<typeof DeliverySchema>;

/** Engineering's view of an endpoint: where it points, its key (prefix only), its model and its log. */
export const EndpointDetailSchema = v.object({
  ...EndpointSummarySchema.entries,
  url: v.string(),
  keyPrefix: MaybeText,
  model: v.object({ id: v.string(), name: v.string(), version: v.number(), tier: v.string(), product: v.string() }),
  thresholds: ThresholdsSchema,
  customThresholds: v.nullable(ThresholdsSchema),
  deliveries: v.array(DeliverySchema),
});
export const EndpointDetailsSchema = v.object({ items: v.array(EndpointDetailSchema), planTier: v.string() });
export type EndpointDetail = v.InferOutput<typeof EndpointDetailSchema>;
export type EndpointDetails = v.InferOutput<typeof EndpointDetailsSchema>;

export const StatementSchema = v.object({
  month: v.string(),
  from: v.number(),
  to: v.number(),
  openingCents: v.number(),
  closingCents: v.number(),
  lines: v.array(
    v.object({
      id: v.string(),
      at: v.number(),
      kind: v.string(),
      memo: v.string(),
      changeCents: v.number(),
      balanceAfterCents: v.number(),
    }),
  ),
  balance: BalanceSchema,
});
export type Statement = v.InferOutput<typeof StatementSchema>;

export const InvoiceLineSchema = v.object({
  description: v.string(),
  quantity: v.number(),
  unitCents: v.number(),
  amountCents: v.number(),
});
export const InvoiceDetailSchema = v.object({
  invoice: InvoiceSummarySchema,
  lines: v.array(InvoiceLineSchema),
  merchant: v.object({ id: v.string(), name: v.string(), legalName: v.string(), address: v.array(v.string()) }),
  issuer: v.string(),
});
export type InvoiceDetail = v.InferOutput<typeof InvoiceDetailSchema>;

export const PlanCatalogSchema = v.object({
  plans: v.array(
    v.object({
      id: v.string(),
      code: v.string(),
      name: v.string(),
      status: v.picklist(["active", "retired"]),
      versions: v.array(PlanVersionViewSchema),
    }),
  ),
});
export type PlanCatalog = v.InferOutput<typeof PlanCatalogSchema>;

export const ModelCatalogSchema = v.object({
  models: v.array(
    v.object({
      id: v.string(),
      name: v.string(),
      product: v.picklist(["lease", "loan"]),
      tier: v.picklist(["standard", "advanced", "custom"]),
      versions: v.array(
        v.object({ id: v.string(), version: v.number(), thresholds: ThresholdsSchema, notes: v.string(), status: v.string() }),
      ),
    }),
  ),
});
export type ModelCatalog = v.InferOutput<typeof ModelCatalogSchema>;

export const PlanChangeBoardSchema = v.object({ items: v.array(PlanChangeSchema), serverTime: v.number() });
export type PlanChangeBoard = v.InferOutput<typeof PlanChangeBoardSchema>;

// --- replies to changes (through the merchant's room: the command's fields and the note's id) ---
export const MerchantChangedSchema = commandReply({});
export const KeyIssuedSchema = commandReply({ endpointId: v.string(), key: v.string(), keyPrefix: v.string() });
export const TestEventSentSchema = commandReply({ delivery: DeliverySchema });
export const LedgerPostedSchema = commandReply({ transactionId: v.string(), balance: BalanceSchema });
export const InvoiceIssuedSchema = commandReply({ invoiceId: v.string(), totalCents: v.number() });
export const ContractAddedSchema = commandReply({ contractId: v.string(), version: v.number() });
export const PlanChangeSteppedSchema = commandReply({ requestId: v.string(), stage: v.picklist(PLAN_CHANGE_STAGE_NAMES) });
export const PlanVersionAddedSchema = v.object({ plan: PlanVersionViewSchema });
/** What a merchant's integration gets back for an application: the decision model's answer. */
export const ApplicationDecisionSchema = v.object({
  decision: v.picklist(["approved", "declined"]),
  reasons: v.array(v.string()),
  model: v.object({ name: v.string(), version: v.number() }),
  deliveryId: v.string(),
});
export type ApplicationDecision = v.InferOutput<typeof ApplicationDecisionSchema>;
export type PlanVersionAdded = v.InferOutput<typeof PlanVersionAddedSchema>;
