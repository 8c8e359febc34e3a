// The Cron Trigger's jobs, run through the Worker's own `scheduled` handler as Cloudflare runs it:
// ended sessions leave the table and live ones stay, the audit log gets a checkpoint when it moved
// and none when it did not, and running the same cron twice changes nothing the second time.
import { createExecutionContext, createScheduledController, env, waitOnExecutionContext } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { appendAudit, auditSignerFor } from "../../../db/repositories/audit";
import { latestCheckpoint } from "../../../db/repositories/audit-checkpoints";
import { createSession, resolveSession, revokeSession, sessionIdForToken, touchSessions } from "../../../db/repositories/sessions";
import { sessions } from "../../../db/schema";
import worker from "../../../worker/index";
import { seedSmall } from "../support/http";

const db = createDatabase({ DB: env.DB });
const MIN = 60_000;
const HOUR = 60 * MIN;
/** The cron's time in these tests: well after the seed's clock, so nothing else is "now". */
const NOW = Date.UTC(2031, 0, 15, 12, 0, 0);

async function runCron(scheduledTime: number): Promise<void> {
  const controller = createScheduledController({ scheduledTime, cron: "*/5 * * * *" });
  const ctx = createExecutionContext();
  worker.scheduled(controller, env, ctx);
  await waitOnExecutionContext(ctx);
}

const origin = { ip: null, userAgent: null };

/** A session of Ana's, created at `created`, last used at `lastSeen`, revoked at `revoked` (if given). */
async function session(created: number, lastSeen: number, revoked?: number): Promise<string> {
  const { token, id } = await createSession(db, "stf_ana", created, origin);
  if (lastSeen > created) await touchSessions(db, [{ id, at: lastSeen }]);
  if (revoked !== undefined) await revokeSession(db, id, revoked);
  return token;
}

beforeAll(() => seedSmall(5));

describe("the cron deletes ended sessions", () => {
  // By hand, from the rules: a session ends at its absolute expiry (12 h after sign-in), after 60 min
  // without use, or when signed out; its row is deleted once it has been over for an hour.
  const cases = [
    { name: "in use 10 minutes ago", created: NOW - 2 * HOUR, lastSeen: NOW - 10 * MIN, kept: true },
    { name: "idle for 61 minutes (ended 1 minute ago)", created: NOW - 3 * HOUR, lastSeen: NOW - 61 * MIN, kept: true },
    { name: "idle for 3 hours (ended 2 hours ago)", created: NOW - 4 * HOUR, lastSeen: NOW - 3 * HOUR, kept: false },
    { name: "past its 12 hours by 2 hours, though used lately", created: NOW - 14 * HOUR, lastSeen: NOW - 5 * MIN, kept: false },
    { name: "past its 12 hours by 30 minutes", created: NOW - 12.5 * HOUR, lastSeen: NOW - 5 * MIN, kept: true },
    { name: "signed out 2 hours ago", created: NOW - 3 * HOUR, lastSeen: NOW - 5 * MIN, revoked: NOW - 2 * HOUR, kept: false },
    { name: "signed out 5 minutes ago", created: NOW - 3 * HOUR, lastSeen: NOW - 10 * MIN, revoked: NOW - 5 * MIN, kept: true },
  ];
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    for (const c of cases) tokens.set(c.name, await session(c.created, c.lastSeen, c.revoked));
  });

  const present = async () => {
    const rows = await db.select({ id: sessions.id }).from(sessions);
    const ids = new Set(rows.map((r) => r.id));
    const out: Record<string, boolean> = {};
    for (const c of cases) out[c.name] = ids.has(await sessionIdForToken(tokens.get(c.name) ?? ""));
    return out;
  };

  it("keeps live and recently ended sessions, deletes the rest, and a second run deletes nothing more", async () => {
    const expected = Object.fromEntries(cases.map((c) => [c.name, c.kept]));
    await runCron(NOW);
    expect(await present()).toEqual(expected);
    await runCron(NOW);
    expect(await present()).toEqual(expected);
  });

  it("leaves the session in use working", async () => {
    expect(await resolveSession(db, tokens.get(cases[0]?.name ?? "") ?? "", NOW)).toMatchObject({ staff: { id: "stf_ana" } });
  });
});

describe("the cron checkpoints the audit log", () => {
  const entry = (action: string) => ({
    orgId: "org_northwind",
    at: NOW,
    actorId: "stf_ben",
    actorRole: "rep",
    action,
    targetType: "test",
    targetId: null,
    customerId: null,
    outcome: "success" as const,
    ip: null,
    userAgent: null,
  });

  it("writes one checkpoint when the log moved, none when it did not, and a next one after it moves again", async () => {
    const signer = await auditSignerFor(env);
    const [row] = await appendAudit(db, signer, entry("test.first"));
    await runCron(NOW);
    const first = await latestCheckpoint(db, "org_northwind");
    expect(first?.throughSeq).toBeGreaterThan(0);
    expect(JSON.parse(first?.heads ?? "[]")).toContainEqual([row?.stream, row?.streamSeq, row?.hash]);

    await runCron(NOW + 5 * MIN);
    expect(await latestCheckpoint(db, "org_northwind")).toEqual(first);

    await appendAudit(db, signer, entry("test.second"));
    await runCron(NOW + 10 * MIN);
    const second = await latestCheckpoint(db, "org_northwind");
    expect(second?.seq).toBe((first?.seq ?? 0) + 1);
    expect(second?.prevHash).toBe(first?.hash);
  });
});
