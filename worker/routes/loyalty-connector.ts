// The loyalty connector: the loyalty platform reports check-ins, purchases, achievements and promo
// codes typed into the app. No staff session: each request is signed with the org's shared secret
// (HMAC-SHA256 over "<timestamp>.<body>", at most 5 minutes old), then runs through the customer's
// room as the system, like a client's e-signature.
import { Hono } from "hono";
import * as v from "valibot";
import { systemActor } from "../../core/domain/system-actor";
import { AppError, describeIssues, ERROR_STATUS, type ErrorCode } from "../../core/protocol/errors";
import { LoyaltyEventBodySchema } from "../../core/protocol/loyalty-commands";
import { hmacSha256Hex, importHmacKey } from "../../db/crypto";
import { findCustomer } from "../../db/repositories/customers";
import { findOrg } from "../../db/repositories/org";
import type { AppEnv } from "../env";
import { requestOrigin } from "../middleware/session";
import { customerRoom } from "../rooms";

export const SIGNATURE_HEADER = "X-Tandem-Signature";
export const ORG_HEADER = "X-Tandem-Org";
const MAX_AGE_MS = 5 * 60_000;

/** The org's shared secret: LOYALTY_WEBHOOK_SECRETS ("org_id:secret,..."), or in dev mode a published dev secret. */
export function connectorSecret(env: { LOYALTY_WEBHOOK_SECRETS?: string; AUTH_MODE?: string }, orgId: string): string | null {
  for (const pair of (env.LOYALTY_WEBHOOK_SECRETS ?? "").split(",")) {
    const at = pair.indexOf(":");
    if (at > 0 && pair.slice(0, at).trim() === orgId) return pair.slice(at + 1).trim() || null;
  }
  return env.AUTH_MODE === "dev" ? `dev-loyalty-${orgId}` : null;
}

/** "t=<ms>,v1=<hex>" as the platform signs it. */
export async function signLoyaltyEvent(secret: string, timestamp: number, body: string): Promise<string> {
  return `t=${timestamp},v1=${await hmacSha256Hex(await importHmacKey(secret), `${timestamp}.${body}`)}`;
}

function sameText(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

async function verify(secret: string, header: string | undefined, body: string, now: number): Promise<boolean> {
  const parts = Object.fromEntries((header ?? "").split(",").map((p) => p.trim().split("=", 2) as [string, string]));
  const timestamp = Number(parts.t);
  if (!Number.isSafeInteger(timestamp) || Math.abs(now - timestamp) > MAX_AGE_MS || !parts.v1) return false;
  const expected = await signLoyaltyEvent(secret, timestamp, body);
  return sameText(expected, `t=${timestamp},v1=${parts.v1}`);
}

export const loyaltyConnectorRoutes = new Hono<AppEnv>().post("/events", async (c) => {
  const orgId = c.req.header(ORG_HEADER) ?? "";
  const body = await c.req.text();
  const known = /^org_[\w-]{1,64}$/.test(orgId) && (await findOrg(c.var.db, orgId)) !== null;
  const secret = known ? connectorSecret(c.env, orgId) : null;
  // One refusal for "no such org", "no secret" and "wrong signature": nothing to probe.
  if (!secret || !(await verify(secret, c.req.header(SIGNATURE_HEADER), body, Date.now())))
    throw new AppError("UNAUTHENTICATED", "The event's signature is missing, stale or wrong");
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new AppError("VALIDATION", "The event is not JSON");
  }
  const parsed = v.safeParse(LoyaltyEventBodySchema, json);
  if (!parsed.success) throw new AppError("VALIDATION", "Invalid event", describeIssues(parsed.issues));
  const { customerId, eventId, event } = parsed.output;
  if (!(await findCustomer(c.var.db, orgId, customerId))) throw new AppError("NOT_FOUND", "No such customer");
  const room = await customerRoom(c.env, customerId);
  const result = await room.mutate(
    systemActor(orgId, "loyalty", "Loyalty platform"),
    { type: "loyalty.event", eventId, event },
    requestOrigin(c),
  );
  if (!result.ok) {
    const code = (result.error.code in ERROR_STATUS ? result.error.code : "INTERNAL") as ErrorCode;
    throw new AppError(code, result.error.message, result.error.details);
  }
  return c.json(result.reply, 201);
});
