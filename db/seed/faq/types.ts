// The shape of a seeded FAQ article: what it answers, for which product, in which words.
import type { ProductScope } from "../../../core/domain/faq/scope";

export interface SeedArticle {
  /** Stable within the org; the evaluation's labels name articles by it. */
  slug: string;
  topic: string;
  scope: ProductScope;
  /** Lease and loan articles that answer the same question share it. */
  pair?: string;
  title: string;
  questions: string[];
  answer: string;
  /** Personal answer for verified callers (core/domain/faq/templates.ts). */
  template?: string;
}

/** Northwind's service line and addresses, as every article quotes them. */
export const SERVICE_PHONE = "1-800-555-0199";
export const SERVICE_HOURS = "Monday to Friday 8 a.m. to 9 p.m. and Saturday 9 a.m. to 5 p.m. Eastern";
export const MAIL_ADDRESS = "Northwind Lease & Loan, PO Box 4410, Columbus, OH 43216";
