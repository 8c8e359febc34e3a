// Ending a session also ends its live sockets: every customer room the person is in (from
// room_presence) and the floor rooms of their org's teams are told to close them now.
import type { Database } from "../db/client";
import { teamsOfOrg } from "../db/repositories/org";
import { roomsWithStaff } from "../db/repositories/presence";
import { customerRoom, floorRoom } from "./rooms";

export async function closeLiveSockets(
  env: Env,
  db: Database,
  match: { staffId: string; orgId: string; sessionId?: string },
  reason: "signed-out" | "disabled",
): Promise<number> {
  const [rooms, orgTeams] = await Promise.all([roomsWithStaff(db, match.staffId), teamsOfOrg(db, match.orgId)]);
  const target = { staffId: match.staffId, ...(match.sessionId ? { sessionId: match.sessionId } : {}) };
  const counts = await Promise.all([
    ...rooms.map(async (customerId) => (await customerRoom(env, customerId)).endSessions(target, reason)),
    ...orgTeams.map(async (t) => (await floorRoom(env, t.id)).endSessions(target, reason)),
  ]);
  return counts.reduce((sum, n) => sum + n, 0);
}
