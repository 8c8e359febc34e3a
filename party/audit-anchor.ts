// One per org: writes the org's audit checkpoints (one writer, so their sequence never forks) and
// keeps the latest one in its own storage, outside the database, where a rewrite of the audit
// tables cannot reach it. Runs on its alarm while the org's log moves, and on the Worker's cron.
import { DurableObject } from "cloudflare:workers";
import { createDatabase } from "../db/client";
import { auditSignerFor } from "../db/repositories/audit";
import type { Anchor } from "../db/repositories/audit-chain";
import { writeCheckpoint } from "../db/repositories/audit-checkpoints";

/** How often a moving org's log is checkpointed. */
export const CHECKPOINT_EVERY_MS = 5 * 60_000;

export class AuditAnchor extends DurableObject<Env> {
  /** Checkpoints the org now (if anything moved) and answers the anchor. */
  async checkpoint(orgId: string): Promise<Anchor | null> {
    await this.ctx.storage.put("orgId", orgId);
    const db = createDatabase(this.env);
    const row = await writeCheckpoint(db, await auditSignerFor(this.env), orgId, Date.now());
    if (!row) return this.anchor();
    const anchor: Anchor = { orgId, seq: row.seq, hash: row.hash };
    const kept = await this.anchor();
    if (!kept || kept.seq < anchor.seq) await this.ctx.storage.put("anchor", anchor);
    return anchor;
  }

  async anchor(): Promise<Anchor | null> {
    return (await this.ctx.storage.get<Anchor>("anchor")) ?? null;
  }

  /** Keeps checkpointing every few minutes from now on (called when people sign in). */
  async keepCheckpointing(orgId: string): Promise<void> {
    await this.ctx.storage.put("orgId", orgId);
    if ((await this.ctx.storage.getAlarm()) === null) await this.ctx.storage.setAlarm(Date.now() + CHECKPOINT_EVERY_MS);
  }

  override async alarm(): Promise<void> {
    const orgId = await this.ctx.storage.get<string>("orgId");
    if (!orgId) return;
    const before = await this.anchor();
    const after = await this.checkpoint(orgId);
    // A quiet org stops its alarm; the next sign-in (or the cron) starts it again.
    if (after && after.seq !== before?.seq) await this.ctx.storage.setAlarm(Date.now() + CHECKPOINT_EVERY_MS);
  }
}
