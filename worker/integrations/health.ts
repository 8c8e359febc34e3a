// The endpoint health page's answer: per endpoint of the caller's org, what came in over the
// window (accepted, applied, waiting, dead, dropped repeats, stale versions, refusals by reason),
// the delivery and error rates and the lag p95 (core/domain/integration-health.ts), what went out,
// the last error; then the outbound rows given up on, for an engineer to retry.
import { healthFigures } from "../../core/domain/integration-health";
import type { EndpointHealth, IntegrationHealth } from "../../core/protocol/integration-answers";
import type { Database } from "../../db/client";
import { integrationEndpointsOf } from "../../db/repositories/integration-endpoints";
import {
  eventOutcomesSince,
  lagPercentile,
  lastEventError,
  lastOutboxError,
  lastRefusal,
  outboxOutcomesSince,
  refusalsSince,
} from "../../db/repositories/integration-health";
import { failedOutboxOf } from "../../db/repositories/integration-outbox";
import { integrationSecret } from "./secrets";

export const HEALTH_WINDOW_HOURS = 24;

function newest(...errors: ({ at: number; message: string } | null)[]): { at: number; message: string } | null {
  return errors.reduce<{ at: number; message: string } | null>((best, e) => (e && (!best || e.at > best.at) ? e : best), null);
}

export async function integrationHealth(db: Database, env: Env, orgId: string, now: number): Promise<IntegrationHealth> {
  const since = now - HEALTH_WINDOW_HOURS * 3_600_000;
  const endpoints = await integrationEndpointsOf(db, orgId);
  const ids = endpoints.map((e) => e.id);
  const [events, refusals, outbound, unknown, failed] = await Promise.all([
    eventOutcomesSince(db, ids, since),
    refusalsSince(db, ids, since),
    outboxOutcomesSince(db, ids, since),
    refusalsSince(db, [""], since),
    failedOutboxOf(db, ids, 50),
  ]);
  const rows: EndpointHealth[] = [];
  for (const endpoint of endpoints) {
    const mine = events.filter((e) => e.endpointId === endpoint.id);
    const sum = (f: (e: (typeof mine)[number]) => boolean) => mine.filter(f).reduce((n, e) => n + e.n, 0);
    const refused = refusals.filter((r) => r.endpointId === endpoint.id);
    const repeats = refused.filter((r) => r.reason === "duplicate").reduce((n, r) => n + Number(r.count), 0);
    const refusedCount = refused.filter((r) => r.reason !== "duplicate").reduce((n, r) => n + Number(r.count), 0);
    const accepted = sum(() => true);
    const applied = sum((e) => e.status === "applied");
    const skipped = sum((e) => e.status === "skipped");
    const dead = sum((e) => e.status === "dead");
    const out = outbound.filter((o) => o.endpointId === endpoint.id);
    const outCount = (status: string) => out.filter((o) => status.split("|").includes(o.status)).reduce((n, o) => n + o.n, 0);
    const [lag, refusal, eventError, outboxError] = await Promise.all([
      lagPercentile(db, endpoint.id, since, 0.95),
      lastRefusal(db, endpoint.id),
      lastEventError(db, endpoint.id),
      lastOutboxError(db, endpoint.id),
    ]);
    rows.push({
      id: endpoint.id,
      name: endpoint.name,
      kind: endpoint.kind,
      connector: endpoint.connector,
      status: endpoint.status,
      secretSet: integrationSecret(env, endpoint.secretRef) !== null,
      inbound: {
        accepted,
        applied,
        waiting: sum((e) => e.status === "queued"),
        dead,
        duplicates: repeats + sum((e) => e.status === "skipped" && e.why === "duplicate"),
        stale: sum((e) => e.status === "skipped" && e.why === "stale"),
        refused: refusedCount,
        refusals: refused.map((r) => ({ reason: r.reason, count: Number(r.count) })).sort((a, b) => b.count - a.count),
        ...healthFigures({ accepted, delivered: applied + skipped, dead, refused: refusedCount }),
        lagP95Ms: lag,
      },
      outbound: { sent: outCount("synced"), waiting: outCount("pending|sending"), failed: outCount("failed") },
      lastError: newest(
        refusal ? { at: refusal.at, message: `${refusal.reason.replace(/_/g, " ")}: ${refusal.message}` } : null,
        eventError?.detail ? { at: eventError.at, message: eventError.detail } : null,
        outboxError?.error ? { at: outboxError.at, message: `outbound: ${outboxError.error}` } : null,
      ),
    });
  }
  const names = new Map(endpoints.map((e) => [e.id, e.name]));
  return {
    windowHours: HEALTH_WINDOW_HOURS,
    endpoints: rows,
    unknownEndpointRequests: unknown.reduce((n, r) => n + Number(r.count), 0),
    failedOutbound: failed.map((row) => ({
      id: row.id,
      endpointId: row.endpointId,
      endpointName: names.get(row.endpointId) ?? row.endpointId,
      topic: row.topic,
      recordType: row.recordType,
      recordId: row.recordId,
      attempts: row.attempts,
      lastError: row.lastError,
      createdAt: row.createdAt,
    })),
  };
}
