// The simulator's HTTP face. Its own API (what the back ends' staff and the tests do), the
// endpoints that take Tandem's outbound changes (signed; deduped by Idempotency-Key; 503 when the
// failure knob says so), the export the bootstrap import reads, knobs and stats.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import * as v from "valibot";
import {
  checkTimestamp,
  parseSignatures,
  SIGNATURE_HEADER,
  signatureMatches,
  signedText,
  TIMESTAMP_HEADER,
} from "../../core/domain/webhook-signature";
import { webhookHmac } from "../../db/crypto";
import type { BackOffice } from "./back-office";
import { exportRows } from "./events";
import { type Knobs, KnobsSchema, roll, sleep } from "./knobs";
import type { Sender } from "./sender";

export interface ReceiverStats {
  /** Deliveries of Tandem's changes, first ones and repeats. */
  received: number;
  /** Changes taken (once per idempotency key). */
  applied: number;
  /** Repeats recognised by their key and not applied again. */
  deduped: number;
  /** Deliveries answered 503 on purpose (the failure knob). */
  failedOnPurpose: number;
  badSignatures: number;
}

interface Context {
  office: BackOffice;
  sender: Sender;
  knobs: Knobs;
  secret: string;
}

async function body(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

function json(response: ServerResponse, status: number, value: unknown): void {
  response.writeHead(status, { "Content-Type": "application/json" });
  response.end(JSON.stringify(value));
}

export function startServer(ctx: Context, port: number): Promise<{ server: Server; receiver: ReceiverStats }> {
  const receiver: ReceiverStats = { received: 0, applied: 0, deduped: 0, failedOnPurpose: 0, badSignatures: 0 };
  const taken = new Set<string>();

  async function takeChange(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const text = await body(request);
    receiver.received++;
    const timestamp = String(request.headers[TIMESTAMP_HEADER.toLowerCase()] ?? "");
    const expected = await webhookHmac(ctx.secret, signedText(timestamp, text));
    const signatures = parseSignatures(String(request.headers[SIGNATURE_HEADER.toLowerCase()] ?? ""));
    if (!checkTimestamp(timestamp, Date.now()).ok || !signatureMatches(expected, signatures)) {
      receiver.badSignatures++;
      return json(response, 401, { error: "bad signature" });
    }
    if (ctx.knobs.latencyMs > 0) await sleep(ctx.knobs.latencyMs);
    if (roll(ctx.knobs.failureRate)) {
      receiver.failedOnPurpose++;
      return json(response, 503, { error: "the back end is having a moment" });
    }
    const key = String(request.headers["idempotency-key"] ?? "");
    if (taken.has(key)) {
      receiver.deduped++;
      return json(response, 200, { ok: true, duplicate: true });
    }
    taken.add(key);
    receiver.applied++;
    const change = JSON.parse(text) as { topic: string; data: Record<string, unknown> };
    json(response, 200, { ok: true });
    // After answering: the back end's own follow-up events (a loan's new standing) come separately.
    void ctx.office.takeTandemChange(change.topic, change.data);
  }

  async function route(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? "/", "http://simulator");
    const path = url.pathname;
    const method = request.method ?? "GET";
    if (method === "GET" && path === "/health") return json(response, 200, { ok: true, service: "tandem-simulator" });
    if (method === "GET" && path === "/knobs") return json(response, 200, ctx.knobs);
    if (method === "POST" && path === "/knobs") {
      const parsed = v.safeParse(v.partial(KnobsSchema), JSON.parse((await body(request)) || "{}"));
      if (!parsed.success) return json(response, 400, { error: parsed.issues.map((i) => i.message) });
      Object.assign(ctx.knobs, parsed.output);
      return json(response, 200, ctx.knobs);
    }
    if (method === "GET" && path === "/stats") return json(response, 200, { sender: ctx.sender.stats, receiver });
    if (method === "POST" && /^\/(order-platform|lease-system|loan-system)\/tandem$/.test(path)) return takeChange(request, response);
    if (method === "GET" && path === "/export") {
      const rows = exportRows(ctx.office.world);
      const from = Number(url.searchParams.get("cursor") ?? "0");
      const limit = Math.min(1000, Number(url.searchParams.get("limit") ?? "500"));
      const next = from + limit < rows.length ? from + limit : null;
      return json(response, 200, { rows: rows.slice(from, from + limit), next, total: rows.length });
    }
    if (method === "POST" && path === "/orders") {
      const input = JSON.parse((await body(request)) || "{}") as { customer?: string; good?: number };
      const order = await ctx.office.createOrder(input.customer ?? "FX-0000001", input.good);
      return json(response, 201, order);
    }
    const advance = path.match(/^\/orders\/([\w-]+)\/advance$/);
    if (method === "POST" && advance?.[1]) {
      const order = await ctx.office.advanceOrder(advance[1]);
      return order ? json(response, 200, order) : json(response, 404, { error: "no such open order" });
    }
    if (method === "POST" && path === "/payments") {
      const input = JSON.parse((await body(request)) || "{}") as { product?: "lease" | "loan"; productId?: string; amountCents?: number };
      const posted = input.productId ? await ctx.office.postPayment(input.product ?? "loan", input.productId, input.amountCents) : null;
      return posted ? json(response, 201, posted) : json(response, 404, { error: "no such active lease or loan" });
    }
    return json(response, 404, { error: `no route for ${method} ${path}` });
  }

  const server = createServer((request, response) => {
    route(request, response).catch((error: unknown) => json(response, 500, { error: String(error) }));
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve({ server, receiver })));
}
