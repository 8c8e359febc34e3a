// How a question becomes search terms: folding, contractions, synonyms, stemming, spelling.
import { describe, expect, it } from "vitest";
import { analyze, fold, words } from "../../../../../core/domain/faq/normalize";
import { knownWords } from "../../../../../core/domain/faq/spelling";
import { stem } from "../../../../../core/domain/faq/stem";

describe("folding", () => {
  it("lower-cases, drops accents and punctuation, keeps digits and apostrophes", () => {
    expect(fold("  Café PAYMENT — due 12/06?!  ")).toBe("cafe payment due 12 06");
    expect(fold("I’m late")).toBe("i'm late");
  });

  it("expands contractions, typed with or without the apostrophe", () => {
    expect(words("I can't pay, what's next")).toEqual(["i", "can", "not", "pay", "what", "is", "next"]);
    expect(words("i cant pay and dont know")).toEqual(["i", "can", "not", "pay", "and", "do", "not", "know"]);
    expect(words("the store's card")).toEqual(["the", "store", "is", "card"]);
  });
});

describe("stemming (Porter)", () => {
  // The algorithm's own published examples (Porter 1980).
  it.each([
    ["caresses", "caress"],
    ["ponies", "poni"],
    ["agreed", "agre"],
    ["motoring", "motor"],
    ["hopping", "hop"],
    ["happy", "happi"],
    ["relational", "relat"],
    ["conditional", "condit"],
    ["generalization", "gener"],
    ["adjustment", "adjust"],
    ["adoption", "adopt"],
  ])("%s -> %s", (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});

describe("terms of a question", () => {
  it("drops words that ask nothing and folds phrases to one concept", () => {
    expect(analyze("Hi, um, can I please buy it out early?").terms).toEqual(["buyout", "earli"]);
    expect(analyze("how do I pay off my loan").terms).toEqual(["qhow", "payoff", "loan"]);
  });

  it("reads the same concept however it is said", () => {
    for (const said of ["early purchase option", "EPO", "buyout", "buy it out"]) expect(analyze(said).terms).toEqual(["buyout"]);
    for (const said of ["auto pay", "autopay", "automatic payments", "recurring payment"]) expect(analyze(said).terms).toEqual(["autopay"]);
    for (const said of ["I lost my job", "I got laid off", "I can't afford it"]) expect(analyze(said).terms).toContain("hardship");
  });

  it("joins a verb with its particle a few words later", () => {
    expect(analyze("pay my whole loan off").terms).toEqual(["payoff", "whole", "loan"]);
  });

  it("counts a question word only where a question starts", () => {
    expect(analyze("when is my payment due").terms).toEqual(["qwhen", "pay", "due"]);
    expect(analyze("my card was declined when I paid the bill").terms).not.toContain("qwhen");
  });

  it("reads a typo as the word the articles use: one edit in a short word, two in a long one, never in three letters", () => {
    const known = knownWords([
      ["payment", 40],
      ["address", 5],
      ["verification", 3],
      ["card", 9],
    ]);
    expect(analyze("change my adress", known).corrected).toEqual([{ from: "adress", to: "address" }]);
    expect(analyze("verfication", known).corrected).toEqual([{ from: "verfication", to: "verification" }]);
    expect(analyze("my car", known).corrected).toEqual([]);
    expect(analyze("waht is it", known).corrected).toEqual([{ from: "waht", to: "what" }]);
  });
});
