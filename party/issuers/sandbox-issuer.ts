// The built-in sandbox issuer: Luhn-valid numbers from a test BIN, so the whole flow runs without
// a card network. It keeps no state: the token carries the expiry, and cancellation and use are
// what Tandem recorded (a real issuer reports them by webhook; see README).
import { buildCardNumber } from "../../core/domain/cards";
import type { CardIssuer, CreateCardRequest, IssuedCard, IssuerCardStatus } from "./issuer";

/** A test BIN: numbers from it pass format checks and are routed nowhere. */
export const SANDBOX_BIN = "499999";

function randomDigits(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count));
  // 250 is the largest multiple of 10 below 256: rejecting higher bytes keeps digits uniform.
  let digits = "";
  for (const byte of bytes) if (byte < 250) digits += String(byte % 10);
  return digits.length >= count ? digits.slice(0, count) : digits + randomDigits(count - digits.length);
}

export const sandboxIssuer: CardIssuer = {
  name: "sandbox",
  async create(request: CreateCardRequest): Promise<IssuedCard> {
    const number = buildCardNumber(SANDBOX_BIN, randomDigits(16 - SANDBOX_BIN.length - 1));
    const expires = new Date(request.expiresAt);
    return {
      token: `sbx_${request.expiresAt}_${crypto.randomUUID().replace(/-/g, "")}`,
      number,
      cvc: randomDigits(3),
      last4: number.slice(-4),
      expiryMonth: expires.getUTCMonth() + 1,
      expiryYear: expires.getUTCFullYear(),
    };
  },
  async cancel(): Promise<void> {},
  async status(token: string): Promise<IssuerCardStatus> {
    const expiresAt = Number(token.split("_")[1]);
    return Number.isFinite(expiresAt) && Date.now() >= expiresAt ? "expired" : "issued";
  },
};
