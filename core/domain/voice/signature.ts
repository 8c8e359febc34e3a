// What a voice provider signs (the common scheme): the full URL it called, then every POST parameter
// name and value, sorted by name, concatenated without separators. The HMAC-SHA1 of that under the
// account's auth token, base64, arrives in the X-Twilio-Signature header.

export const SIGNATURE_HEADER = "X-Twilio-Signature";

export function signedText(url: string, params: Iterable<readonly [string, string]>): string {
  const sorted = [...params].sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : x > y ? 1 : 0) : a < b ? -1 : 1));
  return url + sorted.map(([name, value]) => name + value).join("");
}

/** Compares two signatures in time that does not depend on where they differ. */
export function sameSignature(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  return diff === 0;
}
