// Every WebSocket frame of an account's room (a customer's or a merchant's), both ways, as valibot schemas.
// Commands are imperative (`lock-request`), events past tense (`lock-granted`).
import * as v from "valibot";
import { DeviceClassSchema, RoleSchema } from "../domain/roles";
import { NoteTextSchema } from "./api";
import { CustomerViewSchema } from "./customer-view";
import { ErrorCodeSchema } from "./errors";
import { ServingViewSchema, StepBatchFields } from "./step-capture";

export const PROTOCOL_VERSION = 1;
/** Frames larger than this are refused unread. */
export const MAX_FRAME_BYTES = 8_192;

/** The header in which the Worker hands a room the verified actor of a socket (whatever the client sent is replaced). */
export const ACTOR_HEADER = "X-Tandem-Actor";

const ReqIdSchema = v.optional(v.pipe(v.string(), v.maxLength(64)));
const clientBase = { v: v.literal(PROTOCOL_VERSION), reqId: ReqIdSchema };

export const LockRequestSchema = v.object({ type: v.literal("lock-request"), ...clientBase });
export const LockReleaseSchema = v.object({ type: v.literal("lock-release"), ...clientBase });
export const LockTakeoverSchema = v.object({ type: v.literal("lock-takeover"), ...clientBase, reason: NoteTextSchema });
export const HandoffRequestSchema = v.object({
  type: v.literal("handoff-request"),
  ...clientBase,
  message: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
export const HandoffAnswerSchema = v.object({
  type: v.literal("handoff-answer"),
  ...clientBase,
  requestId: v.pipe(v.string(), v.maxLength(64)),
  accept: v.boolean(),
});
/** Every client sends these; the owner's renew the lease. `active`: the person touched the screen since the last one. */
export const HeartbeatSchema = v.object({ type: v.literal("heartbeat"), ...clientBase, active: v.boolean() });
export const PresenceStateSchema = v.picklist(["viewing", "editing", "away"]);
export const PresenceUpdateSchema = v.object({
  type: v.literal("presence-update"),
  ...clientBase,
  state: PresenceStateSchema,
  device: v.optional(DeviceClassSchema),
});
/** Captured serving time (core/protocol/step-capture.ts); the room answers an `ack`, or an `error`. */
export const StepBatchFrameSchema = v.object({ type: v.literal("step-batch"), ...clientBase, ...StepBatchFields });

export const ClientFrameSchema = v.variant("type", [
  LockRequestSchema,
  LockReleaseSchema,
  LockTakeoverSchema,
  HandoffRequestSchema,
  HandoffAnswerSchema,
  HeartbeatSchema,
  PresenceUpdateSchema,
  StepBatchFrameSchema,
]);
export type ClientFrame = v.InferOutput<typeof ClientFrameSchema>;
/** Marked pure: a bundle that never reads it (the web app) leaves the client frames' schemas out. */
export const CLIENT_FRAME_TYPES = /* @__PURE__ */ (() => ClientFrameSchema.options.map((o) => o.entries.type.literal))();

/** Just enough to route a frame and to refuse other protocol versions with a clear error. */
export const FrameEnvelopeSchema = v.object({ type: v.string(), v: v.optional(v.unknown()), reqId: v.optional(v.unknown()) });

export const PersonSchema = v.object({ staffId: v.string(), name: v.string() });
export const OwnerViewSchema = v.object({
  staffId: v.string(),
  name: v.string(),
  role: RoleSchema,
  device: DeviceClassSchema,
  since: v.number(),
});
export const ViewerSchema = v.object({
  staffId: v.string(),
  name: v.string(),
  role: RoleSchema,
  device: DeviceClassSchema,
  state: PresenceStateSchema,
  since: v.number(),
  connections: v.number(),
});
/** Check-ins, achievements and loyalty purchases come from the loyalty program (seed 002's activity log). */
export const ACTIVITY_KINDS = [
  "payment",
  "order",
  "note",
  "communication",
  "system",
  "lock",
  "transaction",
  "checkin",
  "achievement",
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const FeedItemSchema = v.object({
  id: v.string(),
  kind: v.picklist(ACTIVITY_KINDS),
  summary: v.string(),
  actor: v.nullable(PersonSchema),
  at: v.number(),
  data: v.optional(v.record(v.string(), v.unknown())),
});
export const LockViewSchema = v.object({ token: v.number(), expiresAt: v.number(), graceUntil: v.nullable(v.number()) });
export const HandoffViewSchema = v.object({ id: v.string(), from: PersonSchema, requestedAt: v.number() });

const serverBase = { v: v.literal(PROTOCOL_VERSION), reqId: v.optional(v.string()) };

export const RoomStateSchema = v.object({
  type: v.literal("room-state"),
  ...serverBase,
  /** The account: a customer's room names its customer, a merchant's room its merchant. */
  customerId: v.optional(v.string()),
  merchantId: v.optional(v.string()),
  ticketId: v.optional(v.string()),
  serverTime: v.number(),
  owner: v.nullable(OwnerViewSchema),
  lock: v.nullable(LockViewSchema),
  viewers: v.array(ViewerSchema),
  feed: v.array(FeedItemSchema),
  handoff: v.nullable(HandoffViewSchema),
  you: v.object({ staffId: v.string(), connectionId: v.string() }),
});
export const LockGrantedSchema = v.object({
  type: v.literal("lock-granted"),
  ...serverBase,
  owner: OwnerViewSchema,
  token: v.number(),
  expiresAt: v.number(),
  reason: v.picklist(["request", "takeover", "handoff", "resumed"]),
  previous: v.nullable(PersonSchema),
  note: v.optional(v.string()),
});
export const LockDeniedSchema = v.object({
  type: v.literal("lock-denied"),
  ...serverBase,
  code: ErrorCodeSchema,
  message: v.string(),
  owner: v.nullable(OwnerViewSchema),
});
export const LockReleasedSchema = v.object({
  type: v.literal("lock-released"),
  ...serverBase,
  previous: PersonSchema,
  reason: v.picklist(["released", "expired", "idle", "taken-over", "handed-off", "signed-out"]),
  by: v.nullable(PersonSchema),
  note: v.optional(v.string()),
});
export const LockExpiringSchema = v.object({
  type: v.literal("lock-expiring"),
  ...serverBase,
  owner: OwnerViewSchema,
  at: v.number(),
  reason: v.picklist(["disconnected", "idle"]),
});
/** Everyone here now (after a join's room-state, the first change a room sends is this full list). */
export const PresenceSchema = v.object({ type: v.literal("presence"), ...serverBase, viewers: v.array(ViewerSchema) });
/** Who arrived or changed, and who left, since the room's last presence frame (core/domain/presence.ts). */
export const PresenceDeltaSchema = v.object({
  type: v.literal("presence-delta"),
  ...serverBase,
  upserts: v.array(ViewerSchema),
  removals: v.array(v.string()),
});
export const ActivitySchema = v.object({ type: v.literal("activity"), ...serverBase, item: FeedItemSchema });
export const HandoffRequestedSchema = v.object({
  type: v.literal("handoff-requested"),
  ...serverBase,
  request: HandoffViewSchema,
  message: v.optional(v.string()),
});
export const HandoffAnsweredSchema = v.object({
  type: v.literal("handoff-answered"),
  ...serverBase,
  requestId: v.string(),
  outcome: v.picklist(["accepted", "refused", "lapsed"]),
  from: PersonSchema,
});
/** A change to the account's own data, already masked for the receiving connection's role. */
export const CustomerUpdatedSchema = v.object({
  type: v.literal("customer-updated"),
  ...serverBase,
  customer: CustomerViewSchema,
});
/**
 * A change to a merchant's own data (its plan included), already masked for the receiving connection's
 * role. The merchant screen checks the merchant against MerchantViewSchema (core/protocol/merchant-view.ts)
 * on arrival; only its id is read here, so customer screens do not carry the merchant's schema.
 */
export const MerchantUpdatedSchema = v.object({
  type: v.literal("merchant-updated"),
  ...serverBase,
  merchant: v.looseObject({ id: v.string() }),
});
/** Records of an account a change can touch besides the account itself: a customer's, then a merchant's. */
export const RECORD_KINDS = [
  "order",
  "card",
  "loan",
  "lease",
  "note",
  "prompt",
  "callback",
  "plan-change",
  "endpoint",
  "ledger",
  "invoice",
  "contract",
  // An item's sync state with the back ends moved (integration outbox): reload the sync badges.
  "sync",
  // A ticket (its status, assignee, messages) changed: its screen reloads it.
  "ticket",
] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];
/** Another record of the account changed (an order, a card, a loan, a plan change): reload that part. */
export const RecordChangedSchema = v.object({
  type: v.literal("record-changed"),
  ...serverBase,
  record: v.picklist(RECORD_KINDS),
  id: v.string(),
});
/**
 * Replies to a heartbeat or presence update; an owner's heartbeat ack carries the renewed lease end.
 * A heartbeat's ack to a `reqId` also says that everything decided before it has been recorded.
 */

export const AckSchema = v.object({ type: v.literal("ack"), ...serverBase, serverTime: v.number(), expiresAt: v.optional(v.number()) });

export const SessionEndedSchema = v.object({
  type: v.literal("session-ended"),
  ...serverBase,
  reason: v.picklist(["signed-out", "disabled", "expired", "forbidden"]),
});
/** To the person's own sockets: the interaction the room measures for them now (on joining, and when it starts or ends). */
export const ServingSchema = v.object({ type: v.literal("serving"), ...serverBase, interaction: ServingViewSchema });
export const ErrorFrameSchema = v.object({ type: v.literal("error"), ...serverBase, code: ErrorCodeSchema, message: v.string() });

export const ServerFrameSchema = v.variant("type", [
  RoomStateSchema,
  LockGrantedSchema,
  LockDeniedSchema,
  LockReleasedSchema,
  LockExpiringSchema,
  PresenceSchema,
  PresenceDeltaSchema,
  ActivitySchema,

  HandoffRequestedSchema,
  HandoffAnsweredSchema,
  CustomerUpdatedSchema,
  MerchantUpdatedSchema,
  RecordChangedSchema,
  AckSchema,
  SessionEndedSchema,
  ServingSchema,
  ErrorFrameSchema,
]);
export type ServerFrame = v.InferOutput<typeof ServerFrameSchema>;
export type OwnerView = v.InferOutput<typeof OwnerViewSchema>;
export type ViewerView = v.InferOutput<typeof ViewerSchema>;
export type FeedItem = v.InferOutput<typeof FeedItemSchema>;
export type RoomState = v.InferOutput<typeof RoomStateSchema>;

/** A frame without the version field, which `frame()` adds. */
export type ServerFrameBody = ServerFrame extends infer F ? (F extends { v: number } ? Omit<F, "v"> : never) : never;

export function frame(body: ServerFrameBody): string {
  return JSON.stringify({ ...body, v: PROTOCOL_VERSION });
}
