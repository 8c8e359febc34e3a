// Cron Trigger job: callbacks that fell due since the last run, pushed to the floor of the
// assignee's team (their call list and the lead's dashboard) and of the customer's team. Idempotent:
// each callback is claimed once (callbacks.notified_at), so a rerun or an overlapping run pushes
// nothing twice; a reschedule clears the claim, so the new time is announced again.
import type { DueCallback } from "../../core/protocol/floor";
import { createDatabase } from "../../db/client";
import { CLAIM_LIMIT, claimDueCallbacks } from "../../db/repositories/callbacks";
import { floorRoom } from "../rooms";

/** At most this many claims per run; the rest wait for the next run (every few minutes). */
const MAX_ROUNDS = 20;

/** Pushes the callbacks that fell due by `now`; answers how many it pushed. */
export async function pushDueCallbacks(env: Env, now: number): Promise<number> {
  const db = createDatabase(env);
  let pushed = 0;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let claimed: Awaited<ReturnType<typeof claimDueCallbacks>>;
    try {
      claimed = await claimDueCallbacks(db, now);
    } catch (error) {
      // The database is away: nothing was claimed, so the next run pushes these. Other jobs go on.
      console.error(JSON.stringify({ level: "error", msg: "callbacks-due claim failed", error: String(error) }));
      break;
    }
    const byTeam = new Map<string, DueCallback[]>();
    for (const row of claimed) {
      const item: DueCallback = {
        id: row.id,
        customerId: row.customerId,
        customerName: row.customerName,
        assignedTo: row.assignedTo,
        assigneeName: row.assigneeName,
        dueAt: row.dueAt,
      };
      for (const team of new Set([row.assigneeTeamId, row.customerTeamId])) {
        if (team) byTeam.set(team, [...(byTeam.get(team) ?? []), item]);
      }
    }
    await Promise.all(
      [...byTeam].map(async ([teamId, items]) => {
        try {
          await (await floorRoom(env, teamId)).callbacksDue(items);
        } catch (error) {
          // Claimed but not heard: the call list still shows it as due; nothing else is lost.
          console.error(JSON.stringify({ level: "warn", msg: "callbacks-due push failed", teamId, error: String(error) }));
        }
      }),
    );
    pushed += claimed.length;
    if (claimed.length < CLAIM_LIMIT) break;
  }
  return pushed;
}
