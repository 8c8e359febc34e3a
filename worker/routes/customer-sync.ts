// GET /api/customers/:id/sync: where each of the account's outbound changes stands with each back
// end (syncing, synced, failed), newest first, for the badges on payments, promises, the profile
// and orders. No values of the changes, only which item, which back end and when.
import { Hono } from "hono";
import { syncState } from "../../core/domain/integrations";
import { CustomerParamSchema } from "../../core/protocol/api";
import type { CustomerSync } from "../../core/protocol/sync-answers";
import { outboxOfCustomer } from "../../db/repositories/integration-outbox";
import { readCustomer } from "../customer-access";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";

export const customerSyncRoutes = new Hono<AppEnv>()
  .use(requirePermission("customer.read"))
  .get("/:id/sync", validate("param", CustomerParamSchema), async (c) => {
    const customer = await readCustomer(c, c.req.valid("param").id);
    const rows = await outboxOfCustomer(c.var.db, customer.id);
    const seen = new Set<string>();
    const items: CustomerSync["items"] = [];
    // The newest row per item and back end is its state (a later change supersedes an earlier one).
    for (const row of rows) {
      const key = `${row.recordType}:${row.recordId}:${row.endpointName}`;
      if (seen.has(key)) continue;
      seen.add(key);
      items.push({
        recordType: row.recordType,
        recordId: row.recordId,
        topic: row.topic,
        endpointName: row.endpointName,
        state: syncState(row.status),
        at: row.sentAt ?? row.createdAt,
      });
    }
    return c.json<CustomerSync>({ items });
  });
