// How the authorization matrix calls the FAQ and phone-line routes (who may, in route-spec.ts).
// Articles are named by the seed: Northwind's are faq_nw_001 ..., Harbor's faq_hb_001 ...; the seed's
// one new draft (faq_nw_draft_1, written by a team lead) is what compliance approves.
import type { RouteCall, RouteCase } from "./route-calls";

const article = (c: RouteCase, own = "faq_nw_001") => (c.org === "own" ? own : "faq_hb_001");
const version = { title: "Matrix version", questions: ["Is this a matrix question?"], answer: "It is.", changeNote: "Matrix" };

export const FAQ_ROUTE_CALLS: Record<string, RouteCall> = {
  "GET /api/faq/answers": {
    request: (c) => ({ path: `/api/faq/answers?${new URLSearchParams({ q: "when is my payment due", customerId: c.ids.customer })}` }),
  },
  "GET /api/faq/articles": { request: () => ({ path: "/api/faq/articles?filter=live" }) },
  "GET /api/faq/articles/:id": { request: (c) => ({ path: `/api/faq/articles/${article(c)}` }) },
  "POST /api/faq/articles": {
    request: (c) => ({
      path: "/api/faq/articles",
      body: { ...version, slug: `matrix-${c.unique}`, topic: "payments", scope: "both" },
    }),
  },
  "POST /api/faq/articles/:id/versions": { request: (c) => ({ path: `/api/faq/articles/${article(c)}/versions`, body: version }) },
  "POST /api/faq/articles/:id/versions/:version/approve": {
    request: (c) => ({ path: `/api/faq/articles/${article(c, "faq_nw_draft_1")}/versions/1/approve`, body: { note: "Reviewed" } }),
  },
  "POST /api/faq/articles/:id/withdraw": {
    request: (c) => ({ path: `/api/faq/articles/${article(c, "faq_nw_160")}/withdraw`, body: { note: "Out of date" } }),
  },
};
