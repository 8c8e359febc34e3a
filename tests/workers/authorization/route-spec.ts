// Who may call each HTTP route, written by hand, one line per route; read together with the
// permission grid of tests/shared/authorization-spec.ts. Nothing here asks core/ who may do what.
//
// To add a route:
//   1. Add one line to ROUTE_SPEC, keyed "METHOD /path" exactly as Hono registers it (the matrix
//      names any route the app serves without a line here; `app.all` routes are keyed "ALL /path"):
//        who    "public" (no session), "signed-in" (any staff), the spec permissions it needs (all
//               of them), or { roles: [...] } spelled out when no permission says it;
//        ok     the status a permitted caller gets;
//        foreign  404 when another org's id in the path or body must be "not found" (leave it out
//               when another org's data is simply absent from the answer);
//        owner  true when it changes account data: only the lock owner with the current token;
//        account "merchant" when that account is a merchant's (the matrix then rigs a merchant room);
//        reveal the PII class the request reveals, when the reveal rule applies after the rest;
//        answer the core/protocol schema of its success answer (the matrix parses every one, for
//               every role, and names any field the schema leaves out), or what it sends instead
//               of JSON: "csv", "html", "redirect", or "error" for a route that only refuses.
//   2. Add how to call it to ROUTE_CALLS (route-calls.ts, or order-route-calls.ts).
//   3. A new `app.use` mount goes in MIDDLEWARE (the matrix names any it lacks).
import type * as v from "valibot";
import {
  ActivityPageSchema,
  NoteAddedSchema,
  NoteEditedSchema,
  NotesPageSchema,
  ProfileUpdatedSchema,
  PromptDismissedSchema,
  RevealedSchema,
} from "../../../core/protocol/activity-answers";
import {
  OrgStructureSchema,
  RegionSavedSchema,
  StaffCreatedSchema,
  StaffListSchema,
  StaffUpdatedSchema,
  TeamSavedSchema,
} from "../../../core/protocol/admin-answers";
import { AgreementSignedSchema, PublicAgreementSchema, SigningCodeSentSchema } from "../../../core/protocol/agreements";
import {
  DevOutboxSchema,
  DevSignedInSchema,
  DevStaffListSchema,
  HealthSchema,
  MeSchema,
  SignedOutEverywhereSchema,
  SignedOutSchema,
} from "../../../core/protocol/auth-answers";
import { CallbackAssigneesSchema, CallbackCompletedSchema, CallbackScheduledSchema } from "../../../core/protocol/callback-answers";
import {
  AuditVerdictSchema,
  ComplianceReviewsSchema,
  PeopleSchema,
  ReviewAuditPageSchema,
  ReviewNotesPageSchema,
  ReviewSignedOffSchema,
} from "../../../core/protocol/compliance-answers";
import { CallListSchema, ProfileSchema, SearchPageSchema } from "../../../core/protocol/customer-answers";
import { DashboardSchema } from "../../../core/protocol/dashboard-answers";
import {
  DeviceListSchema,
  LocationListSchema,
  LockoutResetSchema,
  NearbyStoresSchema,
  PromoPanelSchema,
  TagListSchema,
  TransactionDetailSchema,
} from "../../../core/protocol/engagement-answers";
import { FaqAnswersSchema, FaqArticleListSchema, FaqArticleSavedSchema, FaqArticleSchema } from "../../../core/protocol/faq-answers";
import {
  DeadLetterDetailSchema,
  DeadLettersSchema,
  EventAcceptedSchema,
  EventBatchAcceptedSchema,
  IntegrationHealthSchema,
  TestEventSentSchema as IntegrationTestEventSentSchema,
  OutboxRetriedSchema,
  ReplayedSchema,
} from "../../../core/protocol/integration-answers";
import {
  CampaignListSchema,
  CampaignPageSchema,
  IncentiveListSchema,
  LoyaltySummarySchema,
  RewardListSchema,
} from "../../../core/protocol/loyalty-answers";
import {
  ApplicationDecisionSchema,
  ContractAddedSchema,
  EndpointDetailsSchema,
  InvoiceDetailSchema,
  InvoiceIssuedSchema,
  KeyIssuedSchema,
  LedgerPostedSchema,
  MerchantChangedSchema,
  MerchantListSchema,
  MerchantProfileSchema,
  ModelCatalogSchema,
  PlanCatalogSchema,
  PlanChangeBoardSchema,
  PlanChangeSteppedSchema,
  PlanVersionAddedSchema,
  StatementSchema,
  TestEventSentSchema,
} from "../../../core/protocol/merchant-answers";
import {
  AssignmentSavedSchema,
  DrillSchema,
  MonitorSchema,
  MyMonitorSchema,
  ProcessesSchema,
  ProcessSavedSchema,
  StepsStoredSchema,
} from "../../../core/protocol/monitor-answers";
import {
  AgreementSentSchema,
  CardChangedSchema,
  CardIssuedSchema,
  CustomerOrdersSchema,
  ItemAddedSchema,
  ItemRemovedSchema,
  ItemReviewedSchema,
  OrderAttentionChangedSchema,
  OrderDetailSchema,
  OrderListSchema,
  OrderStatusChangedSchema,
  ShopperOrderStartedSchema,
} from "../../../core/protocol/order-answers";
import {
  PortalCodeSentSchema,
  PortalDevUsersSchema,
  PortalInvitedSchema,
  PortalLinkStateSchema,
  PortalSessionSchema,
  PortalSignedOutSchema,
  PortalUserListSchema,
  PortalUserStatusChangedSchema,
} from "../../../core/protocol/portal-answers";
import {
  LeaseListSchema,
  LoanListSchema,
  LoanOpenedSchema,
  PaymentRecordedSchema,
  PromiseCreatedSchema,
  PromiseResolvedSchema,
} from "../../../core/protocol/servicing-answers";
import { CustomerSyncSchema } from "../../../core/protocol/sync-answers";
import {
  DeskCountersSchema,
  TicketChangedSchema,
  TicketDetailSchema,
  TicketOpenedSchema,
  TicketQueuePageSchema,
} from "../../../core/protocol/ticket-answers";
import { CallTakenSchema, WaitingCallersSchema } from "../../../core/protocol/voice-answers";
import { type SpecPermission, type SpecPiiClass, type SpecRole, specAllows, specMayReveal } from "../../shared/authorization-spec";

/** A success answer's schema, or what the route sends instead of JSON. */
export type AnswerSpec = v.GenericSchema | "csv" | "html" | "redirect" | "error";

export interface RouteRule {
  who: "public" | "signed-in" | readonly SpecPermission[] | { readonly roles: readonly SpecRole[] };
  ok: 200 | 201 | 302 | 401 | 403 | 404;
  foreign?: 404;
  owner?: true;
  account?: "merchant" | "ticket";
  reveal?: SpecPiiClass;
  answer: AnswerSpec;
}

const read = "customer.read";
const mread = "merchant.read";
const merchantOwner = { owner: true, account: "merchant" } as const;
const tread = "ticket.read";
const ticketOwner = { owner: true, account: "ticket" } as const;

export const ROUTE_SPEC: Record<string, RouteRule> = {
  "GET /api/health": { who: "public", ok: 200, answer: HealthSchema },
  "GET /api/auth/dev/staff": { who: "public", ok: 200, answer: DevStaffListSchema },
  "POST /api/auth/dev/sign-in": { who: "public", ok: 200, answer: DevSignedInSchema },
  "POST /api/auth/sign-out": { who: "public", ok: 200, answer: SignedOutSchema },
  "POST /api/auth/sign-out-everywhere": { who: "signed-in", ok: 200, answer: SignedOutEverywhereSchema },
  // No identity provider is configured in tests: both send the browser back to the sign-in page.
  "GET /api/auth/oidc/start": { who: "public", ok: 302, answer: "redirect" },
  "GET /api/auth/oidc/callback": { who: "public", ok: 302, answer: "redirect" },
  // The signing link is the credential: a session adds nothing, and an unknown link is not found for anyone.
  // (Their success answers are parsed by tests/workers/api/answer-contracts.test.ts, which signs for real.)
  "GET /api/public/agreements/:token": { who: "public", ok: 404, answer: PublicAgreementSchema },
  "POST /api/public/agreements/:token/sign": { who: "public", ok: 404, answer: AgreementSignedSchema },
  "POST /api/public/agreements/:token/code": { who: "public", ok: 404, answer: SigningCodeSentSchema },
  // Dev mode only (the tests run in dev mode): the demo's stand-in for customers' phones and inboxes.
  "GET /api/dev/outbox": { who: "public", ok: 200, answer: DevOutboxSchema },
  "GET /api/me": { who: "signed-in", ok: 200, answer: MeSchema },
  // The loyalty platform signs its events; the matrix sends no signature, so every caller is refused.
  // (Signed events and their answers: tests/workers/loyalty/connector.test.ts.)
  "POST /api/connectors/loyalty/events": { who: "public", ok: 401, answer: "error" },

  "GET /api/customers": { who: [read], ok: 200, answer: SearchPageSchema },
  "GET /api/customers/:id": { who: [read], ok: 200, foreign: 404, answer: ProfileSchema },
  "GET /api/customers/:id/activity": { who: [read], ok: 200, foreign: 404, answer: ActivityPageSchema },
  "GET /api/customers/:id/notes": { who: [read], ok: 200, foreign: 404, answer: NotesPageSchema },
  "POST /api/customers/:id/notes": { who: [read, "customer.note"], ok: 201, foreign: 404, answer: NoteAddedSchema },
  "PATCH /api/customers/:id/notes/:noteId": { who: [read, "customer.note"], ok: 200, foreign: 404, answer: NoteEditedSchema },
  "PATCH /api/customers/:id/profile": { who: [read, "customer.edit"], ok: 200, foreign: 404, owner: true, answer: ProfileUpdatedSchema },
  "POST /api/customers/:id/prompts/:promptId/dismiss": {
    who: [read, "prompt.dismiss"],
    ok: 201,
    foreign: 404,
    answer: PromptDismissedSchema,
  },
  // Anyone who reads the account may ask; the reveal rule then decides (the matrix reveals a date of birth).
  "POST /api/customers/:id/reveal": { who: [read], ok: 200, foreign: 404, reveal: "identity", answer: RevealedSchema },
  "GET /api/call-list": { who: [read], ok: 200, answer: CallListSchema },
  "GET /api/dashboard": { who: ["floor.watch"], ok: 200, foreign: 404, answer: DashboardSchema },

  // The process monitor: leads and directors watch it, directors edit processes, either assigns
  // training, and the people it measures see their own figures, mark training done and send time.
  "GET /api/monitor": { who: ["monitor.view"], ok: 200, foreign: 404, answer: MonitorSchema },
  "GET /api/monitor/drill": { who: ["monitor.view"], ok: 200, foreign: 404, answer: DrillSchema },
  "GET /api/monitor/me": { who: ["monitor.self"], ok: 200, answer: MyMonitorSchema },
  "GET /api/monitor/processes": { who: ["monitor.view"], ok: 200, answer: ProcessesSchema },
  "PUT /api/monitor/processes/:id": { who: ["process.manage"], ok: 200, foreign: 404, answer: ProcessSavedSchema },
  "POST /api/monitor/assignments": { who: ["training.assign"], ok: 201, foreign: 404, answer: AssignmentSavedSchema },
  "POST /api/monitor/assignments/:id/done": { who: ["monitor.self"], ok: 200, foreign: 404, answer: AssignmentSavedSchema },
  // A beacon names an interaction the room is measuring for the caller; the matrix has none open, so
  // a permitted caller is told "not found" (tests/workers/monitor/capture.test.ts stores real ones).
  "POST /api/monitor/steps": { who: ["monitor.self"], ok: 404, foreign: 404, answer: StepsStoredSchema },

  "GET /api/orders": { who: [read], ok: 200, answer: OrderListSchema },
  "GET /api/orders/:id": { who: [read], ok: 200, foreign: 404, answer: OrderDetailSchema },
  "GET /api/customers/:id/orders": { who: [read], ok: 200, foreign: 404, answer: CustomerOrdersSchema },
  "GET /api/customers/:id/leases": { who: [read], ok: 200, foreign: 404, answer: LeaseListSchema },
  "GET /api/customers/:id/loans": { who: [read], ok: 200, foreign: 404, answer: LoanListSchema },
  "GET /api/customers/:id/loyalty": { who: [read], ok: 200, foreign: 404, answer: LoyaltySummarySchema },
  "GET /api/customers/:id/campaigns": { who: [read], ok: 200, foreign: 404, answer: CampaignListSchema },
  "GET /api/customers/:id/incentives": { who: [read], ok: 200, foreign: 404, answer: IncentiveListSchema },
  "GET /api/customers/:id/rewards": { who: [read], ok: 200, foreign: 404, answer: RewardListSchema },
  "GET /api/customers/:id/promos": { who: [read], ok: 200, foreign: 404, answer: PromoPanelSchema },
  "GET /api/customers/:id/tags": { who: [read], ok: 200, foreign: 404, answer: TagListSchema },
  "GET /api/customers/:id/devices": { who: [read], ok: 200, foreign: 404, answer: DeviceListSchema },
  "GET /api/customers/:id/locations": { who: [read], ok: 200, foreign: 404, answer: LocationListSchema },
  "GET /api/customers/:id/stores/nearby": { who: [read], ok: 200, foreign: 404, answer: NearbyStoresSchema },
  "GET /api/customers/:id/transactions/:transactionId": { who: [read], ok: 200, foreign: 404, answer: TransactionDetailSchema },
  "POST /api/customers/:id/promos/lockout/reset": {
    who: [read, "promo.reset"],
    ok: 200,
    foreign: 404,
    owner: true,
    answer: LockoutResetSchema,
  },
  "GET /api/campaigns/:id": { who: [read], ok: 200, foreign: 404, answer: CampaignPageSchema },
  "POST /api/customers/:id/shopper-orders": {
    who: [read, "shopper.manage"],
    ok: 201,
    foreign: 404,
    owner: true,
    answer: ShopperOrderStartedSchema,
  },
  "POST /api/orders/:id/items": { who: [read, "shopper.manage"], ok: 201, foreign: 404, owner: true, answer: ItemAddedSchema },
  "POST /api/orders/:id/items/:itemId/remove": {
    who: [read, "shopper.manage"],
    ok: 200,
    foreign: 404,
    owner: true,
    answer: ItemRemovedSchema,
  },
  "POST /api/orders/:id/items/:itemId/review": {
    who: [read, "order.review_item"],
    ok: 200,
    foreign: 404,
    owner: true,
    answer: ItemReviewedSchema,
  },
  "POST /api/orders/:id/status": { who: [read, "order.manage"], ok: 200, foreign: 404, owner: true, answer: OrderStatusChangedSchema },
  "POST /api/orders/:id/attention": {
    who: [read, "order.manage"],
    ok: 200,
    foreign: 404,
    owner: true,
    answer: OrderAttentionChangedSchema,
  },
  "POST /api/orders/:id/agreement": { who: [read, "shopper.manage"], ok: 201, foreign: 404, owner: true, answer: AgreementSentSchema },
  "POST /api/orders/:id/cards": { who: [read, "card.issue"], ok: 201, foreign: 404, owner: true, answer: CardIssuedSchema },
  "POST /api/orders/:id/cards/:cardId/cancel": { who: [read, "card.issue"], ok: 200, foreign: 404, owner: true, answer: CardChangedSchema },
  "POST /api/orders/:id/cards/:cardId/used": { who: [read, "card.issue"], ok: 200, foreign: 404, owner: true, answer: CardChangedSchema },
  "POST /api/customers/:id/payments": { who: [read, "loan.service"], ok: 201, foreign: 404, owner: true, answer: PaymentRecordedSchema },
  "POST /api/customers/:id/promises": { who: [read, "loan.service"], ok: 201, foreign: 404, owner: true, answer: PromiseCreatedSchema },
  "POST /api/customers/:id/promises/:promiseId/resolve": {
    who: [read, "loan.service"],
    ok: 200,
    foreign: 404,
    owner: true,
    answer: PromiseResolvedSchema,
  },
  // A direct-deposit loan: opened by service roles, paid out by someone else (owner: a change to the account).
  "POST /api/customers/:id/loans": { who: [read, "loan.originate"], ok: 201, foreign: 404, owner: true, answer: LoanOpenedSchema },
  "POST /api/customers/:id/loans/:loanId/payout": {
    who: [read, "loan.disburse"],
    ok: 200,
    foreign: 404,
    owner: true,
    answer: LoanOpenedSchema,
  },
  // Callbacks are the rep's tasks, not the account's data: no ownership (the matrix moves the caller's own).
  "POST /api/customers/:id/callbacks": { who: [read, "callback.manage"], ok: 201, foreign: 404, answer: CallbackScheduledSchema },
  "POST /api/customers/:id/callbacks/:callbackId/reschedule": {
    who: [read, "callback.manage"],
    ok: 200,
    foreign: 404,
    answer: CallbackScheduledSchema,
  },
  "POST /api/customers/:id/callbacks/:callbackId/complete": {
    who: [read, "callback.manage"],
    ok: 200,
    foreign: 404,
    answer: CallbackCompletedSchema,
  },
  "GET /api/callbacks/assignees": { who: ["callback.assign"], ok: 200, answer: CallbackAssigneesSchema },

  "GET /api/admin/staff": { who: ["staff.manage"], ok: 200, answer: StaffListSchema },
  "POST /api/admin/staff": { who: ["staff.manage"], ok: 201, foreign: 404, answer: StaffCreatedSchema },
  "PATCH /api/admin/staff/:id": { who: ["staff.manage"], ok: 200, foreign: 404, answer: StaffUpdatedSchema },
  "GET /api/admin/org": { who: ["staff.manage"], ok: 200, answer: OrgStructureSchema },
  "POST /api/admin/regions": { who: ["staff.manage"], ok: 201, answer: RegionSavedSchema },
  "PATCH /api/admin/regions/:id": { who: ["staff.manage"], ok: 200, foreign: 404, answer: RegionSavedSchema },
  "POST /api/admin/teams": { who: ["staff.manage"], ok: 201, foreign: 404, answer: TeamSavedSchema },
  "PATCH /api/admin/teams/:id": { who: ["staff.manage"], ok: 200, foreign: 404, answer: TeamSavedSchema },

  // Merchants (issue 15): readers of merchants see the list, profiles, statements and invoices; each
  // change is its role's, through the merchant's room (ownership, current token, a note).
  "GET /api/merchants": { who: [mread], ok: 200, answer: MerchantListSchema },
  "GET /api/merchants/:id": { who: [mread], ok: 200, foreign: 404, answer: MerchantProfileSchema },
  "GET /api/merchants/:id/activity": { who: [mread], ok: 200, foreign: 404, answer: ActivityPageSchema },
  "GET /api/merchants/:id/notes": { who: [mread], ok: 200, foreign: 404, answer: NotesPageSchema },
  "POST /api/merchants/:id/notes": { who: [mread, "merchant.note"], ok: 201, foreign: 404, answer: MerchantChangedSchema },
  "PATCH /api/merchants/:id/profile": {
    who: [mread, "merchant.edit"],
    ok: 200,
    foreign: 404,
    ...merchantOwner,
    answer: MerchantChangedSchema,
  },
  // Endpoints and decision models: engineering only (a test event changes no data: no ownership).
  "GET /api/merchants/:id/endpoints": { who: [mread, "endpoint.manage"], ok: 200, foreign: 404, answer: EndpointDetailsSchema },
  "POST /api/merchants/:id/endpoints": {
    who: [mread, "endpoint.manage"],
    ok: 201,
    foreign: 404,
    ...merchantOwner,
    answer: KeyIssuedSchema,
  },
  "POST /api/merchants/:id/endpoints/:endpointId/rotate-key": {
    who: [mread, "endpoint.manage"],
    ok: 200,
    foreign: 404,
    ...merchantOwner,
    answer: KeyIssuedSchema,
  },
  "PATCH /api/merchants/:id/endpoints/:endpointId/model": {
    who: [mread, "endpoint.manage"],
    ok: 200,
    foreign: 404,
    ...merchantOwner,
    answer: MerchantChangedSchema,
  },
  "POST /api/merchants/:id/endpoints/:endpointId/test": {
    who: [mread, "endpoint.manage"],
    ok: 201,
    foreign: 404,
    answer: TestEventSentSchema,
  },
  "GET /api/decision-models": { who: ["endpoint.manage"], ok: 200, answer: ModelCatalogSchema },
  // Money: finance posts and invoices; everyone who reads merchants reads the statement and invoices.
  "GET /api/merchants/:id/ledger": { who: [mread], ok: 200, foreign: 404, answer: StatementSchema },
  "POST /api/merchants/:id/ledger": { who: [mread, "ledger.post"], ok: 201, foreign: 404, ...merchantOwner, answer: LedgerPostedSchema },
  "GET /api/merchants/:id/invoices/:invoiceId": { who: [mread], ok: 200, foreign: 404, answer: InvoiceDetailSchema },
  "GET /api/merchants/:id/invoices/:invoiceId/csv": { who: [mread], ok: 200, foreign: 404, answer: "csv" },
  "POST /api/merchants/:id/invoices": {
    who: [mread, "invoice.manage"],
    ok: 201,
    foreign: 404,
    ...merchantOwner,
    answer: InvoiceIssuedSchema,
  },
  "POST /api/merchants/:id/invoices/:invoiceId/status": {
    who: [mread, "invoice.manage"],
    ok: 200,
    foreign: 404,
    ...merchantOwner,
    answer: InvoiceIssuedSchema,
  },
  "POST /api/merchants/:id/contracts": {
    who: [mread, "contract.manage"],
    ok: 201,
    foreign: 404,
    ...merchantOwner,
    answer: ContractAddedSchema,
  },
  // Plan changes: sales opens, resubmits and cancels; each stage's role steps it (the matrix puts the
  // request at the caller's own stage; who acts at which stage is tested in plan-change-rules.test.ts).
  "POST /api/merchants/:id/plan-changes": {
    who: [mread, "plan_change.open"],
    ok: 201,
    foreign: 404,
    ...merchantOwner,
    answer: PlanChangeSteppedSchema,
  },
  "POST /api/merchants/:id/plan-changes/:requestId/approve": {
    who: [mread, "plan_change.approve"],
    ok: 200,
    foreign: 404,
    ...merchantOwner,
    answer: PlanChangeSteppedSchema,
  },
  "POST /api/merchants/:id/plan-changes/:requestId/send-back": {
    who: [mread, "plan_change.approve"],
    ok: 200,
    foreign: 404,
    ...merchantOwner,
    answer: PlanChangeSteppedSchema,
  },
  "POST /api/merchants/:id/plan-changes/:requestId/resubmit": {
    who: [mread, "plan_change.open"],
    ok: 200,
    foreign: 404,
    ...merchantOwner,
    answer: PlanChangeSteppedSchema,
  },
  "POST /api/merchants/:id/plan-changes/:requestId/cancel": {
    who: [mread, "plan_change.open"],
    ok: 200,
    foreign: 404,
    ...merchantOwner,
    answer: PlanChangeSteppedSchema,
  },
  "GET /api/plan-changes": { who: [mread], ok: 200, answer: PlanChangeBoardSchema },
  // The plan catalogue: read by merchant readers, a new version by admins.
  "GET /api/plans": { who: [mread], ok: 200, answer: PlanCatalogSchema },
  "POST /api/plans/:id/versions": { who: ["plan.manage"], ok: 201, foreign: 404, answer: PlanVersionAddedSchema },
  // A merchant's integration, with its endpoint's key: the matrix sends no key, so every caller is refused.
  // (Its success answers are parsed by tests/workers/merchants/endpoints.test.ts, which calls with keys.)
  "POST /api/public/endpoints/:endpointId/applications": { who: "public", ok: 401, answer: ApplicationDecisionSchema },

  "GET /api/compliance/people": { who: ["audit.read"], ok: 200, answer: PeopleSchema },
  "GET /api/compliance/notes": { who: ["audit.read"], ok: 200, answer: ReviewNotesPageSchema },
  "GET /api/compliance/audit": { who: ["audit.read"], ok: 200, answer: ReviewAuditPageSchema },
  "GET /api/compliance/audit/verify": { who: ["audit.read"], ok: 200, answer: AuditVerdictSchema },
  "GET /api/compliance/notes/export": { who: ["audit.read", "audit.export"], ok: 200, answer: "csv" },
  "GET /api/compliance/audit/export": { who: ["audit.read", "audit.export"], ok: 200, answer: "csv" },
  "GET /api/compliance/reviews": { who: ["audit.read"], ok: 200, answer: ComplianceReviewsSchema },
  "POST /api/compliance/reviews": { who: ["audit.read", "review.sign_off"], ok: 201, answer: ReviewSignedOffSchema },

  // The FAQ: the console asks (for a customer of the caller's org), authors write, compliance approves.
  "GET /api/faq/answers": { who: ["faq.read"], ok: 200, foreign: 404, answer: FaqAnswersSchema },
  "GET /api/faq/articles": { who: ["faq.read"], ok: 200, answer: FaqArticleListSchema },
  "GET /api/faq/articles/:id": { who: ["faq.read"], ok: 200, foreign: 404, answer: FaqArticleSchema },
  "POST /api/faq/articles": { who: ["faq.write"], ok: 201, answer: FaqArticleSavedSchema },
  "POST /api/faq/articles/:id/versions": { who: ["faq.write"], ok: 201, foreign: 404, answer: FaqArticleSavedSchema },
  "POST /api/faq/articles/:id/versions/:version/approve": { who: ["faq.approve"], ok: 200, foreign: 404, answer: FaqArticleSavedSchema },
  "POST /api/faq/articles/:id/withdraw": { who: ["faq.approve"], ok: 200, foreign: 404, answer: FaqArticleSavedSchema },

  // The phone line's webhooks: no session; only the voice provider's signature opens them, so every
  // caller here (unsigned) is refused. The signed calls run in tests/workers/voice/phone-call.test.ts.
  "POST /api/voice/:org/incoming": { who: "public", ok: 403, answer: "error" },
  "POST /api/voice/:org/gather": { who: "public", ok: 403, answer: "error" },
  "POST /api/voice/:org/status": { who: "public", ok: 403, answer: "error" },
  // Transferred callers waiting for a rep (the org's own), and taking one (404: none waiting under that id).
  "GET /api/voice/waiting": { who: [read], ok: 200, answer: WaitingCallersSchema },
  "POST /api/voice/calls/:id/take": { who: [read], ok: 404, answer: CallTakenSchema },

  // Back ends' signed events: the HMAC is the credential, so no session; an unknown endpoint is not found.
  // (Accepted events and every refusal: tests/workers/integrations/.)
  "POST /api/integrations/:endpointId/events": { who: "public", ok: 404, answer: EventAcceptedSchema },
  "POST /api/integrations/:endpointId/events/batch": { who: "public", ok: 404, answer: EventBatchAcceptedSchema },
  // The service desk (issue 16): readers of tickets see the queue, counters and a ticket; a public
  // reply, a status change and escalation need the ticket's ownership (its room), a note does not.
  "GET /api/desk/tickets": { who: [tread], ok: 200, answer: TicketQueuePageSchema },
  "GET /api/desk/counters": { who: [tread], ok: 200, answer: DeskCountersSchema },
  "GET /api/desk/tickets/:id": { who: [tread], ok: 200, foreign: 404, answer: TicketDetailSchema },
  "POST /api/desk/tickets": { who: [tread, "ticket.open"], ok: 201, foreign: 404, answer: TicketOpenedSchema },
  "POST /api/desk/tickets/:id/replies": { who: [tread, "ticket.work"], ok: 201, foreign: 404, ...ticketOwner, answer: TicketChangedSchema },
  "POST /api/desk/tickets/:id/notes": { who: [tread, "ticket.work"], ok: 201, foreign: 404, answer: TicketChangedSchema },
  "POST /api/desk/tickets/:id/status": { who: [tread, "ticket.work"], ok: 200, foreign: 404, ...ticketOwner, answer: TicketChangedSchema },
  "POST /api/desk/tickets/:id/escalate": {
    who: [tread, "ticket.work"],
    ok: 200,
    foreign: 404,
    ...ticketOwner,
    answer: TicketChangedSchema,
  },
  // The mail provider's inbound emails: the HMAC is the credential, so the unsigned matrix caller is
  // refused; the signed calls run in tests/workers/desk/email-inbound.test.ts.
  "POST /api/email/inbound": { who: "public", ok: 401, answer: "error" },
  "GET /api/customers/:id/sync": { who: [read], ok: 200, foreign: 404, answer: CustomerSyncSchema },
  "GET /api/integrations/health": { who: ["integration.manage"], ok: 200, answer: IntegrationHealthSchema },
  "GET /api/integrations/endpoints/:id/dead-letters": { who: ["integration.manage"], ok: 200, foreign: 404, answer: DeadLettersSchema },
  // The seed has no dead letters: not found for every permitted caller (a real one: dead-letters.test.ts).
  "GET /api/integrations/endpoints/:id/dead-letters/:eventId": { who: ["integration.manage"], ok: 404, answer: DeadLetterDetailSchema },
  "POST /api/integrations/endpoints/:id/dead-letters/:eventId/replay": { who: ["integration.manage"], ok: 404, answer: ReplayedSchema },
  "POST /api/integrations/endpoints/:id/test-event": {
    who: ["integration.manage"],
    ok: 201,
    foreign: 404,
    answer: IntegrationTestEventSentSchema,
  },
  "POST /api/integrations/outbox/:id/retry": { who: ["integration.manage"], ok: 404, answer: OutboxRetriedSchema },

  // The merchant portal (/api/portal/*): a staff session is no portal session. The portal's own
  // sign-in answers staff like anyone (the session: null; a staff email is no portal user: 401), and
  // every portal data route refuses a staff cookie with 401. Merchant sessions against every staff
  // route, and merchant against merchant: tests/workers/authorization/portal-isolation.test.ts.
  "GET /api/portal/session": { who: "public", ok: 200, answer: PortalSessionSchema },
  "GET /api/portal/auth/dev/users": { who: "public", ok: 200, answer: PortalDevUsersSchema },
  "POST /api/portal/auth/dev/sign-in": { who: "public", ok: 401, answer: "error" },
  "POST /api/portal/auth/code/start": { who: "public", ok: 200, answer: PortalCodeSentSchema },
  "POST /api/portal/auth/code/verify": { who: "public", ok: 401, answer: "error" },
  "POST /api/portal/auth/link": { who: "public", ok: 401, answer: "error" },
  "POST /api/portal/auth/link/check": { who: "public", ok: 200, answer: PortalLinkStateSchema },
  "POST /api/portal/auth/sign-out": { who: "public", ok: 200, answer: PortalSignedOutSchema },
  "GET /api/portal/me": { who: "public", ok: 401, answer: "error" },
  "GET /api/portal/transactions": { who: "public", ok: 401, answer: "error" },
  "GET /api/portal/transactions/:id": { who: "public", ok: 401, answer: "error" },
  "GET /api/portal/settlements": { who: "public", ok: 401, answer: "error" },
  "GET /api/portal/invoices": { who: "public", ok: 401, answer: "error" },
  "GET /api/portal/invoices/:id": { who: "public", ok: 401, answer: "error" },
  "GET /api/portal/invoices/:id/csv": { who: "public", ok: 401, answer: "error" },
  "GET /api/portal/contracts": { who: "public", ok: 401, answer: "error" },
  "GET /api/portal/integration": { who: "public", ok: 401, answer: "error" },
  "GET /api/portal/plan": { who: "public", ok: 401, answer: "error" },
  "POST /api/portal/plan/requests": { who: "public", ok: 401, answer: "error" },
  // Staff's side of the portal: a merchant's portal users, and inviting one (sales, admin).
  "GET /api/merchants/:id/portal-users": { who: [mread], ok: 200, foreign: 404, answer: PortalUserListSchema },
  "POST /api/merchants/:id/portal-users": { who: [mread, "merchant.edit"], ok: 201, foreign: 404, answer: PortalInvitedSchema },
  "POST /api/merchants/:id/portal-users/:userId/status": {
    who: [mread, "merchant.edit"],
    ok: 200,
    foreign: 404,
    answer: PortalUserStatusChangedSchema,
  },
  // The portal's help center (issue 16, h/desk): staff cookies are no portal session (401); the
  // merchant's own calls and merchant-vs-merchant isolation: tests/workers/desk/portal-tickets.test.ts.
  "GET /api/portal/tickets": { who: "public", ok: 401, answer: "error" },
  "POST /api/portal/tickets": { who: "public", ok: 401, answer: "error" },
  "GET /api/portal/tickets/:id": { who: "public", ok: 401, answer: "error" },
  "POST /api/portal/tickets/:id/replies": { who: "public", ok: 401, answer: "error" },
  "POST /api/portal/tickets/:id/reopen": { who: "public", ok: 401, answer: "error" },
  "POST /api/portal/tickets/:id/rating": { who: "public", ok: 401, answer: "error" },

  // Fallbacks registered with app.all: an unknown API path or room path needs a session, then is not found.
  "ALL /api/*": { who: "signed-in", ok: 404, answer: "error" },
  "ALL /parties/*": { who: "signed-in", ok: 404, answer: "error" },
  // The web app's pages and files: public.
  "GET /*": { who: "public", ok: 200, answer: "html" },
};

/**
 * The app's middleware mounts (`app.use`), listed so a handler hiding among them cannot go
 * unnoticed. None answers on its own except the rooms' upgrade under /parties, which the frame
 * matrix covers (frame-matrix.test.ts).
 */
export const MIDDLEWARE = [
  "ALL /*", // request id, security headers
  "ALL /api/*", // database, origin check; then the session check
  "ALL /api/customers/*", // the sub-apps' own permission checks
  "ALL /api/orders/*",
  "ALL /api/campaigns/*",
  "ALL /api/call-list/*",
  "ALL /api/admin/*",
  "ALL /api/compliance/*",
  "ALL /api/dashboard/*",
  "ALL /api/integrations/*",
  "ALL /api/voice/*",
  "ALL /api/merchants/*", // merchant.read for every merchant route (each adds its own permission)
  "ALL /api/plan-changes/*",
  "ALL /api/decision-models/*",
  "ALL /api/desk/*", // ticket.read for every desk route (changes add ticket.work or ticket.open)
  "ALL /api/portal/tickets/*", // requireMerchantUser: the portal's own session
  "ALL /parties/*", // origin check, session, then the room upgrade
];

export type LockHolder = "self" | "other" | "nobody";

export function permitted(who: RouteRule["who"], role: SpecRole): boolean {
  if (who === "public" || who === "signed-in") return true;
  if ("roles" in who) return who.roles.includes(role);
  return who.every((permission) => specAllows(role, permission));
}

/** The status a request must get. The order mirrors the rules: session, permission, org, lock, reveal policy. */
export function expectedStatus(rule: RouteRule, c: { role: SpecRole | null; org: "own" | "other"; lock: LockHolder }): number {
  if (rule.who === "public") return rule.ok;
  if (c.role === null) return 401;
  if (!permitted(rule.who, c.role)) return 403;
  if (c.org === "other" && rule.foreign === 404) return 404;
  if (rule.owner && c.lock !== "self") return 409;
  if (rule.reveal && !specMayReveal(c.role, rule.reveal)) return 403;
  return rule.ok;
}

export const ERROR_CODE_FOR: Record<number, string[]> = {
  401: ["UNAUTHENTICATED", "KEY_REVOKED"],
  403: ["FORBIDDEN"],
  404: ["NOT_FOUND"],
  409: ["LOCK_HELD", "LOCK_NOT_HELD", "LOCK_STALE"],
};
