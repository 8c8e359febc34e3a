import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildCardNumber, checkCardRequest, effectiveCardStatus, luhnCheckDigit } from "../../../../core/domain/cards";
import { isLuhnValid } from "../../../../core/domain/pii";
import { redactFreeText } from "../../../../core/domain/redaction";

describe("sandbox card numbers", () => {
  it("are 16 Luhn-valid digits from the BIN, and any single changed digit fails the check", () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^\d{9}$/),
        fc.integer({ min: 0, max: 15 }),
        fc.integer({ min: 1, max: 9 }),
        (body, position, delta) => {
          const number = buildCardNumber("499999", body);
          expect(number).toMatch(/^499999\d{10}$/);
          expect(isLuhnValid(number)).toBe(true);
          const digit = (Number(number[position]) + delta) % 10;
          expect(isLuhnValid(`${number.slice(0, position)}${digit}${number.slice(position + 1)}`)).toBe(false);
        },
      ),
    );
  });

  it("matches a known test number and is redacted to its last 4 in free text", () => {
    expect(luhnCheckDigit("424242424242424")).toBe(2);
    const number = buildCardNumber("499999", "123456789");
    expect(redactFreeText(`card ${number} ok`, Date.UTC(2026, 0, 1))).toBe(`card •••• ${number.slice(-4)} ok`);
  });
});

describe("when a one-time card may be issued", () => {
  const ok = { orderStatus: "funded" as const, orderTotalCents: 100_000, limitCents: 100_000, expiresInDays: 7, activeCards: 0 };

  it("needs a funded order, no other active card, a limit within the total plus 10% and 1-30 days", () => {
    expect(checkCardRequest(ok).ok).toBe(true);
    expect(checkCardRequest({ ...ok, limitCents: 110_000 }).ok).toBe(true);
    expect(checkCardRequest({ ...ok, limitCents: 110_001 })).toMatchObject({ ok: false, message: /\$1,100\.00/ });
    expect(checkCardRequest({ ...ok, orderStatus: "approved" })).toMatchObject({ ok: false, message: /funded/ });
    expect(checkCardRequest({ ...ok, activeCards: 1 })).toMatchObject({ ok: false, message: /already/ });
    expect(checkCardRequest({ ...ok, expiresInDays: 31 }).ok).toBe(false);
  });

  it("reads an issued card past its expiry as expired", () => {
    expect(effectiveCardStatus({ status: "issued", expiresAt: 1_000 }, 999)).toBe("issued");
    expect(effectiveCardStatus({ status: "issued", expiresAt: 1_000 }, 1_000)).toBe("expired");
    expect(effectiveCardStatus({ status: "used", expiresAt: 1_000 }, 5_000)).toBe("used");
  });
});
