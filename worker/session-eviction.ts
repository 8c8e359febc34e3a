// Ending a session also ends its live sockets: every customer, merchant and ticket room the person
// is in (from their presence rows), the floor rooms of their org's teams and the org's service desk
// are told to close them now.
import type { Database } from "../db/client";
import { MERCHANT_TABLES } from "../db/repositories/merchant-tables";
import { teamsOfOrg } from "../db/repositories/org";
import { roomsWithStaff } from "../db/repositories/presence";
import { TICKET_TABLES } from "../db/repositories/ticket-tables";
import { customerRoom, deskRoom, floorRoom, merchantRoom, ticketRoom } from "./rooms";

export async function closeLiveSockets(
  env: Env,
  db: Database,
  match: { staffId: string; orgId: string; sessionId?: string },
  reason: "signed-out" | "disabled",
): Promise<number> {
  const [rooms, merchantRooms, ticketRooms, orgTeams] = await Promise.all([
    roomsWithStaff(db, match.staffId),
    MERCHANT_TABLES.roomsWithStaff(db, match.staffId),
    TICKET_TABLES.roomsWithStaff(db, match.staffId),
    teamsOfOrg(db, match.orgId),
  ]);
  const target = { staffId: match.staffId, ...(match.sessionId ? { sessionId: match.sessionId } : {}) };
  const counts = await Promise.all([
    ...rooms.map(async (customerId) => (await customerRoom(env, customerId)).endSessions(target, reason)),
    ...merchantRooms.map(async (merchantId) => (await merchantRoom(env, merchantId)).endSessions(target, reason)),
    ...ticketRooms.map(async (ticketId) => (await ticketRoom(env, ticketId)).endSessions(target, reason)),
    ...orgTeams.map(async (t) => (await floorRoom(env, t.id)).endSessions(target, reason)),
    deskRoom(env, match.orgId).endSessions(target, reason),
  ]);
  return counts.reduce((sum, n) => sum + n, 0);
}
