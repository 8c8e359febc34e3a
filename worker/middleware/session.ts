// Session cookie handling and the middleware that turns a cookie into the request's actor.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { createMiddleware } from "hono/factory";
import { AppError } from "../../core/protocol/errors";
import { createDatabase } from "../../db/client";
import { resolveSession } from "../../db/repositories/sessions";
import { toActor } from "../../db/repositories/staff";
import type { AppEnv } from "../env";

const SECURE_COOKIE = "__Host-tandem_session";
/** Browsers refuse `__Host-` cookies without Secure, and plain-http localhost cannot be Secure. */
const LOCAL_COOKIE = "tandem_session";

function isHttps(c: Context<AppEnv>): boolean {
  return new URL(c.req.url).protocol === "https:";
}

export function setSessionCookie(c: Context<AppEnv>, token: string, expiresAt: number): void {
  const secure = isHttps(c);
  setCookie(c, secure ? SECURE_COOKIE : LOCAL_COOKIE, token, {
    httpOnly: true,
    secure,
    sameSite: "Lax",
    path: "/",
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  if (isHttps(c)) deleteCookie(c, SECURE_COOKIE, { path: "/", secure: true });
  else deleteCookie(c, LOCAL_COOKIE, { path: "/" });
}

export function readSessionToken(c: Context<AppEnv>): string | undefined {
  return isHttps(c) ? getCookie(c, SECURE_COOKIE) : (getCookie(c, LOCAL_COOKIE) ?? getCookie(c, SECURE_COOKIE));
}

export function requestOrigin(c: Context<AppEnv>): { ip: string | null; userAgent: string | null } {
  return { ip: c.req.header("CF-Connecting-IP") ?? null, userAgent: c.req.header("User-Agent")?.slice(0, 300) ?? null };
}

/** Every request gets the configured database (D1 binding or libSQL). */
export const database = createMiddleware<AppEnv>(async (c, next) => {
  c.set("db", createDatabase(c.env));
  await next();
});

/** 401 unless the cookie names a live session of an active staff member. */
export const requireActor = createMiddleware<AppEnv>(async (c, next) => {
  const token = readSessionToken(c);
  const session = token ? await resolveSession(c.var.db, token, Date.now()) : null;
  if (!session) throw new AppError("UNAUTHENTICATED", "Sign in to continue");
  c.set("actor", toActor(session.staff, session.sessionId));
  await next();
});
