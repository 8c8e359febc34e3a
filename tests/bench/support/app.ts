// The real app for the room, floor and API benchmarks, started the way the e2e global setup does:
// a fresh local D1 state dir (migrated, seeded, plus bench-only staff), `wrangler dev` on a free port.
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { northwindCustomerId } from "../../../db/seed/fixtures";
import { bin, freePort, runCommand, type Started, sleep, startProcess, stopProcess, tempDir, waitForHttp } from "./process";

export interface BenchApp {
  baseURL: string;
  wsBase: string;
  started: Started;
  /** Seeded Northwind customer ids (cus_0001 ...). */
  customerIds: string[];
  /** Bench reps' emails (role rep, team East), created for this run: distinct people for races and presence. */
  benchReps: string[];
  /** Their staff ids, in the same order. */
  benchStaffIds: string[];
  stop: () => Promise<void>;
}

export const BENCH_TEAM = "team_east";
const benchRepEmail = (i: number) => `bench.rep.${String(i).padStart(3, "0")}@tandem.test`;
const benchStaffId = (i: number) => `stf_bench_${String(i).padStart(3, "0")}`;

/** Bench-only staff, written into this run's own D1 state: the seed has five reps, races need 20. */
function benchStaffSql(count: number, now: number): string {
  const rows = Array.from({ length: count }, (_, k) => {
    const i = k + 1;
    return `('${benchStaffId(i)}','org_northwind','${BENCH_TEAM}','${benchRepEmail(i)}','Bench Rep ${i}','rep','active',${now},${now})`;
  });
  return `INSERT INTO staff (id, org_id, team_id, email, name, role, status, created_at, updated_at) VALUES\n${rows.join(",\n")};\n`;
}

/**
 * This moment's code and web app, served as they are: wrangler dev otherwise rebuilds, and drops
 * every socket, whenever someone saves a source file or rebuilds web/dist during the run. The
 * product's wrangler.toml with main pointing at a bundle, assets at a copy, and absolute paths.
 */
async function snapshot(state: string, timings: Record<string, number>): Promise<string> {
  const bundle = join(state, "bundle");
  timings.bundleMs = await runCommand(bin("wrangler"), ["deploy", "--dry-run", "--outdir", bundle], { quiet: true });
  const assets = join(state, "assets");
  cpSync("web/dist", assets, { recursive: true });
  const toml = readFileSync("wrangler.toml", "utf8")
    .replace(/^main\s*=\s*"[^"]*"/m, `main = "${join(bundle, "index.js")}"\nno_bundle = true`)
    .replace(/^directory\s*=\s*"[^"]*"/m, `directory = "${assets}"`)
    .replace(/^migrations_dir\s*=\s*"([^"]*)"/gm, (_, dir: string) => `migrations_dir = "${resolve(dir)}"`);
  const config = join(state, "wrangler.toml");
  writeFileSync(config, toml);
  return config;
}

/** Migrates and seeds the state dir's local D1, then adds the bench reps. */
async function prepareDatabase(state: string, options: { customers: number; benchReps: number; timings: Record<string, number> }) {
  const quiet = { quiet: true };
  const wrangler = bin("wrangler");
  options.timings.migrateMs = await runCommand(wrangler, ["d1", "migrations", "apply", "DB", "--local", "--persist-to", state], quiet);
  const seed = ["db/seed/cli.ts", "--target", "d1", "--customers", String(options.customers), "--persist-to", state];
  options.timings.seedMs = await runCommand(bin("tsx"), seed, quiet);
  const staffFile = join(state, "bench-staff.sql");
  writeFileSync(staffFile, benchStaffSql(options.benchReps, Date.now()));
  const execute = ["d1", "execute", "DB", "--local", "--persist-to", state, "--file", staffFile, "--yes"];
  options.timings.staffMs = await runCommand(wrangler, execute, quiet);
}

export async function startApp(options: {
  customers: number;
  benchReps: number;
  timings: Record<string, number>;
  /** Extra Worker vars (`wrangler dev --var NAME:value`); AUTH_MODE is dev, as `npm start` runs it. */
  vars?: Record<string, string>;
}): Promise<BenchApp> {
  // As the e2e setup does: build the web app when there is none.
  if (!existsSync("web/dist/index.html")) await runCommand("npm", ["run", "build"], { quiet: true });
  const state = tempDir("tandem-bench-app-");
  const [config] = await Promise.all([snapshot(state, options.timings), prepareDatabase(state, options)]);
  const port = await freePort();
  const started = startProcess(
    bin("wrangler"),
    [
      "dev",
      "--config",
      config,
      "--port",
      String(port),
      "--ip",
      "127.0.0.1",
      "--persist-to",
      state,
      "--show-interactive-dev-session=false",
      ...Object.entries({ AUTH_MODE: "dev", ...options.vars }).flatMap(([name, value]) => ["--var", `${name}:${value}`]),
    ],
    { keepLog: 500_000 },
  );
  const baseURL = `http://127.0.0.1:${port}`;
  const up = performance.now();
  try {
    await waitForHttp(`${baseURL}/api/health`, started, 90_000);
  } catch (error) {
    await stopProcess(started.child);
    throw error;
  }
  options.timings.startMs = performance.now() - up;
  return {
    baseURL,
    wsBase: baseURL.replace(/^http/, "ws"),
    started,
    customerIds: Array.from({ length: options.customers }, (_, i) => northwindCustomerId(i + 1)),
    benchReps: Array.from({ length: options.benchReps }, (_, i) => benchRepEmail(i + 1)),
    benchStaffIds: Array.from({ length: options.benchReps }, (_, i) => benchStaffId(i + 1)),
    stop: () => stopProcess(started.child),
  };
}

/** Dev sign-in through the real API; returns the Cookie header value. */
export async function signIn(baseURL: string, email: string): Promise<string> {
  const response = await fetch(`${baseURL}/api/auth/dev/sign-in`, {
    method: "POST",
    headers: { "Content-Type": "application/json", Origin: baseURL },
    body: JSON.stringify({ email }),
  });
  if (!response.ok) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c?.includes("session="));
  if (!cookie) throw new Error(`sign-in of ${email} set no session cookie`);
  return cookie;
}

/** Signs in many people, a few at a time; returns email -> cookie. */
export async function signInAll(baseURL: string, emails: readonly string[]): Promise<Map<string, string>> {
  const cookies = new Map<string, string>();
  let next = 0;
  const worker = async () => {
    while (next < emails.length) {
      const email = emails[next++];
      if (email) cookies.set(email, await signIn(baseURL, email));
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  return cookies;
}

/** Headers a browser would send when opening a room socket. */
export function roomHeaders(app: BenchApp, cookie: string): Record<string, string> {
  return { Cookie: cookie, Origin: app.baseURL };
}

export function roomUrl(app: BenchApp, customerId: string, device = "desktop"): string {
  return `${app.wsBase}/parties/customer-room/${customerId}?device=${device}`;
}

/**
 * Waits until the app is idle again (five health checks in a row under 20 ms, at most 20 s), so
 * one benchmark's aftermath (hundreds of sockets closing, presence and floor writes) does not
 * land in the next one's figures. Returns how long it waited.
 */
export async function waitQuiet(app: BenchApp): Promise<number> {
  const started = performance.now();
  let calm = 0;
  while (calm < 5 && performance.now() - started < 20_000) {
    const t0 = performance.now();
    const ok = await fetch(`${app.baseURL}/api/health`).then(
      (r) => r.ok,
      () => false,
    );
    calm = ok && performance.now() - t0 < 20 ? calm + 1 : 0;
    await sleep(100);
  }
  return performance.now() - started;
}
