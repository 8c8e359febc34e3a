// Ending a session also ends its live sockets: every customer room the person is in (from
// room_presence) and the floor rooms of their org's teams are told to close them now.
import { eq } from "drizzle-orm";
import type { Database } from "../db/client";
import { roomPresence, teams } from "../db/schema";
import { customerRoom, floorRoom } from "./rooms";

export async function closeLiveSockets(
  env: Env,
  db: Database,
  match: { staffId: string; orgId: string; sessionId?: string },
  reason: "signed-out" | "disabled",
): Promise<number> {
  const [rooms, orgTeams] = await Promise.all([
    db.selectDistinct({ customerId: roomPresence.customerId }).from(roomPresence).where(eq(roomPresence.staffId, match.staffId)),
    db.select({ id: teams.id }).from(teams).where(eq(teams.orgId, match.orgId)),
  ]);
  const target = { staffId: match.staffId, ...(match.sessionId ? { sessionId: match.sessionId } : {}) };
  const counts = await Promise.all([
    ...rooms.map(async (r) => (await customerRoom(env, r.customerId)).endSessions(target, reason)),
    ...orgTeams.map(async (t) => (await floorRoom(env, t.id)).endSessions(target, reason)),
  ]);
  return counts.reduce((sum, n) => sum + n, 0);
}
