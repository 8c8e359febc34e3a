// What callers and articles say in different words, folded to one concept term on both sides of the
// search: "buy it out", "early purchase option" and "EPO" are all `buyout`. Phrases are written as
// folded text (lower case, contractions expanded: "can't" is "can not"); longest phrase wins. A
// concept may stand for several terms ("pay my loan off" keeps `loan`), written space-separated.

import { ACCOUNT_CONCEPTS } from "./account-words";
import { EVERYDAY_CONCEPTS } from "./everyday-words";

/** Every concept: the account's words (account-words.ts) and the everyday ones (everyday-words.ts). */
export const CONCEPTS: Record<string, readonly string[]> = { ...ACCOUNT_CONCEPTS, ...EVERYDAY_CONCEPTS };

/** Every phrase (as folded tokens joined by spaces) and the concept terms it stands for (none: filler). */
export const PHRASES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(CONCEPTS).flatMap(([terms, phrases]) => phrases.map((phrase) => [phrase, terms.split(" ").filter(Boolean)] as const)),
);
/** The longest phrase, in tokens: how far ahead the matcher looks. */
export const LONGEST_PHRASE = Math.max(...[...PHRASES.keys()].map((p) => p.split(" ").length));
/** Concept terms are final: they are not stemmed or spell-corrected. */
export const CONCEPT_TERMS: ReadonlySet<string> = new Set(Object.keys(CONCEPTS).flatMap((terms) => terms.split(" ").filter(Boolean)));

/**
 * Verbs whose particle may come later: "pay my whole loan off" is a payoff, "buy the TV out" a buyout.
 * The verb becomes the concept when its particle follows within three words.
 */
export const SEPARABLE: Record<string, { particle: string; concept: string }> = {
  pay: { particle: "off", concept: "payoff" },
  paying: { particle: "off", concept: "payoff" },
  paid: { particle: "off", concept: "paidinfull" },
  buy: { particle: "out", concept: "buyout" },
  set: { particle: "up", concept: "enroll" },
};
/** Every word a phrase uses: known words, never "corrected" into something else. */
export const PHRASE_WORDS: ReadonlySet<string> = new Set([...PHRASES.keys()].flatMap((phrase) => phrase.split(" ")));
