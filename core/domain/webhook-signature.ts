// The inbound webhook signature rule, apart from the HMAC itself: what is signed (timestamp + "." +
// body), how the headers are read, the replay window, and a comparison that takes the same time
// whether the first or the last character differs.

export const TIMESTAMP_HEADER = "Tandem-Timestamp";
export const SIGNATURE_HEADER = "Tandem-Signature";
/** A signed request older (or further in the future) than this is refused: a captured request cannot be replayed later. */
export const REPLAY_WINDOW_SECONDS = 300;

/** The exact text the sender signs: the timestamp header's value, a dot, the raw body. */
export function signedText(timestamp: string, body: string): string {
  return `${timestamp}.${body}`;
}

/** The header a sender sets: `v1=<hex>`; several, comma-separated, while a key is being rotated. */
export function signatureHeader(hexes: readonly string[]): string {
  return hexes.map((hex) => `v1=${hex}`).join(",");
}

/** The v1 signatures a header carries (lowercase hex of 64 digits); anything else is ignored. */
export function parseSignatures(header: string | undefined | null): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part) => part.trim())
    .filter((part) => part.startsWith("v1="))
    .map((part) => part.slice(3).toLowerCase())
    .filter((hex) => /^[0-9a-f]{64}$/.test(hex));
}

export type TimestampCheck = { ok: true; seconds: number } | { ok: false; reason: "missing" | "malformed" | "stale" };

/** Unix seconds, as digits only, within the replay window of now (either side: clocks drift). */
export function checkTimestamp(header: string | undefined | null, nowMs: number, windowSeconds = REPLAY_WINDOW_SECONDS): TimestampCheck {
  if (header === undefined || header === null || header === "") return { ok: false, reason: "missing" };
  if (!/^\d{9,11}$/.test(header)) return { ok: false, reason: "malformed" };
  const seconds = Number(header);
  if (Math.abs(nowMs / 1000 - seconds) > windowSeconds) return { ok: false, reason: "stale" };
  return { ok: true, seconds };
}

/** Equal strings of hex, compared in time that depends on the length only. */
export function sameHex(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return difference === 0;
}

/** Whether any presented signature equals the expected one. */
export function signatureMatches(expectedHex: string, presented: readonly string[]): boolean {
  let match = false;
  for (const hex of presented) if (sameHex(expectedHex, hex)) match = true;
  return match;
}
