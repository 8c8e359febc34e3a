// Work on the Worker's Cron Trigger: checkpoint the audit log of every org whose log moved, and
// the integration queues' backstop (worker/integrations/sweep.ts).
import { createDatabase } from "../db/client";
import { orgsWithUncheckpointedRows } from "../db/repositories/audit-checkpoints";
import { sweepIntegrations } from "./integrations/sweep";
import { auditAnchor } from "./rooms";

export async function runScheduled(env: Env): Promise<void> {
  const db = createDatabase(env);
  const orgs = await orgsWithUncheckpointedRows(db);
  await Promise.all([
    ...orgs.map((orgId) => auditAnchor(env, orgId).checkpoint(orgId)),
    sweepIntegrations(env, db, Date.now()).catch((error: unknown) =>
      console.error(JSON.stringify({ level: "error", msg: "integration sweep failed", error: String(error) })),
    ),
  ]);
}
