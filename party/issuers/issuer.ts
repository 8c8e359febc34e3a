// The one-time virtual card issuer, as Tandem needs it. A real issuer (Marqeta, Stripe Issuing,
// Lithic, a bank's API) plugs in by implementing this interface; see README "Virtual card issuers".

export interface CreateCardRequest {
  /** Most the card may ever be charged, in integer cents. */
  limitCents: number;
  currency: "USD";
  /** The only merchant the card works at (the issuer enforces this at authorisation). */
  merchant: { name: string };
  /** Epoch ms after which the issuer declines every authorisation. */
  expiresAt: number;
  /** Our reference (the order) and a key that makes a retried create return the same card. */
  reference: string;
  idempotencyKey: string;
}

/**
 * The created card. `number` and `cvc` exist only in memory: Tandem returns them once to the rep
 * who asked (the command's reply) and stores `token` and `last4` only.
 */
export interface IssuedCard {
  token: string;
  number: string;
  cvc: string;
  last4: string;
  expiryMonth: number;
  expiryYear: number;
}

export type IssuerCardStatus = "issued" | "used" | "expired" | "cancelled";

export interface CardIssuer {
  readonly name: string;
  create(request: CreateCardRequest): Promise<IssuedCard>;
  /** Closes the card; idempotent (cancelling a cancelled card succeeds). */
  cancel(token: string): Promise<void>;
  /** The issuer's view of the card, for reconciliation. */
  status(token: string): Promise<IssuerCardStatus>;
}

export class IssuerError extends Error {
  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "IssuerError";
  }
}
