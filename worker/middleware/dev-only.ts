// Dev sign-in, its staff picker and the dev outbox exist only in local development: AUTH_MODE=dev,
// which only local configuration sets (`npm start`, the tests), AND a request addressed to a
// loopback host. A deployment misconfigured with AUTH_MODE=dev still answers 404 to anyone who
// reaches it by name, so a wrong variable cannot open passwordless sign-in to the internet.
import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import { AppError } from "../../core/protocol/errors";
import type { AppEnv } from "../env";

/** localhost, 127.0.0.0/8 and ::1: names and addresses that never leave the machine. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  if (host === "localhost" || host === "[::1]") return true;
  const octets = host.match(/^127\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/);
  return !!octets && octets.slice(1).every((o) => Number(o) <= 255);
}

export function devModeOn(c: Context<AppEnv>): boolean {
  return c.env.AUTH_MODE === "dev" && isLoopbackHost(new URL(c.req.url).hostname);
}

/** 404 (as if the route did not exist) unless dev mode is on and the request came over loopback. */
export function devOnly(what: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!devModeOn(c)) throw new AppError("NOT_FOUND", `${what} exists only in local development`);
    await next();
  });
}
