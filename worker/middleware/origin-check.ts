// CSRF defence for every state-changing request, JSON included: a browser's Origin must be ours.
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { AppError } from "../../core/protocol/errors";
import type { AppEnv } from "../env";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isAllowedOrigin(c: Context<AppEnv>, origin: string): boolean {
  if (origin === new URL(c.req.url).origin) return true;
  const extra = (c.env.ALLOWED_ORIGINS ?? "")
    .split(",")
    .map((o) => o.trim())
    .filter(Boolean);
  return extra.includes(origin);
}

/**
 * Browsers send Origin on every cross-site POST and on WebSocket handshakes; a request
 * without it and without Sec-Fetch-Site comes from a non-browser client, which holds no
 * ambient cookies to abuse.
 */
export function originRefusal(c: Context<AppEnv>): AppError | null {
  const origin = c.req.header("Origin");
  if (origin !== undefined) {
    return isAllowedOrigin(c, origin) ? null : new AppError("ORIGIN_REFUSED", "Requests from this origin are not allowed");
  }
  const site = c.req.header("Sec-Fetch-Site");
  if (site !== undefined && site !== "same-origin" && site !== "none") {
    return new AppError("ORIGIN_REFUSED", "Cross-site requests are not allowed");
  }
  return null;
}

export const originCheck = createMiddleware<AppEnv>(async (c, next) => {
  if (!SAFE_METHODS.has(c.req.method)) {
    const refusal = originRefusal(c);
    if (refusal) throw refusal;
  }
  await next();
});
