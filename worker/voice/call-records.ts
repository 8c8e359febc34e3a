// What a call leaves behind outside the webhook's reply: its record in the customer's activity log
// (through their room, as the system), and a nudge to every team floor of the org so call lists
// show a transferred caller at once. Both are best effort: the call itself goes on either way.
import { systemActor } from "../../core/domain/system-actor";
import type { CALL_OUTCOMES } from "../../core/protocol/voice-commands";
import type { Database } from "../../db/client";
import { teamsOfOrg } from "../../db/repositories/org";
import { customerRoom, floorRoom } from "../rooms";

export const PHONE_ASSISTANT = { key: "voice", name: "Phone assistant" } as const;

export async function logCall(
  env: Env,
  input: {
    orgId: string;
    customerId: string;
    callId: string;
    outcome: (typeof CALL_OUTCOMES)[number];
    origin: { ip: string | null; userAgent: string | null };
  },
): Promise<boolean> {
  try {
    const room = await customerRoom(env, input.customerId);
    const actor = systemActor(input.orgId, PHONE_ASSISTANT.key, PHONE_ASSISTANT.name);
    const result = await room.mutate(actor, { type: "call.logged", callId: input.callId, outcome: input.outcome }, input.origin);
    if (!result.ok) console.error(JSON.stringify({ level: "error", msg: "call not logged", callId: input.callId, error: result.error }));
    return result.ok;
  } catch (error) {
    console.error(JSON.stringify({ level: "error", msg: "call not logged", callId: input.callId, error: String(error) }));
    return false;
  }
}

/** Every team floor of the org hears that the waiting callers changed. */
export async function announceCalls(env: Env, db: Database, orgId: string): Promise<void> {
  const teams = await teamsOfOrg(db, orgId);
  await Promise.all(
    teams.map(async (team) => {
      try {
        await (await floorRoom(env, team.id)).callsChanged();
      } catch (error) {
        console.error(JSON.stringify({ level: "warn", msg: "calls-changed not sent", teamId: team.id, error: String(error) }));
      }
    }),
  );
}
