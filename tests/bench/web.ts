// The web app: gzip JavaScript per route, parsed from web/dist (no manifest needed: the entry
// script in index.html, then each chunk's static and dynamic imports), and Lighthouse mobile on
// the profile and dashboard routes, beside the same pipeline on a static page.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { gzipSync } from "node:zlib";
import type { BenchConfig } from "./config";
import type { BaselineWorker } from "./do-baseline";
import { measurePage, type PageMetrics, startChrome } from "./lighthouse";
import { atMost, type BenchRun, type Figure, figure } from "./report";
import type { BenchApp } from "./support/app";

const DIST = "web/dist";
/** Routes of web/src/app.tsx and the lazy module each loads (first match wins). */
const ROUTES = [
  { name: "search", modules: ["search"], limitKb: 60 },
  { name: "profile (/customers/:id)", modules: ["customer"], limitKb: 60 },
  { name: "dashboard (/)", modules: ["dashboard", "home"], limitKb: 130 },
] as const;

interface Chunk {
  file: string;
  gzip: number;
  staticImports: string[];
  dynamicImports: string[];
}

function readChunks(): Map<string, Chunk> {
  const chunks = new Map<string, Chunk>();
  for (const file of readdirSync(join(DIST, "assets")).filter((f) => f.endsWith(".js"))) {
    const code = readFileSync(join(DIST, "assets", file), "utf8");
    // Minified ES modules: `import{a as b}from"./x.js"`, `import"./x.js"`, and import(`./x.js`).
    const found = (pattern: RegExp) => [...code.matchAll(pattern)].map((m) => m[1] ?? "");
    const staticImports = found(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g);
    const dynamicImports = found(/\bimport\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g);
    chunks.set(file, { file, gzip: gzipSync(code, { level: 9 }).length, staticImports, dynamicImports });
  }
  return chunks;
}

/** Files loaded with `roots`: their static imports, and with `lazy` their dynamic ones too, minus `exclude`. */
function closure(chunks: Map<string, Chunk>, roots: string[], lazy: boolean, exclude: Set<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const file = queue.pop() ?? "";
    const chunk = chunks.get(file);
    if (!chunk || seen.has(file) || exclude.has(file)) continue;
    seen.add(file);
    queue.push(...chunk.staticImports, ...(lazy ? chunk.dynamicImports : []));
  }
  return seen;
}

export function routeSizes() {
  const html = readFileSync(join(DIST, "index.html"), "utf8");
  const entry = /<script[^>]*type="module"[^>]*src="\/assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error("web/dist/index.html has no module entry script");
  const chunks = readChunks();
  const sum = (files: Set<string>) => [...files].reduce((total, f) => total + (chunks.get(f)?.gzip ?? 0), 0);
  const shell = closure(chunks, [entry], false, new Set());
  // The shell's lazy imports are the router's screens: a route pays for its own, not the others.
  const screens = new Set([...shell].flatMap((f) => chunks.get(f)?.dynamicImports ?? []));
  const routeChunk = (modules: readonly string[]) =>
    modules.map((m) => [...screens].find((f) => basename(f).startsWith(`${m}-`))).find((f) => f !== undefined);
  const routes = ROUTES.map((route) => {
    const own = routeChunk(route.modules);
    const exclude = new Set([...shell, ...[...screens].filter((f) => f !== own)]);
    // The route's chunk, what it imports, and what it loads lazily itself (chart.js on the dashboard).
    const files = own ? new Set([...shell, ...closure(chunks, [own], true, exclude)]) : null;
    return { ...route, chunk: own ?? null, files: files ? [...files].sort() : [], gzipBytes: files ? sum(files) : null };
  });
  return { entry, shellBytes: sum(shell), shellFiles: [...shell].sort(), routes };
}

export async function lighthouseBaseline(worker: BaselineWorker, config: BenchConfig): Promise<PageMetrics | null> {
  const chrome = await startChrome();
  try {
    return await measurePage(chrome, `${worker.baseURL}/page`, config.lighthouseRuns);
  } finally {
    await chrome.stop();
  }
}

export async function runWeb(
  config: BenchConfig,
  input: { app: BenchApp | null; cookies: Map<string, string>; pageBaseline: PageMetrics | null; skipped: BenchRun["skipped"] },
): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const sizes = routeSizes();
  const kb = (bytes: number | null) => (bytes === null ? null : bytes / 1024);
  const figures: Figure[] = sizes.routes.map((route) => {
    const f = figure({
      family: "web",
      name: `gzip JS, ${route.name}: entry + route chunk + its imports`,
      value: kb(route.gzipBytes),
      unit: "KB",
      baseline: { name: "app shell (entry and its static imports)", value: kb(sizes.shellBytes) },
      ...(route.chunk ? {} : { note: "route chunk not found in web/dist" }),
    });
    f.target = atMost(route.limitKb, "KB")(f.value);
    return f;
  });
  const details: Record<string, unknown> = { webSizes: sizes };
  if (!config.lighthouse || !input.app) {
    input.skipped.push({
      family: "web",
      reason: config.lighthouse ? "Lighthouse: the app did not start" : "Lighthouse skipped in --quick mode (pass --lighthouse to run it)",
    });
    return { figures, details };
  }
  const app = input.app;
  const pages = [
    { name: "profile /customers/cus_0001", path: "/customers/cus_0001", email: "rep.ana@tandem.test" },
    { name: "dashboard / (lead.east)", path: "/", email: "lead.east@tandem.test" },
  ];
  const chrome = await startChrome();
  const measured: Record<string, PageMetrics> = {};
  try {
    for (const page of pages) {
      process.stdout.write(`  Lighthouse: ${page.name}\n`);
      measured[page.name] = await measurePage(chrome, `${app.baseURL}${page.path}`, config.lighthouseRuns, input.cookies.get(page.email));
    }
  } finally {
    await chrome.stop();
  }
  const base = input.pageBaseline;
  for (const page of pages) {
    const m = measured[page.name];
    if (!m) continue;
    const metric = (
      name: string,
      value: number,
      baseValue: number | undefined,
      unit: string,
      target: (v: number | null) => Figure["target"],
    ) => {
      const f = figure({
        family: "web",
        name: `Lighthouse mobile ${name}, ${page.name}`,
        value,
        unit,
        baseline: { name: "static page, bare Worker", value: baseValue ?? null },
        note: `median of ${m.runs}`,
      });
      f.target = target(f.value);
      return f;
    };
    figures.push(
      metric("LCP", m.lcpMs, base?.lcpMs, "ms", atMost(1250, "ms")),
      metric("TBT", m.tbtMs, base?.tbtMs, "ms", atMost(100, "ms")),
      metric("CLS", m.cls, base?.cls, "", atMost(0.05, "")),
    );
  }
  details.lighthouse = { baseline: base, pages: measured };
  return { figures, details };
}
