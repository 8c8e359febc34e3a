// End-to-end ingest of back-end events: signed POSTs to /api/integrations/:endpointId/events (new
// orders of the order platform, spread over customer rooms a rep has open) -> the inbound queue ->
// the consumer -> each customer's room as the system actor -> D1 -> the `activity` frame on the
// rep's socket. Reports events/s from the first POST to the last frame, and event-to-screen time
// (POST sent -> frame seen), beside a bare queue consumer in the same run (baseline Worker: POST
// -> queue -> consumer -> Durable Object -> socket). An event counts only when its POST was
// answered 202 for its id and its own order number reached the screen; afterwards every counted
// order must be in its customer's orders. The senders are a closed loop (each waits for its answer),
// so a run cannot go faster than senders / POST time: with the quick run's 16 even the bare consumer
// lands near 500/s. `--senders 64` offers more than either pipeline takes, which measures capacity
// (the product's rate stays where CPU holds it; the bare one's rises), at the cost of queueing delay.
import { createHmac } from "node:crypto";
import { Agent, request } from "node:http";
import { DEV_INTEGRATION_SECRET } from "../../core/domain/integrations";
import type { BenchConfig } from "./config";
import { ErrorTally, type Figure, figure, withoutErrors } from "./report";
import { type Summary, summarize, tails } from "./stats";
import { type BenchApp, roomHeaders, roomUrl } from "./support/app";
import { BenchSocket, closeAll, openMany } from "./support/socket";

export interface Pipeline {
  /** Events whose frame reached the screen, per second, first send to last frame. */
  rate: number;
  delivered: number;
  /** Event-to-screen times of the counted events (ms). */
  latency: Summary;
  /** POST round trips of the counted events (ms). */
  post: Summary;
  errors: ReturnType<ErrorTally["of"]>;
}

interface Fired {
  sentAt: number;
  answeredAt: number;
  ok: boolean;
}

function post(agent: Agent, url: string, headers: Record<string, string>, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(new URL(url), { agent, method: "POST", headers: { "Content-Type": "application/json", ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      res.on("error", reject);
    });
    req.setTimeout(30_000, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(body);
  });
}

/** Fires `count` events with `senders` closed-loop clients, then waits for their frames. */
async function drive(options: {
  count: number;
  senders: number;
  send: (i: number, agent: Agent) => Promise<boolean>;
  arrivals: Map<number, number>;
  tally: ErrorTally;
  settleMs: number;
}): Promise<{ fired: Fired[]; firstSend: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: options.senders });
  const fired: Fired[] = new Array(options.count);
  let next = 0;
  const firstSend = performance.now();
  await Promise.all(
    Array.from({ length: options.senders }, async () => {
      while (next < options.count) {
        const i = next++;
        const sentAt = performance.now();
        let ok = false;
        try {
          ok = await options.send(i, agent);
        } catch (error) {
          options.tally.add(error instanceof Error && error.message === "timeout" ? "POST timeout" : "POST network error");
        }
        fired[i] = { sentAt, answeredAt: performance.now(), ok };
      }
    }),
  );
  // Every accepted event's frame, or the wait runs out.
  const deadline = performance.now() + options.settleMs;
  const waiting = () => fired.filter((f, i) => f?.ok && !options.arrivals.has(i)).length;
  while (waiting() > 0 && performance.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  agent.destroy();
  return { fired, firstSend };
}

function pipelineOf(fired: Fired[], arrivals: Map<number, number>, firstSend: number, tally: ErrorTally): Pipeline {
  const latency: number[] = [];
  const posts: number[] = [];
  let last = firstSend;
  for (const [i, f] of fired.entries()) {
    if (!f?.ok) continue;
    const at = arrivals.get(i);
    if (at === undefined) {
      tally.add("no frame on the screen");
      continue;
    }
    latency.push(at - f.sentAt);
    posts.push(f.answeredAt - f.sentAt);
    last = Math.max(last, at);
  }
  return {
    rate: latency.length / Math.max(0.001, (last - firstSend) / 1000),
    delivered: latency.length,
    latency: summarize(latency),
    post: summarize(posts),
    errors: tally.of(fired.length),
  };
}

/** The bare queue consumer of the baseline Worker, driven exactly as the product is. */
export async function runIntegrationsBaseline(baseURL: string, config: BenchConfig): Promise<Pipeline> {
  const { rooms, events, senders } = config.integrations;
  const wsBase = baseURL.replace(/^http/, "ws");
  const arrivals = new Map<number, number>();
  const sockets = await openMany(rooms, (r) => BenchSocket.open(`${wsBase}/ws/bench-queue-${r}`));
  for (const socket of sockets)
    socket.onFrame((frame, at) => {
      const match = /^bq-(\d+)$/.exec(String(frame.id));
      if (match) arrivals.set(Number(match[1]), at);
    });
  const tally = new ErrorTally();
  process.stdout.write(`  bare queue: ${events} messages over ${rooms} rooms, ${senders} senders\n`);
  const { fired, firstSend } = await drive({
    count: events,
    senders,
    arrivals,
    tally,
    settleMs: 60_000,
    send: async (i, agent) => {
      const answer = await post(agent, `${baseURL}/queue/bench-queue-${i % rooms}`, {}, JSON.stringify({ id: `bq-${i}` }));
      if (answer.status !== 202) tally.add(`POST ${answer.status}`);
      return answer.status === 202;
    },
  });
  await closeAll(sockets);
  return pipelineOf(fired, arrivals, firstSend, tally);
}

/** A customer's order numbers, every page of `GET /api/orders?customer=`. */
async function storedNumbers(baseURL: string, cookie: string, customer: string): Promise<Set<string>> {
  const numbers = new Set<string>();
  let cursor: string | null = "";
  while (cursor !== null) {
    const query = new URLSearchParams({ customer, limit: "100", ...(cursor ? { cursor } : {}) });
    const page = (await (await fetch(`${baseURL}/api/orders?${query}`, { headers: { Cookie: cookie } })).json()) as {
      items: { number: string }[];
      nextCursor: string | null;
    };
    for (const item of page.items) numbers.add(item.number);
    cursor = page.nextCursor;
  }
  return numbers;
}

const externalIdOf = (customerId: string) => `FX-${customerId.slice(4).padStart(7, "0")}`;

export async function runIntegrations(
  app: BenchApp,
  cookie: string,
  config: BenchConfig,
  baseline: Pipeline | null,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const { rooms, events, senders } = config.integrations;
  const customers = app.customerIds.slice(0, rooms);
  const run = Date.now().toString(36).toUpperCase();
  const numberOf = (i: number) => `BN${run}-${i}`;
  const arrivals = new Map<number, number>();
  const sockets = await openMany(customers.length, (r) =>
    BenchSocket.open(roomUrl(app, customers[r] ?? ""), roomHeaders(app, cookie), {
      until: (f) => f.type === "room-state",
      timeoutMs: 30_000,
    }),
  );
  const pattern = new RegExp(`New order BN${run}-(\\d+) `);
  for (const socket of sockets)
    socket.onFrame((frame, at) => {
      if (frame.type !== "activity") return;
      const match = pattern.exec(String((frame.item as { summary?: unknown } | undefined)?.summary ?? ""));
      if (match) arrivals.set(Number(match[1]), at);
    });
  const tally = new ErrorTally();
  const url = `${app.baseURL}/api/integrations/ie_northwind_orders/events`;
  process.stdout.write(`  ${events} signed order events over ${customers.length} open rooms, ${senders} senders\n`);
  const { fired, firstSend } = await drive({
    count: events,
    senders,
    arrivals,
    tally,
    settleMs: 120_000,
    send: async (i, agent) => {
      const customer = customers[i % customers.length] ?? "cus_0001";
      const id = `bench-${run}-${i}`;
      const body = JSON.stringify({
        id,
        type: "order.upserted",
        occurredAt: Date.now(),
        entity: { id: `BENCH-${run}-${i}`, version: 1 },
        customer: { externalId: externalIdOf(customer) },
        data: {
          number: numberOf(i),
          channel: "partner_checkout",
          merchant: "Bench Mart",
          status: "submitted",
          financing: "lease",
          totalCents: 49_900,
          items: [{ title: "Bench TV", category: "electronics", priceCents: 49_900, quantity: 1, vendorName: "Bench Mart" }],
        },
      });
      const timestamp = String(Math.floor(Date.now() / 1000));
      const signature = createHmac("sha256", DEV_INTEGRATION_SECRET).update(`${timestamp}.${body}`).digest("hex");
      const answer = await post(agent, url, { "Tandem-Timestamp": timestamp, "Tandem-Signature": `v1=${signature}` }, body);
      const ok = answer.status === 202 && answer.body.includes(`"eventId":"${id}"`);
      if (!ok) tally.add(`POST ${answer.status} ${answer.body.slice(0, 60)}`);
      return ok;
    },
  });
  await closeAll(sockets);
  const product = pipelineOf(fired, arrivals, firstSend, tally);

  // Every order a screen showed must be in its customer's orders (all pages of the order list).
  let missing = 0;
  for (const [r, customer] of customers.entries()) {
    const stored = await storedNumbers(app.baseURL, cookie, customer);
    for (let i = r; i < events; i += customers.length) if (arrivals.has(i) && !stored.has(numberOf(i))) missing++;
  }
  if (missing > 0) tally.add("shown but not stored", missing);
  const errors = tally.of(events);

  const rate = figure({
    family: "integrations",
    name: `end-to-end ingest events/s (signed POST -> queue -> room -> D1 -> screen), ${senders} senders, ${customers.length} rooms`,
    value: product.rate,
    unit: "events/s",
    errors,
    baseline: { name: "bare queue consumer msgs/s (POST -> queue -> DO -> socket)", value: baseline?.rate ?? null },
    note: `${product.delivered} of ${events} events on screen; POST p50 ${product.post.p50.toFixed(1)} ms`,
  });
  rate.target = { text: ">= 500 events/s, 0 errors", met: errors.count === 0 && (product.rate ?? 0) >= 500 };
  const t = tails(product.latency, baseline?.latency);
  const screen = figure({
    family: "integrations",
    name: `event-to-screen ${t.label}`,
    value: t.value,
    unit: "ms",
    errors,
    baseline: { name: `bare queue consumer ${t.label}`, value: t.baseline },
    note: `p50 ${product.latency.p50.toFixed(0)} ms (bare ${baseline?.latency.p50.toFixed(0) ?? "n/a"} ms)`,
  });
  screen.target = withoutErrors({ text: "<= 1000 ms", met: t.label === "p99" && t.value <= 1_000 }, errors);
  return { figures: [rate, screen], details: { integrations: { product, baseline, missing } } };
}
