// One interface per kind of back end: what Tandem tells an order platform, a lease system or a
// loan-management system, and how it reads what they send. A connector implements its kind's
// interface for one vendor's API; which one an endpoint uses is configuration (its `connector`).
// The card issuer (party/issuers/issuer.ts) and messaging (worker/messaging/messenger.ts) follow
// the same pattern: an interface per kind, implementations chosen by name, secrets in Worker secrets.
import type { IntegrationKind, OutboundTopic } from "../../../core/domain/integrations";

/** A change going out: the outbox row's id is the idempotency key the back end dedupes on. */
export interface OutboundChange {
  id: string;
  topic: OutboundTopic;
  occurredAt: number;
  /** What the room wrote: the change's fields plus the customer's and product's ids on both sides. */
  data: Record<string, unknown>;
}

export type Delivery = { ok: true } | { ok: false; retryable: boolean; error: string };

interface ConnectorBase {
  readonly name: string;
  /** The back end's request body as Tandem's event envelope (core/protocol/integration-events.ts), still to be validated. */
  toEnvelope(body: unknown): unknown;
}

export interface OrderPlatformConnector extends ConnectorBase {
  readonly kind: "order_platform";
  orderStatusChanged(change: OutboundChange): Promise<Delivery>;
  customerUpdated(change: OutboundChange): Promise<Delivery>;
}

/** The lease system and the loan-management system take the same servicing changes, each for its product. */
export interface ServicingConnector<K extends "lease_system" | "loan_system"> extends ConnectorBase {
  readonly kind: K;
  paymentRecorded(change: OutboundChange): Promise<Delivery>;
  promiseCreated(change: OutboundChange): Promise<Delivery>;
  promiseResolved(change: OutboundChange): Promise<Delivery>;
  customerUpdated(change: OutboundChange): Promise<Delivery>;
}
export type LeaseSystemConnector = ServicingConnector<"lease_system">;
/** The loan-management system also books the direct-deposit loans reps open in Tandem, and their payouts. */
export interface LoanSystemConnector extends ServicingConnector<"loan_system"> {
  loanOpened(change: OutboundChange): Promise<Delivery>;
  loanPaidOut(change: OutboundChange): Promise<Delivery>;
}

/** Card issuers and messaging providers send Tandem webhooks (card used, message delivered); they take no outbox changes. */
export interface InboundOnlyConnector<K extends "card_issuer" | "messaging"> extends ConnectorBase {
  readonly kind: K;
}

export type Connector =
  | OrderPlatformConnector
  | LeaseSystemConnector
  | LoanSystemConnector
  | InboundOnlyConnector<"card_issuer">
  | InboundOnlyConnector<"messaging">;

/** Routes an outbox row to its kind's method; a topic the kind does not take is a permanent failure. */
export function deliver(connector: Connector, change: OutboundChange): Promise<Delivery> {
  const unsupported = (): Promise<Delivery> =>
    Promise.resolve({ ok: false, retryable: false, error: `${connector.name} (${connector.kind}) takes no ${change.topic}` });
  switch (connector.kind) {
    case "order_platform":
      if (change.topic === "order.status_changed") return connector.orderStatusChanged(change);
      if (change.topic === "customer.updated") return connector.customerUpdated(change);
      return unsupported();
    case "lease_system":
    case "loan_system":
      if (change.topic === "payment.recorded") return connector.paymentRecorded(change);
      if (change.topic === "promise.created") return connector.promiseCreated(change);
      if (change.topic === "promise.resolved") return connector.promiseResolved(change);
      if (change.topic === "customer.updated") return connector.customerUpdated(change);
      if (connector.kind === "loan_system" && change.topic === "loan.opened") return connector.loanOpened(change);
      if (connector.kind === "loan_system" && change.topic === "loan.paid_out") return connector.loanPaidOut(change);
      return unsupported();
    default:
      return unsupported();
  }
}

export type ConnectorKind = IntegrationKind;
