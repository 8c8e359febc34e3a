// How the authorization matrix calls the FAQ and phone-line routes (who may, in route-spec.ts).
// The webhooks are sent unsigned (every caller is refused); a take names no waiting call (404).
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
  "POST /api/voice/:org/incoming": {
    request: (c) => ({
      path: `/api/voice/${c.org === "own" ? "northwind" : "harbor"}/incoming`,
      body: { CallSid: "CA0000000000000000000000000000000m" },
    }),
  },
  "POST /api/voice/:org/gather": { request: () => ({ path: "/api/voice/northwind/gather?step=ask&turn=1", body: { CallSid: "CAm" } }) },
  "POST /api/voice/:org/status": { request: () => ({ path: "/api/voice/northwind/status", body: { CallStatus: "completed" } }) },
  "GET /api/voice/waiting": { request: () => ({ path: "/api/voice/waiting" }) },
  "POST /api/voice/calls/:id/take": { request: () => ({ path: "/api/voice/calls/vcl_nobody/take", body: {} }) },
  "POST /api/faq/articles/:id/withdraw": {
    request: (c) => ({ path: `/api/faq/articles/${article(c, "faq_nw_160")}/withdraw`, body: { note: "Out of date" } }),
  },
};
