// What capture costs a rep: the bytes it adds to the profile route (its lazy chunk, plus the glue every
// profile loads: the serving frames and the place marks), and whether it makes a long task, on a
// phone-speed CPU (4x throttled): a CPU profile of real gestures by a measured rep gives capture's
// longest unbroken run on the main thread (a long task of its own needs 50 ms), beside the same
// gestures by a lead the monitor does not measure (capture never loads for them), in the same run.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { launchBrowser, signedInContext } from "../e2e/support/browser";
import { atMost, type Figure, figure, withoutErrors } from "./report";
import type { BenchApp } from "./support/app";
import { routeSizes } from "./web";

const ASSETS = "web/dist/assets";
const gz = (text: string | Uint8Array) => gzipSync(text, { level: 9 }).length;

export async function captureBytes() {
  const chunks = readdirSync(ASSETS).filter((f) => /^capture-.*\.js$/.test(f));
  const chunk = chunks.reduce((sum, f) => sum + gz(readFileSync(join(ASSETS, f))), 0);
  const glue = await build({
    stdin: { contents: 'export * from "./serving";\nexport * from "./step-marker";\n', resolveDir: "web/src/lib", loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    write: false,
    external: ["solid-js", "./capture"],
    logLevel: "silent",
  });
  const glueBytes = gz(glue.outputFiles[0]?.contents ?? new Uint8Array());
  const profile = routeSizes().routes.find((r) => r.name.startsWith("profile"))?.gzipBytes ?? null;
  return { chunks, chunk, glue: glueBytes, total: chunk + glueBytes, profile };
}

/**
 * Run in the page as text: tsx wraps named functions with a helper the page does not have. Hides and
 * shows the tab, scrolls, leaves and comes back to the window.
 */
const PAGE_GESTURES = `(() => {
  for (const value of [true, false]) {
    Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (value ? "hidden" : "visible") });
    document.dispatchEvent(new Event("visibilitychange"));
  }
  for (let k = 0; k < 20; k++) window.dispatchEvent(new Event("scroll"));
  window.dispatchEvent(new Event("blur"));
  window.dispatchEvent(new Event("focus"));
})()`;

const WATCH_LONG_TASKS = `(() => {
  window.longTasks = [];
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) window.longTasks.push(entry.duration); }).observe({ type: "longtask" });
})()`;

/** The gestures: tab changes, the note dialog, the tab hidden and back, taps and scrolls. */
async function gestures(page: Page, rounds: number): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await page
      .getByRole("tab", { name: i % 2 ? "Overview" : "Orders" })
      .first()
      .click();
    await page.getByRole("button", { name: "Add note" }).first().click();
    await page.getByRole("dialog").getByRole("button", { name: "Keep draft" }).click();
    await page.evaluate(PAGE_GESTURES);
    await page.mouse.click(5, 300);
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * From a CPU profile: the longest unbroken stretch the main thread spent with capture code on the
 * stack (a long task of its own needs 50 ms of it), and the total.
 */
function captureStretches(profile: CpuProfile): { longestMs: number; totalMs: number } {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const inCapture = new Map<number, boolean>();
  const captures = (id: number): boolean => {
    const known = inCapture.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const value = !!node && (/\/capture-[^/]+\.js/.test(node.callFrame.url) || (up !== undefined && captures(up)));
    inCapture.set(id, value);
    return value;
  };
  let longest = 0;
  let total = 0;
  let run = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (captures(id)) {
      run += ms;
      total += ms;
      longest = Math.max(longest, run);
    } else run = 0;
  });
  return { longestMs: longest, totalMs: total };
}

async function longTasks(app: BenchApp, email: string, rounds: number) {
  const browser = await launchBrowser();
  try {
    const context = await signedInContext(browser, app.baseURL, email, "phone");
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto("/customers/cus_0001");
    await page.locator(".conn-open").waitFor({ timeout: 30_000 });
    const measured = email.startsWith("rep.");
    if (measured) await page.locator("[data-measured]").waitFor({ timeout: 15_000 });
    await page.waitForLoadState("networkidle");
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await page.evaluate(WATCH_LONG_TASKS);
    await cdp.send("Profiler.enable");
    await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
    await cdp.send("Profiler.start");
    await gestures(page, rounds);
    await page.waitForTimeout(500);
    const { profile } = (await cdp.send("Profiler.stop")) as unknown as { profile: CpuProfile };
    const capture = captureStretches(profile);
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const captureLoaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").some((e) => /\/capture-[^/]+\.js$/.test(e.name)),
    );
    await context.close();
    return { tasks, captureLoaded, capture };
  } finally {
    await browser.close();
  }
}

export async function runMonitorWeb(
  app: BenchApp | null,
  quick: boolean,
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const bytes = await captureBytes();
  const kb = (b: number | null) => (b === null ? null : b / 1024);
  const size = figure({
    family: "monitor",
    name: "capture script added to the profile route (lazy chunk + glue), gzip",
    value: kb(bytes.total),
    unit: "KB",
    baseline: { name: "profile route JS, gzip", value: kb(bytes.profile), unit: "KB" },
    note: `chunk ${(bytes.chunk / 1024).toFixed(2)} KB (${bytes.chunks.join(", ") || "none found"}), glue ${(bytes.glue / 1024).toFixed(2)} KB minified alone`,
  });
  size.target = atMost(3, "KB")(size.value);
  const figures = [size];
  const details: Record<string, unknown> = { monitorBytes: bytes };
  if (!app) return { figures, details };
  const rounds = quick ? 6 : 20;
  const rep = await longTasks(app, "rep.ana@tandem.test", rounds);
  const lead = await longTasks(app, "lead.east@tandem.test", rounds);
  // A long task is 50 ms of one task; capture's own share of any task is at most its longest unbroken run.
  const stretch = figure({
    family: "monitor",
    name: `capture code's longest unbroken run on the main thread (${rounds} rounds of tab, dialog, hide/show, scrolls; phone, CPU 4x slower)`,
    value: rep.capture.longestMs,
    unit: "ms",
    errors: { count: rep.captureLoaded ? 0 : 1, of: 1, ...(rep.captureLoaded ? {} : { kinds: { "capture did not load": 1 } }) },
    baseline: {
      name: "longest long task of the same gestures, not measured (a lead; capture never loads)",
      value: Math.max(0, ...lead.tasks),
      unit: "ms",
    },
    note: `capture ran ${rep.capture.totalMs.toFixed(1)} ms in all; long tasks on the page: ${rep.tasks.length} measured, ${lead.tasks.length} not measured`,
  });
  stretch.target = withoutErrors(atMost(50, "ms")(stretch.value), stretch.errors);
  figures.push(stretch);
  details.monitorLongTasks = { measured: rep, notMeasured: lead };
  return { figures, details };
}
