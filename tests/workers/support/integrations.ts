// Sending signed events as a back end would, and waiting on what they lead to, for the integration
// tests. The secret is the published dev key (the tests run in dev mode with no secret set).
import { env, SELF } from "cloudflare:test";
import { DEV_INTEGRATION_SECRET } from "../../../core/domain/integrations";
import { SIGNATURE_HEADER, signatureHeader, signedText, TIMESTAMP_HEADER } from "../../../core/domain/webhook-signature";
import { createDatabase } from "../../../db/client";
import { webhookHmac } from "../../../db/crypto";
import { ORIGIN } from "./http";

export const db = () => createDatabase({ DB: env.DB });
export const ORDERS = "ie_northwind_orders";
export const LEASES = "ie_northwind_leases";
export const LOANS = "ie_northwind_loans";
export const HARBOR = "ie_harbor_orders";

export interface SendOptions {
  secret?: string;
  /** Unix seconds as sent; defaults to now. */
  timestamp?: string;
  /** Replaces the computed signature header. */
  signature?: string;
  /** Sent as is instead of the JSON of the event. */
  rawBody?: string;
  /** The route under the endpoint: "events" (one event) unless told. */
  path?: "events" | "events/batch";
}

export async function sendEvent(
  endpointId: string,
  event: unknown,
  options: SendOptions = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const body = options.rawBody ?? JSON.stringify(event);
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const signature =
    options.signature ?? signatureHeader([await webhookHmac(options.secret ?? DEV_INTEGRATION_SECRET, signedText(timestamp, body))]);
  const response = await SELF.fetch(`${ORIGIN}/api/integrations/${endpointId}/${options.path ?? "events"}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signature },
    body,
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Several events in one signed request, as `{ "events": [...] }`. */
export const sendBatch = (endpointId: string, events: unknown[], options: Omit<SendOptions, "path"> = {}) =>
  sendEvent(endpointId, { events }, { ...options, path: "events/batch" });

/** Polls until `check` answers something truthy (or fails the test after `timeoutMs`). */
export async function eventually<T>(
  check: () => Promise<T | null | undefined | false>,
  timeoutMs = 10_000,
  what = "the condition",
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`${what} did not hold within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

let counter = 0;
/** A sender's event id, unique in this test run. */
export const eventId = (label: string) => `evt-${label}-${Date.now().toString(36)}-${counter++}`;

export const orderEvent = (o: { id: string; version: number; customer: string; status?: string; number?: string; event?: string }) => ({
  id: o.event ?? eventId(`order-${o.id}-v${o.version}`),
  type: "order.upserted",
  occurredAt: Date.now(),
  entity: { id: o.id, version: o.version },
  customer: { externalId: o.customer },
  data: {
    number: o.number ?? `SIM-${o.id}`,
    channel: "partner_checkout",
    merchant: "Best Buy",
    status: o.status ?? "submitted",
    financing: "lease",
    totalCents: 89_900,
    items: [{ title: "65-inch TV", category: "electronics", priceCents: 89_900, quantity: 1, vendorName: "Best Buy" }],
  },
});
