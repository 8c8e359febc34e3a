// The loyalty platform as tests play it: events signed with the org's dev secret, sent to the connector.
import { connectorSecret, ORG_HEADER, SIGNATURE_HEADER, signLoyaltyEvent } from "../../../worker/routes/loyalty-connector";
import { call } from "./http";

let counter = 0;
/** A fresh event id, so each event is recorded once (a resend with the same id is a duplicate). */
export const eventId = (label = "evt") => `${label}-${Date.now()}-${counter++}`.slice(0, 64);

/** Posts a signed event (or one signed with `secret`, `at` ms ago), answering status and body. */
export async function sendLoyaltyEvent(
  body: { customerId: string; eventId?: string; event: Record<string, unknown> },
  options: { orgId?: string; secret?: string; ageMs?: number; signature?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const orgId = options.orgId ?? "org_northwind";
  const text = JSON.stringify({ eventId: eventId(), ...body });
  const secret = options.secret ?? connectorSecret({ AUTH_MODE: "dev" }, orgId) ?? "";
  const signature = options.signature ?? (await signLoyaltyEvent(secret, Date.now() - (options.ageMs ?? 0), text));
  const response = await call("/api/connectors/loyalty/events", {
    method: "POST",
    body: text,
    headers: { [ORG_HEADER]: orgId, [SIGNATURE_HEADER]: signature },
  });
  const raw = await response.text();
  return { status: response.status, body: raw ? (JSON.parse(raw) as Record<string, unknown>) : {} };
}

/** Five wrong codes in a row: the customer is locked out of promo codes. */
export async function lockOut(customerId: string, orgId = "org_northwind"): Promise<void> {
  for (let i = 0; i < 5; i++)
    await sendLoyaltyEvent({ customerId, event: { kind: "promo-claim", code: `NOPE${i}`, channel: "app" } }, { orgId });
}
