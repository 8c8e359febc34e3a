// Endpoint rows, kept per isolate for a few seconds: the inbound route reads one per request, and a
// burst of events from one back end should not cost a read each. Disabling an endpoint takes at
// most this long to hold everywhere.
import type { Database } from "../../db/client";
import { findIntegrationEndpoint, type IntegrationEndpointRow } from "../../db/repositories/integration-endpoints";

const TTL_MS = 10_000;
const cache = new Map<string, { row: IntegrationEndpointRow; until: number }>();

export async function cachedEndpoint(db: Database, id: string, now: number): Promise<IntegrationEndpointRow | null> {
  const hit = cache.get(id);
  if (hit && hit.until > now) return hit.row;
  const row = await findIntegrationEndpoint(db, id);
  if (cache.size > 1000) cache.clear();
  // Only rows: an endpoint created a moment ago must not be "unknown" for the next seconds.
  if (row) cache.set(id, { row, until: now + TTL_MS });
  return row;
}
