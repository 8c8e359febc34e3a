// The Loyalty tab's API under load: GET /api/customers/:id/loyalty (tier, history, metrics against
// the org's quintiles) with 16 concurrent requests, beside the profile endpoint in the same run
// and the same way. Only right answers count: a 200 naming the asked-for customer's loyalty number
// with its metrics; the profile must carry the asked-for customer.
import type { BenchConfig } from "./config";
import { type Figure, figure, ratioAtMost, type Verdict, withoutErrors } from "./report";
import { tails } from "./stats";
import { type HttpAnswer, jsonOf, runLoad, statusKind } from "./support/http-load";

/** The seed's loyalty numbers: LY + the last 8 digits of 10,000,000 + the customer's number. */
const loyaltyNumberOf = (id: string) => `LY${String(10_000_000 + Number(id.slice(4))).slice(-8)}`;

function verdict(answer: HttpAnswer, right: (body: Record<string, unknown>) => boolean, what: string): Verdict {
  if (answer.status !== 200) return statusKind(answer);
  const body = jsonOf(answer);
  return body && right(body) ? true : `200 but ${what}`;
}

export async function runLoyaltyApi(
  app: { baseURL: string; customerIds: string[] },
  cookie: string,
  config: BenchConfig,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const { apiRequests: requests, concurrency, ids } = config.loyalty;
  const chosen = app.customerIds.slice(0, ids);
  const headers = { Cookie: cookie };
  const idOf = (i: number) => chosen[i % chosen.length] ?? "";
  const loyalty = (i: number) => ({ url: `${app.baseURL}/api/customers/${idOf(i)}/loyalty`, headers });
  const profile = (i: number) => ({ url: `${app.baseURL}/api/customers/${idOf(i)}`, headers });
  const isLoyaltyOf = (i: number) => (body: Record<string, unknown>) => {
    const member = body.member as { loyaltyNumber?: unknown } | null;
    const metrics = body.metrics as { rfm?: unknown } | undefined;
    return member?.loyaltyNumber === loyaltyNumberOf(idOf(i)) && metrics?.rfm !== undefined;
  };
  const isProfileOf = (i: number) => (body: Record<string, unknown>) => (body.customer as { id?: unknown } | undefined)?.id === idOf(i);
  // First visits write the automatic "viewed" note and the org's quintiles are worked out once an
  // hour: measure steady reads, as a rep clicking between tabs makes them.
  await runLoad({ requests: chosen.length, concurrency: 4, request: profile, check: () => true });
  await runLoad({ requests: chosen.length, concurrency: 4, request: loyalty, check: () => true });
  process.stdout.write(`  GET /api/customers/:id/loyalty and /api/customers/:id x ${requests}, ${concurrency} concurrent\n`);
  const tab = await runLoad({
    requests,
    concurrency,
    request: loyalty,
    warmup: loyalty,
    check: (answer, i) => verdict(answer, isLoyaltyOf(i), "not the customer's loyalty summary"),
  });
  const base = await runLoad({
    requests,
    concurrency,
    request: profile,
    warmup: profile,
    check: (answer, i) => verdict(answer, isProfileOf(i), "another customer's profile"),
  });
  const t = tails(tab.latency, base.latency);
  const p99 = figure({
    family: "loyalty",
    name: `GET /api/customers/:id/loyalty ${t.label} (${concurrency} concurrent)`,
    value: t.value,
    unit: "ms",
    errors: tab.errors,
    baseline: { name: `GET /api/customers/:id (the profile) ${t.label}, same run (errors ${base.errors.count})`, value: t.baseline },
    note: `p50 ${tab.latency.p50.toFixed(1)} ms beside ${base.latency.p50.toFixed(1)} ms`,
  });
  p99.target = withoutErrors(ratioAtMost(2)(p99.ratio ?? null), tab.errors);
  const rps = figure({
    family: "loyalty",
    name: `GET /api/customers/:id/loyalty right answers/s (${concurrency} concurrent)`,
    value: tab.rps,
    unit: "req/s",
    errors: tab.errors,
    baseline: { name: "GET /api/customers/:id right answers/s, same run", value: base.rps },
  });
  return { figures: [p99, rps], details: { loyaltyApi: { loyalty: tab, profile: base } } };
}
