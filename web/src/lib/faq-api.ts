// The FAQ's calls: ask it (for the customer on the line), and read and work on the knowledge base.
import type { FaqVersionBody } from "../../../core/protocol/faq";
import { FaqAnswersSchema, FaqArticleListSchema, FaqArticleSavedSchema, FaqArticleSchema } from "../../../core/protocol/faq-answers";
import { api } from "./api";

const enc = encodeURIComponent;

export interface NewArticle extends FaqVersionBody {
  slug: string;
  topic: string;
  scope: "lease" | "loan" | "both" | "neither";
  pairKey: string | null;
}

export const faqApi = {
  ask: (q: string, customerId: string | null, signal?: AbortSignal) =>
    api.get(`/api/faq/answers?q=${enc(q)}${customerId ? `&customerId=${enc(customerId)}` : ""}`, FaqAnswersSchema, signal),
  list: (filter: string, q: string, offset: number) =>
    api.get(`/api/faq/articles?filter=${enc(filter)}&q=${enc(q)}&offset=${offset}`, FaqArticleListSchema),
  article: (id: string) => api.get(`/api/faq/articles/${enc(id)}`, FaqArticleSchema),
  create: (body: NewArticle) => api.post("/api/faq/articles", body, FaqArticleSavedSchema),
  newVersion: (id: string, body: FaqVersionBody) => api.post(`/api/faq/articles/${enc(id)}/versions`, body, FaqArticleSavedSchema),
  approve: (id: string, version: number, note: string) =>
    api.post(`/api/faq/articles/${enc(id)}/versions/${version}/approve`, { note }, FaqArticleSavedSchema),
  withdraw: (id: string, note: string) => api.post(`/api/faq/articles/${enc(id)}/withdraw`, { note }, FaqArticleSavedSchema),
};
