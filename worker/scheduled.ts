// Work on the Worker's Cron Trigger (every five minutes, wrangler.toml). Every job is idempotent: a
// run that repeats, overlaps or follows a missed one does no harm, so the cron may fire at will.
// One job failing does not stop the others; the run then fails as a whole, so it shows in the logs.
//
// Adding a job: one entry in SCHEDULED_JOBS, its queries in db/repositories, a workers test that
// runs it twice (tests/workers/scheduled/). What must happen at a time for ONE record belongs on that
// record's Durable Object alarm instead (a lock's expiry, a scheduled release); the cron is for sweeps
// across records, and the safety net for alarms that could not run.
//
// SLA clocks: when a record gets a deadline (a ticket to answer within 4 h, a
// callback to make by 3 pm), its room sets an alarm for it and acts then; a job here reads the lapsed
// clocks not yet acted on from a repository and hands each to its room, which decides (idempotently)
// as its alarm would have (tickets: "ticket-lapses").
import { createDatabase } from "../db/client";
import { orgsWithUncheckpointedRows } from "../db/repositories/audit-checkpoints";
import { deleteEndedMerchantSessions, deleteOldSignInFailures } from "../db/repositories/merchant-users";
import { deleteEndedSessions } from "../db/repositories/sessions";
import { sweepIntegrations } from "./integrations/sweep";
import { pushDueCallbacks } from "./jobs/callbacks-due";
import { armLapsedTickets } from "./jobs/ticket-lapses";
import { auditAnchor } from "./rooms";

export interface ScheduledJob {
  name: string;
  /** `now` is the cron's scheduled time. Answers what it did, for the log. */
  run(env: Env, now: number): Promise<unknown>;
}

export const SCHEDULED_JOBS: ScheduledJob[] = [
  {
    // Checkpoint the audit log of every org whose log moved (each org's AuditAnchor is its one writer).
    name: "audit-checkpoints",
    run: async (env) => {
      const orgs = await orgsWithUncheckpointedRows(createDatabase(env));
      await Promise.all(orgs.map((orgId) => auditAnchor(env, orgId).checkpoint(orgId)));
      return { orgs: orgs.length };
    },
  },
  {
    // Callbacks that fell due are pushed to their rep and team floor, each once (claimed first).
    name: "callbacks-due",
    run: async (env, now) => ({ pushed: await pushDueCallbacks(env, now) }),
  },
  {
    // Sessions that can never be used again (expired, idle, signed out) leave the table.
    name: "ended-sessions",
    run: async (env, now) => ({ deleted: await deleteEndedSessions(createDatabase(env), now) }),
  },
  {
    // The merchant portal's ended sessions and sign-in failures older than the brute-force window.
    name: "portal-sessions",
    run: async (env, now) => {
      const db = createDatabase(env);
      return { sessions: await deleteEndedMerchantSessions(db, now), failures: await deleteOldSignInFailures(db, now) };
    },
  },
  {
    // Tickets whose SLA lapsed while their room held no alarm: each room arms it and escalates (once).
    name: "ticket-lapses",
    run: async (env, now) => ({ armed: await armLapsedTickets(env, now) }),
  },
  {
    // The integration queues' backstop: inbound events and outbox rows no queue message carries.
    name: "integrations",
    run: async (env, now) => sweepIntegrations(env, createDatabase(env), now),
  },
];

export async function runScheduled(env: Env, now: number, jobs: ScheduledJob[] = SCHEDULED_JOBS): Promise<void> {
  const outcomes = await Promise.allSettled(jobs.map((job) => job.run(env, now)));
  const failed: unknown[] = [];
  outcomes.forEach((outcome, i) => {
    const name = jobs[i]?.name;
    if (outcome.status === "fulfilled") console.log(JSON.stringify({ scheduled: name, ...(outcome.value as object) }));
    else {
      console.error(JSON.stringify({ scheduled: name, error: String(outcome.reason) }));
      failed.push(outcome.reason);
    }
  });
  if (failed.length > 0) throw new AggregateError(failed, `${failed.length} scheduled job(s) failed`);
}
