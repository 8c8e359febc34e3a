// Closed-loop HTTP load over keep-alive connections: `concurrency` clients each send their next
// request when the last one is answered. Only answers the caller's check accepts count (rate and
// latency); every other answer is an error, by kind ("500 INTERNAL", "timeout", a wrong body).
import { Agent, request } from "node:http";
import { type ErrorCount, ErrorTally, type Verdict } from "../report";
import { type Summary, summarize } from "../stats";

export interface HttpAnswer {
  status: number;
  body: string;
}

export interface HttpRequest {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadSpec {
  requests: number;
  concurrency: number;
  request: (i: number) => HttpRequest;
  check: (answer: HttpAnswer, i: number) => Verdict;
  /** Requests sent first (and checked) to open the connections and warm the path; not counted. */
  warmup?: (i: number) => HttpRequest;
  /** Stop early when this resolves (a flood that runs as long as something else does). */
  until?: Promise<unknown>;
  timeoutMs?: number;
}

export interface LoadResult {
  /** Right answers per second. */
  rps: number;
  ok: number;
  requests: number;
  seconds: number;
  /** Latency of the right answers only. */
  latency: Summary;
  errors: ErrorCount;
  warmupErrors: ErrorCount;
}

function send(agent: Agent, spec: HttpRequest, timeoutMs: number): Promise<HttpAnswer> {
  return new Promise((resolve, reject) => {
    const headers = { ...(spec.body === undefined ? {} : { "Content-Type": "application/json" }), ...spec.headers };
    const req = request(new URL(spec.url), { agent, headers, method: spec.method ?? "GET" }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
      response.on("error", reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end(spec.body);
  });
}

/** "500 INTERNAL" from the API's error contract, or the bare status. */
export function statusKind(answer: HttpAnswer): string {
  try {
    const code = (JSON.parse(answer.body) as { error?: { code?: unknown } }).error?.code;
    if (typeof code === "string") return `${answer.status} ${code}`;
  } catch {
    // not JSON: the status says it
  }
  return String(answer.status);
}

/** Parses a JSON body; null when it is not JSON (a wrong answer, not a crash). */
export function jsonOf(answer: HttpAnswer): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(answer.body);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const { requests, concurrency } = spec;
  const timeoutMs = spec.timeoutMs ?? 30_000;
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  let stop = false;
  void spec.until?.then(() => {
    stop = true;
  });
  const attempt = async (req: HttpRequest, i: number, tally: ErrorTally): Promise<boolean> => {
    try {
      const verdict = spec.check(await send(agent, req, timeoutMs), i);
      if (verdict === true) return true;
      tally.add(verdict);
    } catch (error) {
      tally.add(
        error instanceof Error && error.message === "timeout" ? "timeout" : `network ${(error as { code?: string }).code ?? "error"}`,
      );
    }
    return false;
  };
  try {
    const warm = new ErrorTally();
    const warmup = spec.warmup;
    if (warmup) await Promise.all(Array.from({ length: concurrency }, (_, i) => attempt(warmup(i), i, warm)));
    const tally = new ErrorTally();
    const latencies: number[] = [];
    let next = 0;
    const started = performance.now();
    const client = async () => {
      while (next < requests && !stop) {
        const i = next++;
        const t0 = performance.now();
        if (await attempt(spec.request(i), i, tally)) latencies.push(performance.now() - t0);
      }
    };
    await Promise.all(Array.from({ length: concurrency }, client));
    const seconds = (performance.now() - started) / 1000;
    return {
      rps: latencies.length / seconds,
      ok: latencies.length,
      requests: next,
      seconds,
      latency: summarize(latencies),
      errors: tally.of(next),
      warmupErrors: warm.of(warmup ? concurrency : 0),
    };
  } finally {
    agent.destroy();
  }
}
