// Every seeded FAQ article of the demo org, in one list (slugs are unique; the seed test checks).
import { ACCOUNT_ARTICLES } from "./account-and-identity";
import { DUE_AND_LATE_ARTICLES } from "./due-and-late";
import { HARDSHIP_ARTICLES } from "./hardship";
import { ORDER_AND_APPLY_ARTICLES } from "./orders-and-apply";
import { OWNERSHIP_AND_PAYOFF_ARTICLES } from "./ownership-and-payoff";
import { PAYMENT_ARTICLES } from "./payments";
import { RETURN_AND_CARD_ARTICLES } from "./returns-and-cards";
import { SERVICE_ARTICLES } from "./service-and-protection";
import type { SeedArticle } from "./types";

export type { SeedArticle } from "./types";

export const SEED_ARTICLES: readonly SeedArticle[] = [
  ...PAYMENT_ARTICLES,
  ...DUE_AND_LATE_ARTICLES,
  ...OWNERSHIP_AND_PAYOFF_ARTICLES,
  ...RETURN_AND_CARD_ARTICLES,
  ...ACCOUNT_ARTICLES,
  ...HARDSHIP_ARTICLES,
  ...ORDER_AND_APPLY_ARTICLES,
  ...SERVICE_ARTICLES,
];
