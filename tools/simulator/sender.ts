// The simulated back ends' webhook sender: signs each event as Tandem expects and posts it to the
// endpoint of the back end that owns it, the way a real one misbehaves when the knobs say so: late
// (latency), twice (duplicates: the same event id again), out of order (held back and sent after
// the next event), and retrying on Tandem's 5xx or no answer, as a real sender must.
import { SIGNATURE_HEADER, signatureHeader, signedText, TIMESTAMP_HEADER } from "../../core/domain/webhook-signature";
import type { InboundEvent } from "../../core/protocol/integration-events";
import { webhookHmac } from "../../db/crypto";
import { type Knobs, roll, sleep } from "./knobs";

export interface SenderStats {
  sent: number;
  accepted: number;
  /** Events sent a second time on purpose (the duplicates knob). */
  duplicatesSent: number;
  /** Tandem's "duplicate" answers: repeats it recognised and dropped. */
  duplicatesAcknowledged: number;
  reordered: number;
  retries: number;
  refused: number;
  lastRefusal: string | null;
}

interface Pending {
  endpointId: string;
  event: InboundEvent;
}

export class Sender {
  readonly stats: SenderStats = {
    sent: 0,
    accepted: 0,
    duplicatesSent: 0,
    duplicatesAcknowledged: 0,
    reordered: 0,
    retries: 0,
    refused: 0,
    lastRefusal: null,
  };
  private held: Pending[] = [];
  private heldTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly tandemUrl: string,
    private readonly secret: string,
    private readonly knobs: () => Knobs,
  ) {}

  /** Sends one event (maybe late, twice, or after the next one). Resolves when Tandem has it. */
  async send(endpointId: string, event: InboundEvent): Promise<void> {
    const knobs = this.knobs();
    if (roll(knobs.reorderRate) && this.held.length === 0) {
      // Held until the next event has gone (or 300 ms have passed): they arrive swapped.
      this.stats.reordered++;
      this.held.push({ endpointId, event });
      this.heldTimer = setTimeout(() => void this.flushHeld(), 300);
      return;
    }
    await this.deliverMaybeTwice(endpointId, event);
    await this.flushHeld();
  }

  private async flushHeld(): Promise<void> {
    if (this.heldTimer) clearTimeout(this.heldTimer);
    this.heldTimer = null;
    const held = this.held.splice(0);
    for (const pending of held) await this.deliverMaybeTwice(pending.endpointId, pending.event);
  }

  private async deliverMaybeTwice(endpointId: string, event: InboundEvent): Promise<void> {
    await this.deliver(endpointId, event);
    if (roll(this.knobs().duplicateRate)) {
      this.stats.duplicatesSent++;
      await this.deliver(endpointId, event);
    }
  }

  private async deliver(endpointId: string, event: InboundEvent): Promise<void> {
    const body = JSON.stringify(event);
    for (let attempt = 1; attempt <= 6; attempt++) {
      const latency = this.knobs().latencyMs;
      if (latency > 0) await sleep(latency * (0.5 + Math.random()));
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = signatureHeader([await webhookHmac(this.secret, signedText(timestamp, body))]);
      this.stats.sent++;
      try {
        const response = await fetch(`${this.tandemUrl}/api/integrations/${endpointId}/events`, {
          method: "POST",
          headers: { "Content-Type": "application/json", [TIMESTAMP_HEADER]: timestamp, [SIGNATURE_HEADER]: signature },
          body,
        });
        const answer = (await response.json().catch(() => ({}))) as { status?: string; error?: { message?: string } };
        if (response.status === 202) this.stats.accepted++;
        if (response.status === 200 && answer.status === "duplicate") this.stats.duplicatesAcknowledged++;
        if (response.status < 500) {
          if (response.status >= 400) {
            this.stats.refused++;
            this.stats.lastRefusal = `${response.status} ${answer.error?.message ?? ""} (${event.type} ${event.id})`;
          }
          return;
        }
      } catch {
        // Tandem is not up (yet): try again.
      }
      this.stats.retries++;
      await sleep(Math.min(8_000, 250 * 2 ** attempt));
    }
  }
}
