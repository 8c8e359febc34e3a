// HTTP under concurrent load with keep-alive connections: GET /api/customers/:id on the real app
// against a bare handler in the same runtime (the baseline Worker's static JSON through Hono).
// Only right answers count: 200 with the asked-for customer (the bare handler: its static body).
import type { BenchConfig } from "./config";
import { type Figure, figure, ratioAtLeast, type Verdict, withoutErrors } from "./report";
import { tails } from "./stats";
import { type HttpAnswer, jsonOf, type LoadResult, runLoad, statusKind } from "./support/http-load";

export type { LoadResult } from "./support/http-load";

/** 200 and a JSON body that `right` accepts; otherwise what was wrong. */
function expect200(answer: HttpAnswer, right: (body: Record<string, unknown>) => boolean, what: string): Verdict {
  if (answer.status !== 200) return statusKind(answer);
  const body = jsonOf(answer);
  return body && right(body) ? true : `200 but ${what}`;
}

export async function runApiBaseline(baselineURL: string, config: BenchConfig): Promise<LoadResult> {
  const { requests, concurrency } = config.api;
  const request = () => ({ url: `${baselineURL}/bare` });
  return runLoad({
    requests,
    concurrency,
    request,
    warmup: request,
    check: (answer) => expect200(answer, (body) => body.id === "cus_0001", "not the static customer"),
  });
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
  const idOf = (i: number) => chosen[i % chosen.length] ?? "";
  const profileRequest = (i: number) => ({ url: `${app.baseURL}/api/customers/${idOf(i)}`, headers });
  const isProfileOf = (i: number) => (body: Record<string, unknown>) => (body.customer as { id?: unknown } | undefined)?.id === idOf(i);
  // The first visit per rep and account writes the automatic "viewed" note; measure steady reads.
  await runLoad({ requests: chosen.length, concurrency: 4, request: profileRequest, check: () => true });
  process.stdout.write(`  GET /api/customers/:id x ${requests}, ${concurrency} concurrent\n`);
  const profile = await runLoad({
    requests,
    concurrency,
    request: profileRequest,
    warmup: profileRequest,
    check: (answer, i) => expect200(answer, isProfileOf(i), "another customer's profile"),
  });
  const healthRequest = () => ({ url: `${app.baseURL}/api/health` });
  const health = await runLoad({
    requests,
    concurrency,
    request: healthRequest,
    warmup: healthRequest,
    check: (answer) => expect200(answer, (body) => body.ok === true, "not ok"),
  });
  const bareName = "bare Hono handler, static JSON (baseline Worker)";
  const rps = figure({
    family: "api",
    name: `GET /api/customers/:id right answers/s (${concurrency} concurrent)`,
    value: profile.rps,
    unit: "req/s",
    errors: profile.errors,
    baseline: { name: bareName, value: bare?.rps ?? null },
  });
  rps.target = withoutErrors(ratioAtLeast(0.85)(rps.ratio ?? null), profile.errors);
  const tail = tails(profile.latency, bare?.latency);
  const p99 = figure({
    family: "api",
    name: `GET /api/customers/:id ${tail.label}`,
    value: tail.value,
    unit: "ms",
    errors: profile.errors,
    baseline: { name: `${bareName} ${tail.label}`, value: tail.baseline },
    note: `p50 ${profile.latency.p50.toFixed(1)} ms`,
  });
  const healthRps = figure({
    family: "api",
    name: "GET /api/health right answers/s (one SELECT 1, for context)",
    value: health.rps,
    unit: "req/s",
    errors: health.errors,
    baseline: { name: bareName, value: bare?.rps ?? null },
  });
  const bareFigure = figure({
    family: "baseline",
    name: `bare Hono handler requests/s (${concurrency} concurrent)`,
    value: bare?.rps ?? null,
    unit: "req/s",
    ...(bare ? { errors: bare.errors } : {}),
  });
  return { figures: [bareFigure, rps, p99, healthRps], details: { api: { profile, health, bare } } };
}
