// Which articles may answer whom: a customer's product decides, whatever the words; the words decide
// only when the customer holds both, or nobody is known.
import { describe, expect, it } from "vitest";
import { productNamed, productOf, scopesFor, termsForProduct } from "../../../../../core/domain/faq/scope";

describe("the product a question is about", () => {
  it.each([
    // holdings (lease, loan) | product named | product
    [{ lease: false, loan: true }, "lease", "loan"],
    [{ lease: false, loan: true }, null, "loan"],
    [{ lease: true, loan: false }, "loan", "lease"],
    [{ lease: true, loan: true }, "loan", "loan"],
    [{ lease: true, loan: true }, null, null],
    [null, "lease", "lease"],
    [null, null, null],
    [{ lease: false, loan: false }, "loan", "loan"],
  ] as const)("holding %o, asking about %s, is about %s", (holdings, named, product) => {
    expect(productOf(holdings, named)).toBe(product);
  });

  it("names a product only when the question names one of the two", () => {
    expect(productNamed(["pay", "lease"])).toBe("lease");
    expect(productNamed(["lease", "loan"])).toBeNull();
    expect(productNamed(["pay"])).toBeNull();
  });
});

describe("the scope filter", () => {
  it("never lets the other product's articles answer", () => {
    expect(scopesFor("loan").sort()).toEqual(["both", "loan", "neither"]);
    expect(scopesFor("lease").sort()).toEqual(["both", "lease", "neither"]);
    expect(scopesFor(null).sort()).toEqual(["both", "lease", "loan", "neither"]);
  });

  it("reads a lease's payoff as its buyout, and a loan's buyout as its payoff", () => {
    expect(termsForProduct(["qmine", "payoff"], "lease")).toEqual(["qmine", "buyout"]);
    expect(termsForProduct(["buyout"], "loan")).toEqual(["payoff"]);
    expect(termsForProduct(["buyout"], null)).toEqual(["buyout"]);
  });
});
