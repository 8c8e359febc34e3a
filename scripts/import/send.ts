// Sends one import row to Tandem as its back end would (signed, to the endpoint of the system that
// owns the record) and says what became of it. Repeats and older versions are not failures: the
// row was imported before (or the back end has moved on since); a customer not there yet may still
// be on its way (its account is opened through the queue), so that row is tried again later.
import { SIGNATURE_HEADER, signatureHeader, signedText, TIMESTAMP_HEADER } from "../../core/domain/webhook-signature";
import type { InboundEvent } from "../../core/protocol/integration-events";
import { webhookHmac } from "../../db/crypto";

export type Outcome =
  | { kind: "imported" }
  | { kind: "already" }
  | { kind: "newer" }
  | { kind: "later"; reason: string }
  | { kind: "rejected"; reason: string }
  | { kind: "unavailable"; reason: string };

interface Refusal {
  error?: { code?: string; message?: string; details?: { reason?: string; issues?: { path: string; message: string }[] } };
  status?: string;
}

export async function sendRow(tandemUrl: string, endpointId: string, secret: string, event: InboundEvent): Promise<Outcome> {
  const body = JSON.stringify(event);
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = signatureHeader([await webhookHmac(secret, signedText(timestamp, body))]);
  let response: Response;
  try {
    response = await fetch(`${tandemUrl}/api/integrations/${endpointId}/events`, {
      method: "POST",
      headers: { "Content-Type": "application/json", [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signature },
      body,
    });
  } catch (error) {
    return { kind: "unavailable", reason: `Tandem did not answer at ${tandemUrl}: ${String(error)}` };
  }
  const answer = (await response.json().catch(() => ({}))) as Refusal;
  if (response.status === 202) return { kind: "imported" };
  if (response.status === 200 && answer.status === "duplicate") return { kind: "already" };
  const reason = answer.error?.details?.reason;
  if (response.status === 409 && reason === "stale_version") return { kind: "newer" };
  if (response.status === 404 && reason === "unknown_customer") return { kind: "later", reason: "no such customer in Tandem" };
  if (response.status >= 500 || response.status === 429)
    return { kind: "unavailable", reason: `Tandem answered ${response.status}: ${answer.error?.message ?? ""}` };
  if (response.status === 401 || (response.status === 404 && reason === "unknown_endpoint") || reason === "not_configured")
    return {
      kind: "unavailable",
      reason: `Tandem refused the import itself (${response.status} ${reason}): check --url, the endpoint ids and the secret`,
    };
  const issues = answer.error?.details?.issues?.map((i) => `${i.path}: ${i.message}`).join("; ");
  return {
    kind: "rejected",
    reason: issues ? `${answer.error?.message}: ${issues}` : `${response.status} ${answer.error?.message ?? "refused"}`,
  };
}
