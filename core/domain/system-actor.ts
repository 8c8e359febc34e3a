// The system as an actor: what a client does from a public link (signing an agreement) runs
// through the customer's room like any change, attributed to the system, never to a staff member.
import type { Actor } from "./actor";
import { can, type Permission } from "./permissions";

const SYSTEM_ID_PREFIX = "sys_";
const SYSTEM_SESSION = "system";

/**
 * Staff ids come from the staff table (`stf_...`) and sessions from the session table, so no
 * request can present this pair. The role is the least privileged one: the system actor can do
 * nothing a handler did not reserve for it.
 */
export function systemActor(orgId: string, key: string, name: string): Actor {
  return {
    id: `${SYSTEM_ID_PREFIX}${key}`,
    orgId,
    teamId: null,
    regionId: null,
    role: "engineering",
    name,
    email: "",
    sessionId: SYSTEM_SESSION,
  };
}

export function isSystemActor(actor: Pick<Actor, "id" | "sessionId">): boolean {
  return actor.id.startsWith(SYSTEM_ID_PREFIX) && actor.sessionId === SYSTEM_SESSION;
}

/** A command reserved for the system runs only as the system; staff commands never do. */
export function mayRun(actor: Actor, permission: Permission | "system"): boolean {
  if (permission === "system") return isSystemActor(actor);
  return !isSystemActor(actor) && can(actor.role, permission);
}
