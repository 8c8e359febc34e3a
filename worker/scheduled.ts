// Work on the Worker's Cron Trigger: checkpoint the audit log of every org whose log moved.
import { createDatabase } from "../db/client";
import { orgsWithUncheckpointedRows } from "../db/repositories/audit-checkpoints";
import { pushDueCallbacks } from "./jobs/callbacks-due";
import { auditAnchor } from "./rooms";

export async function runScheduled(env: Env): Promise<void> {
  await pushDueCallbacks(env, Date.now());
  const orgs = await orgsWithUncheckpointedRows(createDatabase(env));
  await Promise.all(orgs.map((orgId) => auditAnchor(env, orgId).checkpoint(orgId)));
}
