// Cron Trigger job: the safety net of the tickets' SLA alarms. A ticket escalates on its own room's
// alarm at its due time (party/ticket-room.ts); a ticket whose room never ran since its clock was
// set (seeded, imported, or its alarm lost) is found here and handed to its room, which arms the
// alarm from the database and escalates it exactly as the alarm would have. Idempotent: an escalated
// ticket is no longer listed, and a room asked twice arms one alarm.
import { createDatabase } from "../../db/client";
import { ticketsAwaitingEscalation } from "../../db/repositories/tickets";
import { ticketRoom } from "../rooms";

/** Rooms asked per run; the rest wait for the next run (every five minutes). */
const PER_RUN = 200;

/** Arms the rooms of tickets whose clock lapsed by `now`; answers how many it asked. */
export async function armLapsedTickets(env: Env, now: number): Promise<number> {
  const lapsed = await ticketsAwaitingEscalation(createDatabase(env), now, PER_RUN);
  await Promise.all(lapsed.map(async ({ id }) => (await ticketRoom(env, id)).armEscalation()));
  return lapsed.length;
}
