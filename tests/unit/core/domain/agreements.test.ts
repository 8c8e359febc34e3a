import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type AgreementStatus,
  agreementDocument,
  decideSignature,
  documentText,
  normalizeName,
  SIGNING_TTL_MS,
  signingState,
} from "../../../../core/domain/agreements";
import { leaseOffer, loanOffer } from "../../../../core/domain/offers";

const issued = Date.UTC(2026, 10, 20, 15);
const open = { status: "pending" as AgreementStatus, expiresAt: issued + SIGNING_TTL_MS, preparedFor: "Maya Johnson" };
const sign = { typedName: "Maya Johnson", consent: true };

describe("signing links", () => {
  it("is open before its expiry and expired from that moment on", () => {
    fc.assert(
      fc.property(fc.integer({ min: -SIGNING_TTL_MS, max: 2 * SIGNING_TTL_MS }), (offset) => {
        const now = issued + offset;
        expect(signingState(open, now)).toBe(now < open.expiresAt ? "open" : "expired");
        const decision = decideSignature(open, sign, now);
        expect(decision.ok).toBe(now < open.expiresAt);
        if (!decision.ok) expect(decision).toMatchObject({ code: "GONE", message: /expired/ });
      }),
    );
  });

  it("works once: a signed agreement is used at any time, a replaced one is revoked", () => {
    fc.assert(
      fc.property(fc.integer({ min: -SIGNING_TTL_MS, max: 2 * SIGNING_TTL_MS }), (offset) => {
        expect(decideSignature({ ...open, status: "signed" }, sign, issued + offset)).toMatchObject({
          ok: false,
          code: "GONE",
          message: /already been signed/,
        });
        expect(decideSignature({ ...open, status: "revoked" }, sign, issued + offset)).toMatchObject({
          ok: false,
          code: "GONE",
          message: /replaced/,
        });
      }),
    );
  });

  it("needs consent and the client's own name, forgiving case, accents and spacing", () => {
    expect(decideSignature(open, { ...sign, consent: false }, issued)).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(decideSignature(open, { typedName: "Someone Else", consent: true }, issued)).toMatchObject({ ok: false, code: "VALIDATION" });
    expect(decideSignature(open, { typedName: "  maya   JOHNSON ", consent: true }, issued).ok).toBe(true);
    expect(normalizeName("José  Núñez")).toBe(normalizeName("jose nunez"));
  });
});

describe("the agreement document", () => {
  const base = {
    orderNumber: "PS-1",
    preparedFor: "Maya Johnson",
    merchant: "BrightHome",
    items: [{ title: "Sofa", quantity: 1, priceCents: 129_900 }],
    issuedAt: issued,
  };

  it("carries the lease disclosures: not a loan, ownership, early purchase, returns", () => {
    const doc = agreementDocument({ ...base, terms: leaseOffer(129_900) });
    expect(doc.title).toBe("Lease-purchase agreement");
    expect(doc.disclosures.join(" ")).toMatch(/not a loan/);
    expect(doc.disclosures.join(" ")).toMatch(/Early purchase option today: \$1,428\.90/);
    expect(doc.expiresAt).toBe(issued + SIGNING_TTL_MS);
  });

  it("carries the loan disclosures: APR, finance charge, total of payments", () => {
    const doc = agreementDocument({ ...base, terms: loanOffer(129_900, "TX") });
    expect(doc.disclosures.join(" ")).toMatch(/Annual percentage rate 29\.99%/);
    expect(doc.disclosures.join(" ")).toMatch(/Total of payments \$/);
  });

  it("has one exact text, so its hash identifies it", () => {
    const doc = agreementDocument({ ...base, terms: leaseOffer(129_900) });
    expect(documentText(doc)).toBe(documentText(JSON.parse(documentText(doc))));
  });
});
