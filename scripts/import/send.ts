// Sends import rows to Tandem as their back end would: signed, to the endpoint of the system that
// owns the records, up to 100 in one batch request (`/events/batch`), and says what became of each.
// Repeats and older versions are not failures: the row was imported before (or the back end has
// moved on since); a customer not there yet may still be on its way (its account is opened through
// the queue), so that row is tried again later.
import { SIGNATURE_HEADER, signatureHeader, signedText, TIMESTAMP_HEADER } from "../../core/domain/webhook-signature";
import { ERROR_STATUS } from "../../core/protocol/errors";
import type { BatchEventResult } from "../../core/protocol/integration-answers";
import type { InboundEvent } from "../../core/protocol/integration-events";
import { webhookHmac } from "../../db/crypto";

export type Outcome =
  | { kind: "imported" }
  | { kind: "already" }
  | { kind: "newer" }
  | { kind: "later"; reason: string }
  | { kind: "rejected"; reason: string }
  | { kind: "unavailable"; reason: string };

type Issues = { path: string; message: string }[];
/** An error body's `details`: the refusal's reason, and the envelope's field issues when it had them. */
type Details = { reason?: string; issues?: Issues } | undefined;
interface Refusal {
  message?: string;
  reason?: string;
  issues?: Issues;
}

/** A refusal (of the whole request, or of one event in it) as what it means for the row. */
function refusedOutcome(status: number, error: Refusal | undefined): Outcome {
  const reason = error?.reason;
  if (status === 409 && reason === "stale_version") return { kind: "newer" };
  if (status === 404 && reason === "unknown_customer") return { kind: "later", reason: "no such customer in Tandem" };
  if (status >= 500 || status === 429) return { kind: "unavailable", reason: `Tandem answered ${status}: ${error?.message ?? ""}` };
  if (status === 401 || (status === 404 && reason === "unknown_endpoint") || reason === "not_configured")
    return {
      kind: "unavailable",
      reason: `Tandem refused the import itself (${status} ${reason}): check --url, the endpoint ids and the secret`,
    };
  const issues = error?.issues?.map((i) => `${i.path}: ${i.message}`).join("; ");
  return { kind: "rejected", reason: issues ? `${error?.message}: ${issues}` : `${status} ${error?.message ?? "refused"}` };
}

function eventOutcome(result: BatchEventResult | undefined): Outcome {
  if (!result) return { kind: "unavailable", reason: "Tandem's answer named no outcome for the row" };
  if (result.status === "queued") return { kind: "imported" };
  if (result.status === "duplicate") return { kind: "already" };
  const { code, message, reason, details } = result.error;
  return refusedOutcome(ERROR_STATUS[code], { message, reason, issues: (details as Details)?.issues });
}

/** Sends the events (1 to 100, all for one endpoint) in one signed batch; one outcome each, in order. */
export async function sendRows(tandemUrl: string, endpointId: string, secret: string, events: InboundEvent[]): Promise<Outcome[]> {
  const body = JSON.stringify({ events });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = signatureHeader([await webhookHmac(secret, signedText(timestamp, body))]);
  let response: Response;
  try {
    response = await fetch(`${tandemUrl}/api/integrations/${endpointId}/events/batch`, {
      method: "POST",
      headers: { "Content-Type": "application/json", [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signature },
      body,
    });
  } catch (error) {
    const away: Outcome = { kind: "unavailable", reason: `Tandem did not answer at ${tandemUrl}: ${String(error)}` };
    return events.map(() => away);
  }
  const answer = (await response.json().catch(() => ({}))) as {
    results?: BatchEventResult[];
    error?: { message?: string; details?: Details };
  };
  if (response.status === 200 && Array.isArray(answer.results)) return events.map((_, i) => eventOutcome(answer.results?.[i]));
  // The whole request was refused: the same for every row in it.
  const whole = refusedOutcome(response.status, {
    message: answer.error?.message,
    reason: answer.error?.details?.reason,
    issues: answer.error?.details?.issues,
  });
  return events.map(() => whole);
}
