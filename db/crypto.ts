// Hashes, keyed hashes, record ids and bearer tokens, for every layer that runs in a Worker, a room or Node.

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, "0")).join("");
const utf8 = (text: string) => new TextEncoder().encode(text);

export async function sha256Hex(text: string): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", utf8(text)));
}

/** HMAC-SHA256 of `text` under `key`, as lowercase hex. */
export type HmacKey = Awaited<ReturnType<typeof importHmacKey>>;

export async function hmacSha256Hex(key: HmacKey, text: string): Promise<string> {
  return hex(await crypto.subtle.sign("HMAC", key, utf8(text)));
}

export function importHmacKey(secret: string) {
  return crypto.subtle.importKey("raw", utf8(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
}

/** HMAC-SHA1 of `text` under `secret`, base64: how voice providers sign their webhooks (an interoperability scheme, not ours). */
export async function hmacSha1Base64(secret: string, text: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", utf8(secret), { name: "HMAC", hash: "SHA-1" }, false, ["sign"]);
  return btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.sign("HMAC", key, utf8(text)))));
}

/** A record id: `<prefix>_` and 20 random hex digits (80 bits). The one id generator of Tandem. */
export function newId(prefix: string): string {
  return `${prefix}_${crypto.randomUUID().replace(/-/g, "").slice(0, 20)}`;
}

/** A bearer token (a session cookie, a signing link): 32 random bytes, base64url, 43 characters (256 bits). */
export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
}

/** Imported webhook keys by secret, per isolate (a few endpoints' secrets): every inbound event is checked with one. */
const webhookKeys = new Map<string, Promise<HmacKey>>();

/** HMAC-SHA256 of a webhook's signed text (core/domain/webhook-signature.ts `signedText`) under the shared secret, as hex. */
export async function webhookHmac(secret: string, text: string): Promise<string> {
  let key = webhookKeys.get(secret);
  if (!key) {
    if (webhookKeys.size >= 64) webhookKeys.clear();
    key = importHmacKey(secret);
    // A failed import is not kept: the next call tries again.
    key.catch(() => webhookKeys.delete(secret));
    webhookKeys.set(secret, key);
  }
  return hmacSha256Hex(await key, text);
}
