// The generic connector: Tandem's own envelope both ways, over HTTPS. Inbound events arrive in
// Tandem's format; outbound changes are POSTed as JSON to the endpoint's URL, signed like inbound
// ones, with the outbox row's id as `Idempotency-Key` (the receiver keeps what it has seen). A 2xx
// is delivered; 408, 429 and 5xx are retried with backoff; any other answer will not get better.
import type { IntegrationKind } from "../../../core/domain/integrations";
import { signedHeaders } from "../signing";
import type { Connector, Delivery, OutboundChange } from "./connector";

const TIMEOUT_MS = 10_000;

export async function postChange(url: string, secret: string, change: OutboundChange): Promise<Delivery> {
  const body = JSON.stringify({ id: change.id, topic: change.topic, occurredAt: change.occurredAt, data: change.data });
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { ...(await signedHeaders(body, secret, Date.now())), "Idempotency-Key": change.id },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, retryable: true, error: `no answer from ${new URL(url).host}: ${String(error).slice(0, 120)}` };
  }
  await response.body?.cancel();
  if (response.ok) return { ok: true };
  const retryable = response.status === 408 || response.status === 429 || response.status >= 500;
  return { ok: false, retryable, error: `HTTP ${response.status} from ${new URL(url).host}` };
}

/** A webhook connector of the given kind, posting every change to one URL (or failing for good, saying why there is none). */
export function webhookConnector(
  kind: IntegrationKind,
  name: string,
  target: { url: string } | { missing: string },
  secret: string,
): Connector {
  const send = (change: OutboundChange): Promise<Delivery> =>
    "url" in target ? postChange(target.url, secret, change) : Promise.resolve({ ok: false, retryable: false, error: target.missing });
  const base = { name, toEnvelope: (body: unknown) => body };
  switch (kind) {
    case "order_platform":
      return { ...base, kind, orderStatusChanged: send, customerUpdated: send };
    case "lease_system":
      return { ...base, kind, paymentRecorded: send, promiseCreated: send, promiseResolved: send, customerUpdated: send };
    case "loan_system":
      return {
        ...base,
        kind,
        paymentRecorded: send,
        promiseCreated: send,
        promiseResolved: send,
        customerUpdated: send,
        loanOpened: send,
        loanPaidOut: send,
      };
    case "card_issuer":
    case "messaging":
      return { ...base, kind } as Connector;
  }
}
