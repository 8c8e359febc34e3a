// What capture costs a rep: the bytes it adds to the profile route (its lazy chunk, plus the glue every
// profile loads: the serving frames and the place marks), and long tasks while it works, on a phone-
// speed CPU (4x throttled): the same gestures by a measured rep and by a lead the monitor does not
// measure (capture never loads for them), on the same account, in the same run.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import type { Page } from "playwright-core";
import { launchBrowser, signedInContext } from "../e2e/support/browser";
import { atMost, type Figure, figure } from "./report";
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
    await gestures(page, rounds);
    await page.waitForTimeout(500);
    const tasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    const captureLoaded = await page.evaluate(() =>
      performance.getEntriesByType("resource").some((e) => /\/capture-[^/]+\.js$/.test(e.name)),
    );
    await context.close();
    return { tasks, captureLoaded };
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
  const tasks = figure({
    family: "monitor",
    name: `long tasks while capture works (${rounds} rounds of tab, dialog, hide/show, scrolls; phone, CPU 4x slower)`,
    value: rep.tasks.length,
    unit: "tasks",
    errors: { count: rep.captureLoaded ? 0 : 1, of: 1, ...(rep.captureLoaded ? {} : { kinds: { "capture did not load": 1 } }) },
    baseline: { name: "same gestures, not measured (a lead; capture never loads)", value: lead.tasks.length, unit: "tasks" },
    note: `longest ${Math.max(0, ...rep.tasks).toFixed(0)} ms measured vs ${Math.max(0, ...lead.tasks).toFixed(0)} ms not measured`,
  });
  tasks.target = atMost(0, "tasks")(tasks.value);
  figures.push(tasks);
  details.monitorLongTasks = { measured: rep, notMeasured: lead };
  return { figures, details };
}
