// The rules of Tandem's connections to back ends it does not own: which back end may send which
// events, which changes go back out to which back end, the version rule that keeps late or
// reordered events from overwriting newer state, retry backoff, and what a rep sees of a sync.

export const INTEGRATION_KINDS = ["order_platform", "lease_system", "loan_system", "card_issuer", "messaging"] as const;
export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];

export const KIND_LABELS: Record<IntegrationKind, string> = {
  order_platform: "Order platform",
  lease_system: "Lease system",
  loan_system: "Loan management",
  card_issuer: "Card issuer",
  messaging: "Messaging",
};

export const INBOUND_EVENT_TYPES = [
  "customer.upserted",
  "order.upserted",
  "lease.upserted",
  "loan.upserted",
  "payment.posted",
  "test.ping",
] as const;
export type InboundEventType = (typeof INBOUND_EVENT_TYPES)[number];

/** What each kind of back end is the system of record for, and so may tell Tandem about. */
const EVENTS_BY_KIND: Record<IntegrationKind, readonly InboundEventType[]> = {
  order_platform: ["customer.upserted", "order.upserted", "test.ping"],
  lease_system: ["customer.upserted", "lease.upserted", "payment.posted", "test.ping"],
  loan_system: ["customer.upserted", "loan.upserted", "payment.posted", "test.ping"],
  card_issuer: ["test.ping"],
  messaging: ["test.ping"],
};

/** A lease system posts payments to leases only, a loan system to loans only. */
export function mayReceive(kind: IntegrationKind, type: InboundEventType, product?: "lease" | "loan"): boolean {
  if (!EVENTS_BY_KIND[kind].includes(type)) return false;
  if (type === "payment.posted") return (kind === "lease_system" && product === "lease") || (kind === "loan_system" && product === "loan");
  return true;
}

export const OUTBOUND_TOPICS = [
  "payment.recorded",
  "promise.created",
  "promise.resolved",
  "customer.updated",
  "order.status_changed",
  "loan.opened",
  "loan.paid_out",
] as const;
export type OutboundTopic = (typeof OUTBOUND_TOPICS)[number];

/** Which kinds of back end must hear of a change made in Tandem. */
export function outboundKinds(topic: OutboundTopic, product: "lease" | "loan" | null = null): IntegrationKind[] {
  switch (topic) {
    case "payment.recorded":
    case "promise.created":
    case "promise.resolved":
      return product === "lease" ? ["lease_system"] : product === "loan" ? ["loan_system"] : [];
    case "customer.updated":
      return ["order_platform", "lease_system", "loan_system"];
    case "order.status_changed":
      return ["order_platform"];
    // A loan opened or paid out in Tandem (a direct-deposit loan): the loan-management system books it.
    case "loan.opened":
    case "loan.paid_out":
      return ["loan_system"];
  }
}

export type VersionVerdict = "apply" | "duplicate" | "stale";

/**
 * An entity's snapshot applies only when its version is newer than the one applied last: the same
 * version again is a duplicate, an older one is stale. Both are recorded no-ops, so any order of
 * arrival, repeats included, ends at the newest version.
 */
export function versionVerdict(current: number | null, incoming: number): VersionVerdict {
  if (current === null || incoming > current) return "apply";
  return incoming === current ? "duplicate" : "stale";
}

/** Sends of one outbox row before it is marked failed (then only a person's retry sends it again). */
export const OUTBOX_MAX_ATTEMPTS = 6;
/** Applying one inbound event: tries before the queue moves it to the dead letters. */
export const INBOUND_MAX_ATTEMPTS = 4;

/** Seconds before the next try after `attempt` failed tries: 1, 2, 4, 8, ... capped at 5 minutes. */
export function retryDelaySeconds(attempt: number): number {
  return Math.min(300, 2 ** Math.max(0, attempt - 1));
}

export type OutboxStatus = "pending" | "sending" | "synced" | "failed";
export type SyncState = "syncing" | "synced" | "failed";

/** What a rep sees on the item: still on its way, there, or given up (an engineer may retry). */
export function syncState(status: OutboxStatus): SyncState {
  if (status === "synced") return "synced";
  if (status === "failed") return "failed";
  return "syncing";
}

/**
 * Secrets are Worker secrets whose names start with INTEGRATION_SECRET_: an endpoint row names one,
 * so a row can never point at another secret (the audit key, the SSO client secret).
 */
export function isIntegrationSecretName(name: string): boolean {
  return /^INTEGRATION_SECRET_[A-Z0-9_]{1,60}$/.test(name);
}

/** The shared key in dev mode when an endpoint's secret is not set (published: the local demo, its simulator and the tests only). */
export const DEV_INTEGRATION_SECRET = "tandem-dev-integration-secret (not secret: local demo and tests only)";
