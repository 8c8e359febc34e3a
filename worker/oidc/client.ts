// The OpenID Connect relying party: configuration, discovery (cached per isolate) and the
// short-lived flow cookie that carries state, nonce and the PKCE verifier to the callback.
import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import * as oauth from "oauth4webapi";
import * as v from "valibot";
import type { AppEnv } from "../env";

export interface OidcConfig {
  issuer: URL;
  client: oauth.Client;
  clientSecret: string;
  scope: string;
  /** Plain-http issuers are accepted on loopback only (tests and local providers). */
  http: { [oauth.allowInsecureRequests]?: boolean };
}

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]", "::1"]);
export const isLoopback = (url: URL) => LOOPBACK.has(url.hostname);

export type ConfigResult = { ok: true; config: OidcConfig } | { ok: false; reason: string };

export function oidcConfig(env: Env): ConfigResult {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return { ok: false, reason: "Single sign-on is not configured" };
  let issuer: URL;
  try {
    issuer = new URL(env.OIDC_ISSUER);
  } catch {
    return { ok: false, reason: "OIDC_ISSUER is not a URL" };
  }
  if (issuer.protocol !== "https:" && !(issuer.protocol === "http:" && isLoopback(issuer)))
    return { ok: false, reason: "OIDC_ISSUER must use https (plain http only on loopback)" };
  return {
    ok: true,
    config: {
      issuer,
      client: { client_id: env.OIDC_CLIENT_ID },
      clientSecret: env.OIDC_CLIENT_SECRET,
      scope: env.OIDC_SCOPES?.trim() || "openid email profile",
      http: issuer.protocol === "http:" ? { [oauth.allowInsecureRequests]: true } : {},
    },
  };
}

const DISCOVERY_TTL_MS = 10 * 60_000;
const discovered = new Map<string, { as: oauth.AuthorizationServer; at: number }>();

export async function discover(config: OidcConfig, now = Date.now()): Promise<oauth.AuthorizationServer> {
  const key = config.issuer.href;
  const hit = discovered.get(key);
  if (hit && now - hit.at < DISCOVERY_TTL_MS) return hit.as;
  const response = await oauth.discoveryRequest(config.issuer, { algorithm: "oidc", ...config.http });
  const as = await oauth.processDiscoveryResponse(config.issuer, response);
  discovered.set(key, { as, at: now });
  return as;
}

export function redirectUri(c: Context<AppEnv>): string {
  return `${new URL(c.req.url).origin}/api/auth/oidc/callback`;
}

// --- the flow cookie ---------------------------------------------------------------------------

export const FLOW_TTL_SECONDS = 600;
const COOKIE_PATH = "/api/auth/oidc";
const FlowSchema = v.object({
  state: v.pipe(v.string(), v.minLength(20)),
  nonce: v.pipe(v.string(), v.minLength(20)),
  verifier: v.pipe(v.string(), v.minLength(43)),
  next: v.string(),
  exp: v.number(),
});
export type Flow = v.InferOutput<typeof FlowSchema>;

const cookieName = (c: Context<AppEnv>) => (new URL(c.req.url).protocol === "https:" ? "__Secure-tandem_oidc" : "tandem_oidc");
const b64url = (bytes: Uint8Array) =>
  btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
const fromB64url = (text: string) => Uint8Array.from(atob(text.replace(/-/g, "+").replace(/_/g, "/")), (ch) => ch.charCodeAt(0));

/** Signed with a key derived from the client secret, so nobody can plant a flow of their own. */
async function macKey(secret: string): Promise<CryptoKey> {
  const material = new TextEncoder().encode(`tandem-oidc-flow:${secret}`);
  return crypto.subtle.importKey("raw", material, { name: "HMAC", hash: "SHA-256" }, false, ["sign", "verify"]);
}

export async function writeFlow(c: Context<AppEnv>, config: OidcConfig, flow: Flow): Promise<void> {
  const payload = new TextEncoder().encode(JSON.stringify(flow));
  const mac = new Uint8Array(await crypto.subtle.sign("HMAC", await macKey(config.clientSecret), payload));
  setCookie(c, cookieName(c), `${b64url(payload)}.${b64url(mac)}`, {
    httpOnly: true,
    secure: new URL(c.req.url).protocol === "https:",
    // Lax: the provider's redirect back is a top-level GET navigation, which carries it.
    sameSite: "Lax",
    path: COOKIE_PATH,
    maxAge: FLOW_TTL_SECONDS,
  });
}

export async function readFlow(c: Context<AppEnv>, config: OidcConfig, now = Date.now()): Promise<Flow | null> {
  const raw = getCookie(c, cookieName(c));
  deleteCookie(c, cookieName(c), { path: COOKIE_PATH, secure: new URL(c.req.url).protocol === "https:" });
  const [payload, mac] = raw?.split(".") ?? [];
  if (!payload || !mac) return null;
  try {
    const bytes = fromB64url(payload);
    if (!(await crypto.subtle.verify("HMAC", await macKey(config.clientSecret), fromB64url(mac), bytes))) return null;
    const parsed = v.safeParse(FlowSchema, JSON.parse(new TextDecoder().decode(bytes)));
    return parsed.success && parsed.output.exp > now ? parsed.output : null;
  } catch {
    return null;
  }
}

/** Only same-site paths: an open redirect after sign-in would hand the session to a phishing page. */
export function safeNext(next: string | undefined): string {
  return next && /^\/(?![/\\])[\w\-./?=&%]{0,200}$/.test(next) ? next : "/";
}
