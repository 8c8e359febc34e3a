// Signing and checking webhook requests, both ways: Tandem checks what back ends send and signs
// what it sends them (the same headers and rule, core/domain/webhook-signature.ts).
import {
  checkTimestamp,
  parseSignatures,
  SIGNATURE_HEADER,
  signatureHeader,
  signatureMatches,
  signedText,
  TIMESTAMP_HEADER,
} from "../../core/domain/webhook-signature";
import { webhookHmac } from "../../db/crypto";

export type SignatureRefusal = "missing_timestamp" | "stale_timestamp" | "bad_signature";

/** Null when the request is signed with the secret within the replay window; else why not. */
export async function checkSigned(headers: Headers, body: string, secret: string, now: number): Promise<SignatureRefusal | null> {
  const timestamp = headers.get(TIMESTAMP_HEADER);
  const time = checkTimestamp(timestamp, now);
  if (!time.ok) return time.reason === "stale" ? "stale_timestamp" : "missing_timestamp";
  const expected = await webhookHmac(secret, signedText(timestamp ?? "", body));
  return signatureMatches(expected, parseSignatures(headers.get(SIGNATURE_HEADER))) ? null : "bad_signature";
}

/** The headers of a request Tandem signs. */
export async function signedHeaders(body: string, secret: string, now: number): Promise<Record<string, string>> {
  const timestamp = String(Math.floor(now / 1000));
  return {
    "Content-Type": "application/json",
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: signatureHeader([await webhookHmac(secret, signedText(timestamp, body))]),
  };
}
