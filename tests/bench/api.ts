// HTTP under concurrent load with keep-alive connections: GET /api/customers/:id on the real app
// against a bare handler in the same runtime (the baseline Worker's static JSON through Hono).
import { Agent, request } from "node:http";
import type { BenchConfig } from "./config";
import { type Figure, figure, ratioAtLeast } from "./report";
import { type Summary, summarize } from "./stats";

export interface LoadResult {
  rps: number;
  latency: Summary;
  errors: number;
  requests: number;
}

function get(agent: Agent, url: URL, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { agent, headers, method: "GET" }, (response) => {
      response.on("data", () => undefined);
      response.on("end", () => resolve(response.statusCode ?? 0));
      response.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

/** `requests` GETs, `concurrency` in flight; a short warm-up first opens the connections. */
export async function loadTest(
  urlFor: (i: number) => string,
  headers: Record<string, string>,
  requests: number,
  concurrency: number,
): Promise<LoadResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  try {
    await Promise.all(Array.from({ length: concurrency }, (_, i) => get(agent, new URL(urlFor(i)), headers)));
    const latencies: number[] = [];
    let errors = 0;
    let next = 0;
    const started = performance.now();
    const worker = async () => {
      while (next < requests) {
        const url = new URL(urlFor(next++));
        const t0 = performance.now();
        const status = await get(agent, url, headers).catch(() => 0);
        latencies.push(performance.now() - t0);
        if (status !== 200) errors++;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    const seconds = (performance.now() - started) / 1000;
    return { rps: requests / seconds, latency: summarize(latencies), errors, requests };
  } finally {
    agent.destroy();
  }
}

export async function runApiBaseline(baselineURL: string, config: BenchConfig): Promise<LoadResult> {
  const { requests, concurrency } = config.api;
  return loadTest(() => `${baselineURL}/bare`, {}, requests, concurrency);
}

export async function runApi(
  app: { baseURL: string; customerIds: string[] },
  cookie: string,
  config: BenchConfig,
  bare: LoadResult | null,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const { requests, concurrency, ids } = config.api;
  const chosen = app.customerIds.slice(0, ids);
  const headers = { Cookie: cookie };
  // The first visit per rep and account writes the automatic "viewed" note; measure steady reads.
  await loadTest((i) => `${app.baseURL}/api/customers/${chosen[i % chosen.length]}`, headers, chosen.length, 4);
  process.stdout.write(`  GET /api/customers/:id x ${requests}, ${concurrency} concurrent\n`);
  const profile = await loadTest((i) => `${app.baseURL}/api/customers/${chosen[i % chosen.length]}`, headers, requests, concurrency);
  const health = await loadTest(() => `${app.baseURL}/api/health`, {}, requests, concurrency);
  const bareName = "bare Hono handler, static JSON (baseline Worker)";
  const rps = figure({
    family: "api",
    name: `GET /api/customers/:id requests/s (${concurrency} concurrent)`,
    value: profile.rps,
    unit: "req/s",
    baseline: { name: bareName, value: bare?.rps ?? null },
    ...(profile.errors > 0 ? { note: `${profile.errors} non-200 answers` } : {}),
  });
  rps.target = ratioAtLeast(0.85)(rps.ratio ?? null);
  const p99 = figure({
    family: "api",
    name: "GET /api/customers/:id p99",
    value: profile.latency.p99,
    unit: "ms",
    baseline: { name: bareName, value: bare?.latency.p99 ?? null },
  });
  const healthRps = figure({
    family: "api",
    name: "GET /api/health requests/s (one SELECT 1, for context)",
    value: health.rps,
    unit: "req/s",
    baseline: { name: bareName, value: bare?.rps ?? null },
  });
  return { figures: [rps, p99, healthRps], details: { api: { profile, health, bare } } };
}
