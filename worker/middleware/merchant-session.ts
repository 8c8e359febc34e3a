// The merchant portal's session cookie and the middleware that turns it into the request's merchant
// user. Its cookie is not the staff cookie (middleware/session.ts): a merchant cookie never
// authenticates a staff API or a room, and a staff cookie never authenticates /api/portal/*.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { merchantAuditRole } from "../../core/domain/merchant-user";
import { AppError } from "../../core/protocol/errors";
import { type AuditEntry, appendAudit, auditSignerFor, merchantUserStream } from "../../db/repositories/audit";
import { resolveMerchantSession } from "../../db/repositories/merchant-users";
import type { AppEnv } from "../env";
import { requestOrigin } from "./session";

const SECURE_COOKIE = "__Host-tandem_merchant";
/** Plain-http localhost cannot hold a `__Host-` cookie. */
const LOCAL_COOKIE = "tandem_merchant";

const isHttps = (c: Context<AppEnv>) => new URL(c.req.url).protocol === "https:";

export function setMerchantCookie(c: Context<AppEnv>, token: string, expiresAt: number): void {
  const secure = isHttps(c);
  setCookie(c, secure ? SECURE_COOKIE : LOCAL_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: "Lax",
    path: "/",
    expires: new Date(expiresAt),
  });
}

export function clearMerchantCookie(c: Context<AppEnv>): void {
  if (isHttps(c)) deleteCookie(c, SECURE_COOKIE, { path: "/", secure: true });
  else deleteCookie(c, LOCAL_COOKIE, { path: "/" });
}

export function readMerchantToken(c: Context<AppEnv>): string | undefined {
  return isHttps(c) ? getCookie(c, SECURE_COOKIE) : (getCookie(c, LOCAL_COOKIE) ?? getCookie(c, SECURE_COOKIE));
}

/** 401 unless the merchant cookie names a live session of an active merchant user. */
export const requireMerchantUser = createMiddleware<AppEnv>(async (c, next) => {
  const token = readMerchantToken(c);
  const user = token ? await resolveMerchantSession(c.var.db, token, Date.now()) : null;
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in to the merchant portal to continue");
  c.set("merchantUser", user);
  await next();
});

/** An audit entry for what the signed-in merchant user did (or was refused). */
export function merchantAudit(
  c: Context<AppEnv>,
  what: { action: string; targetType: string; targetId: string | null; outcome?: AuditEntry["outcome"]; details?: Record<string, unknown> },
  at = Date.now(),
): AuditEntry {
  const user = c.var.merchantUser;
  return {
    orgId: user.orgId,
    at,
    actorId: user.id,
    actorRole: merchantAuditRole(user.role),
    action: what.action,
    targetType: what.targetType,
    targetId: what.targetId,
    customerId: null,
    outcome: what.outcome ?? "success",
    ...requestOrigin(c),
    details: { merchantId: user.merchantId, ...(what.details ?? {}) },
  };
}

/** Appends an entry to a merchant user's own audit stream. */
export async function recordMerchantAudit(c: Context<AppEnv>, entry: AuditEntry): Promise<void> {
  await appendAudit(c.var.db, await auditSignerFor(c.env), entry, merchantUserStream(entry.actorId ?? "unknown"));
}
