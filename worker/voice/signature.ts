// Checks a voice webhook's provider signature: HMAC-SHA1 under the account's auth token over the URL
// and the sorted POST parameters (core/domain/voice/signature.ts), base64, compared in constant time.
import type { Context } from "hono";
import { SIGNATURE_HEADER, sameSignature, signedText } from "../../core/domain/voice/signature";
import { hmacSha1Base64 } from "../../db/crypto";
import type { AppEnv } from "../env";

/** Used only in dev mode when no VOICE_AUTH_TOKEN is set: published, so never a production secret. */
export const DEV_VOICE_TOKEN = "tandem-dev-voice-token (not secret: local demo and tests only)";

export function voiceToken(env: { VOICE_AUTH_TOKEN?: string; AUTH_MODE?: string }): string | null {
  return env.VOICE_AUTH_TOKEN || (env.AUTH_MODE === "dev" ? DEV_VOICE_TOKEN : null);
}

/** The URL the provider called, as it signs it (behind a proxy, VOICE_PUBLIC_URL names the public origin). */
export function signedUrl(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  const base = c.env.VOICE_PUBLIC_URL?.replace(/\/$/, "");
  return base ? `${base}${url.pathname}${url.search}` : url.toString();
}

export type SignatureCheck = { ok: true; signature: string } | { ok: false; reason: "unsigned" | "bad-signature" | "not-configured" };

export async function checkSignature(c: Context<AppEnv>, params: [string, string][]): Promise<SignatureCheck> {
  const token = voiceToken(c.env);
  if (!token) return { ok: false, reason: "not-configured" };
  const presented = c.req.header(SIGNATURE_HEADER);
  if (!presented) return { ok: false, reason: "unsigned" };
  const expected = await hmacSha1Base64(token, signedText(signedUrl(c), params));
  return sameSignature(expected, presented) ? { ok: true, signature: presented } : { ok: false, reason: "bad-signature" };
}
