// The Worker's side of the rooms: stubs by name, and turning a mutation result into HTTP.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { getServerByName } from "partyserver";
import type { Actor } from "../core/domain/actor";
import type { JsonValue, MutationCommand, MutationResult } from "../core/protocol/commands";
import { AppError, ERROR_STATUS, type ErrorCode } from "../core/protocol/errors";
import { markAudited } from "./audited-errors";
import type { AppEnv, Env } from "./env";
import { requestOrigin } from "./middleware/session";

type Origin = { ip: string | null; userAgent: string | null };

/** The customer room's RPC surface as the Worker uses it (see party/customer-room.ts). */
export interface CustomerRoomRpc {
  mutate(actor: Actor, command: MutationCommand, origin: Origin): Promise<MutationResult>;
  recordView(actor: Actor, origin: Origin): Promise<boolean>;
  endSessions(match: { staffId: string; sessionId?: string }, reason: "signed-out" | "disabled"): Promise<number>;
}

export interface FloorRoomRpc {
  endSessions(match: { staffId: string; sessionId?: string }, reason: "signed-out" | "disabled"): Promise<number>;
}

// workers-types maps RPC results through a recursive type that gives up on JSON-shaped values;
// these interfaces state the same methods plainly.
export async function customerRoom(env: Env, customerId: string): Promise<CustomerRoomRpc> {
  return (await getServerByName(env.CustomerRoom, customerId)) as unknown as CustomerRoomRpc;
}

export async function floorRoom(env: Env, teamId: string): Promise<FloorRoomRpc> {
  return (await getServerByName(env.FloorRoom, teamId)) as unknown as FloorRoomRpc;
}

/** The org's audit anchor: checkpoints, and the latest one kept outside the database. */
export function auditAnchor(env: Env, orgId: string) {
  return env.AuditAnchor.get(env.AuditAnchor.idFromName(orgId));
}

/** Runs a command through the customer's room (the single writer); answers its reply or throws its refusal. */
export async function commandThroughRoom(
  c: Context<AppEnv>,
  customerId: string,
  command: MutationCommand,
): Promise<{ [key: string]: JsonValue }> {
  const room = await customerRoom(c.env, customerId);
  const result = await room.mutate(c.var.actor, command, requestOrigin(c));
  if (!result.ok) {
    const code = (result.error.code in ERROR_STATUS ? result.error.code : "INTERNAL") as ErrorCode;
    // The room audited its refusal already.
    throw markAudited(new AppError(code, result.error.message, result.error.details));
  }
  return result.reply;
}

/** Sends a command through the customer's room and answers the HTTP request with its reply. */
export async function mutateThroughRoom(
  c: Context<AppEnv>,
  customerId: string,
  command: MutationCommand,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  return c.json(await commandThroughRoom(c, customerId, command), status);
}
