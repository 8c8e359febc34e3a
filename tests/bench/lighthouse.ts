// Lighthouse (mobile defaults: simulated 150 ms RTT and 4x CPU slowdown) against a running server,
// in headless Chromium found the way the e2e tests find it, signed in through a Cookie header.
import { join } from "node:path";
import lighthouse from "lighthouse";
import { resolveChromium } from "../e2e/support/browser";
import { freePort, startProcess, stopProcess, tempDir, waitForHttp } from "./support/process";

export interface PageMetrics {
  url: string;
  runs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** Per-run values, for the JSON: what was measured and where the page ended up. */
  all: {
    lcpMs: number;
    tbtMs: number;
    cls: number;
    finalUrl: string;
    lcpElement: string | null;
    shiftedElements: string[];
    longTasks: string[];
  }[];
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};

export interface Chrome {
  port: number;
  stop: () => Promise<void>;
}

/** Starts Chromium with a DevTools port for Lighthouse (its own process group, cleaned up on exit). */
export async function startChrome(): Promise<Chrome> {
  const { executablePath, args } = await resolveChromium();
  const port = await freePort();
  const profile = tempDir("tandem-bench-chrome-");
  const started = startProcess(executablePath, [
    ...new Set(args),
    "--headless=new",
    `--remote-debugging-port=${port}`,
    "--remote-debugging-address=127.0.0.1",
    `--user-data-dir=${join(profile, "profile")}`,
    "about:blank",
  ]);
  try {
    await waitForHttp(`http://127.0.0.1:${port}/json/version`, started, 30_000);
  } catch (error) {
    await stopProcess(started.child);
    throw error;
  }
  return { port, stop: () => stopProcess(started.child) };
}

/** Median LCP, TBT and CLS of `runs` Lighthouse runs of one page. */
export async function measurePage(chrome: Chrome, url: string, runs: number, cookie?: string): Promise<PageMetrics> {
  const all: PageMetrics["all"] = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: "json",
      logLevel: "error",
      onlyCategories: ["performance"],
      ...(cookie ? { extraHeaders: { Cookie: cookie } } : {}),
    });
    const audits = result?.lhr.audits;
    const runtimeError = result?.lhr.runtimeError;
    if (!audits || runtimeError) throw new Error(`Lighthouse failed on ${url}: ${runtimeError?.message ?? "no result"}`);
    const finalUrl = result.lhr.finalDisplayedUrl;
    // A missing or refused cookie sends the app to its sign-in screen: that page is not the one asked for.
    if (new URL(finalUrl).pathname !== new URL(url).pathname) throw new Error(`Lighthouse on ${url} ended on ${finalUrl}`);
    const element = audits["largest-contentful-paint-element"]?.details;
    const snippets = (details: unknown) =>
      [...JSON.stringify(details ?? null).matchAll(/"snippet":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1] ?? "");
    all.push({
      finalUrl,
      lcpElement: snippets(element)[0] ?? null,
      // Which elements moved, so a CLS regression names its cause in the JSON.
      shiftedElements: snippets(audits["layout-shifts"]?.details),
      // What blocked the main thread, so a TBT figure names its cause in the JSON.
      longTasks: ((audits["long-tasks"]?.details as { items?: { url?: string; duration?: number }[] } | undefined)?.items ?? []).map(
        (task) => `${Math.round(task.duration ?? 0)} ms ${task.url ?? "?"}`,
      ),
      lcpMs: audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      tbtMs: audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      cls: audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
    });
  }
  return {
    url,
    runs,
    lcpMs: median(all.map((r) => r.lcpMs)),
    tbtMs: median(all.map((r) => r.tbtMs)),
    cls: median(all.map((r) => r.cls)),
    all,
  };
}
