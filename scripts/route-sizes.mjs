// Gzip size of the JavaScript a route loads: the entry's static imports plus the route chunk's,
// after `npm run build`. Lazy chunks (import()) load later and are not counted.
//   node scripts/route-sizes.mjs search customer   (route chunk names, as in web/dist/assets)
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const dist = "web/dist";
const assets = join(dist, "assets");
const files = readdirSync(assets).filter((f) => f.endsWith(".js"));
const html = readFileSync(join(dist, "index.html"), "utf8");
const entry = html.match(/src="\/assets\/([^"]+\.js)"/)?.[1];
if (!entry) throw new Error("no entry script in web/dist/index.html");

const staticImports = (file) =>
  [
    ...readFileSync(join(assets, file), "utf8").matchAll(/(?:^|[;}\n])\s*import\s*(?:[\w${},\s*]+from\s*)?["'`]\.\/([^"'`]+\.js)["'`]/g),
  ].map((m) => m[1]);

function closure(start, seen = new Set()) {
  if (seen.has(start)) return seen;
  seen.add(start);
  for (const next of staticImports(start)) closure(next, seen);
  return seen;
}

const gz = (file) => gzipSync(readFileSync(join(assets, file)), { level: 9 }).length;
const routes = process.argv.slice(2);
const all = new Set(closure(entry));
for (const route of routes) {
  // The route's chunk is the one the entry imports lazily under that name.
  const lazy = [...readFileSync(join(assets, entry), "utf8").matchAll(/import\(["'`]\.\/([^"'`]+\.js)["'`]\)/g)].map((m) => m[1]);
  const chunk = lazy.find((f) => f.startsWith(`${route}-`) && files.includes(f));
  if (!chunk) throw new Error(`no chunk for route ${route}`);
  const set = closure(chunk, new Set(closure(entry)));
  for (const f of set) all.add(f);
  const total = [...set].reduce((sum, f) => sum + gz(f), 0);
  console.log(`${route}: ${(total / 1024).toFixed(1)} KB gzip in ${set.size} chunks`);
}
const union = [...all].reduce((sum, f) => sum + gz(f), 0);
console.log(
  `together: ${(union / 1024).toFixed(1)} KB gzip in ${all.size} chunks${[...all].some((f) => f.startsWith("chart")) ? " (includes chart.js!)" : ", no chart.js"}`,
);
