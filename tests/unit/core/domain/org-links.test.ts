// Filling a back-office link from a customer's ids, by hand-written examples.
import { describe, expect, it } from "vitest";
import { fillLink } from "../../../../core/domain/org-links";

const maya = { customerId: "cus_0001", externalId: "FX-0000001", loyaltyNumber: null };

describe("fillLink", () => {
  it("puts the customer's ids in the template, escaped", () => {
    expect(fillLink("https://leases.example/accounts/{externalId}", maya)).toBe("https://leases.example/accounts/FX-0000001");
    expect(fillLink("https://cards.example/search?ref={customerId}&x=1", maya)).toBe("https://cards.example/search?ref=cus_0001&x=1");
    expect(fillLink("https://a.example/{externalId}", { ...maya, externalId: "A B/C" })).toBe("https://a.example/A%20B%2FC");
  });

  it("leaves a link out when the customer lacks the id it needs, or it names an unknown one", () => {
    expect(fillLink("https://loyalty.example/members/{loyaltyNumber}", maya)).toBeNull();
    expect(fillLink("https://x.example/{ssn}", maya)).toBeNull();
  });

  it("makes only web links", () => {
    expect(fillLink("javascript:alert({customerId})", maya)).toBeNull();
    expect(fillLink("//evil.example/{customerId}", maya)).toBeNull();
  });
});
