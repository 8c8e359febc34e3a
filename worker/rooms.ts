// The Worker's side of the rooms: stubs by name, and turning a mutation result into HTTP.
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { Actor } from "../core/domain/actor";
import type { JsonValue, MutationCommand, MutationResult } from "../core/protocol/commands";
import { AppError, ERROR_STATUS, type ErrorCode } from "../core/protocol/errors";
import type { MerchantCommand } from "../core/protocol/merchant-commands";
import type { TicketCommand } from "../core/protocol/ticket-commands";
import { markAudited } from "./audited-errors";
import type { AppEnv } from "./env";
import { requestOrigin } from "./middleware/session";

// Addressed by name directly: the rooms learn their name from `ctx.id.name` and need no start-up,
// so a call is one RPC (partyserver's getServerByName would first send a setName, a second one).
export async function customerRoom(env: Env, customerId: string) {
  return env.CustomerRoom.get(env.CustomerRoom.idFromName(customerId));
}

export async function merchantRoom(env: Env, merchantId: string) {
  return env.MerchantRoom.get(env.MerchantRoom.idFromName(merchantId));
}

export async function ticketRoom(env: Env, ticketId: string) {
  return env.TicketRoom.get(env.TicketRoom.idFromName(ticketId));
}

/** The service desk's room of an org: the queues follow it. */
export function deskRoom(env: Env, orgId: string) {
  return env.DeskRoom.get(env.DeskRoom.idFromName(orgId));
}

export async function floorRoom(env: Env, teamId: string) {
  return env.FloorRoom.get(env.FloorRoom.idFromName(teamId));
}

/** The org's audit anchor: checkpoints, and the latest one kept outside the database. */
export function auditAnchor(env: Env, orgId: string) {
  return env.AuditAnchor.get(env.AuditAnchor.idFromName(orgId));
}

/** A room's answer to a command as HTTP: its reply, or its refusal thrown (already audited by the room). */
function replyOf(result: MutationResult): { [key: string]: JsonValue } {
  if (!result.ok) {
    const code = (result.error.code in ERROR_STATUS ? result.error.code : "INTERNAL") as ErrorCode;
    // The room audited its refusal already.
    throw markAudited(new AppError(code, result.error.message, result.error.details));
  }
  return result.reply;
}

/** Runs a command through the customer's room (the single writer); answers its reply or throws its refusal. */
export async function commandThroughRoom(
  c: Context<AppEnv>,
  customerId: string,
  command: MutationCommand,
): Promise<{ [key: string]: JsonValue }> {
  const room = await customerRoom(c.env, customerId);
  return replyOf(await room.mutate(c.var.actor, command, requestOrigin(c)));
}

/** Sends a command through the merchant's room (its single writer) and answers the HTTP request with its reply. */
export async function mutateThroughMerchantRoom(
  c: Context<AppEnv>,
  merchantId: string,
  command: MerchantCommand,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  const room = await merchantRoom(c.env, merchantId);
  return c.json(replyOf(await room.mutate(c.var.actor, command, requestOrigin(c))), status);
}

/** Runs a command in the merchant's room as `actor` (the system, for what a portal user asks) and answers its reply. */
export async function merchantRoomReply(c: Context<AppEnv>, merchantId: string, actor: Actor, command: MerchantCommand) {
  const room = await merchantRoom(c.env, merchantId);
  return replyOf(await room.mutate(actor, command, requestOrigin(c)));
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

/** Runs a command through the ticket's room (its single writer) as `actor`; answers its reply or throws its refusal. */
export async function commandThroughTicketRoom(
  c: Context<AppEnv>,
  ticketId: string,
  command: TicketCommand,
  actor = c.var.actor,
): Promise<{ [key: string]: JsonValue }> {
  const room = await ticketRoom(c.env, ticketId);
  return replyOf(await room.mutate(actor, command, requestOrigin(c)));
}

/** Sends a command through the ticket's room and answers the HTTP request with its reply. */
export async function mutateThroughTicketRoom(
  c: Context<AppEnv>,
  ticketId: string,
  command: TicketCommand,
  status: ContentfulStatusCode = 200,
): Promise<Response> {
  return c.json(await commandThroughTicketRoom(c, ticketId, command), status);
}
