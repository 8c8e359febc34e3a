// Which folder may import which (docs/architecture.md): web -> core; worker, party -> core, db;
// db -> core; core -> itself and valibot only. The Worker reaches the rooms only through their
// entry classes (party/customer-room.ts, floor-room.ts, audit-anchor.ts), never their internals,
// and no file imports itself back through a cycle. Every query and statement lives in
// db/repositories: outside db/ (tests aside) nothing imports drizzle-orm or names a table of
// db/schema; the other layers reach the database through the repositories, db/client.ts (the
// Database type and its helpers), db/crypto.ts and db/migrate.ts. Pure: `npm run imports` feeds it the repository.

export interface SourceFile {
  /** Repository-relative path, e.g. "worker/routes/customers.ts". */
  path: string;
  text: string;
}

export interface ImportEdge {
  from: string;
  /** What the source wrote. */
  specifier: string;
  /** Repository-relative file it resolves to, or null for a package. */
  to: string | null;
  typeOnly: boolean;
}

type Layer = "core" | "db" | "party" | "worker" | "web" | "scripts" | "tests";

const LAYERS: Layer[] = ["core", "db", "party", "worker", "web", "scripts", "tests"];

/** Layers each layer may import (besides itself). */
const MAY_IMPORT: Record<Layer, readonly Layer[]> = {
  core: [],
  db: ["core"],
  party: ["core", "db"],
  worker: ["core", "db", "party"],
  web: ["core"],
  scripts: ["core", "db"],
  tests: ["core", "db", "party", "worker", "web", "scripts"],
};

/** Packages each layer may import; others are free (undefined: any package). */
const PACKAGES: Partial<Record<Layer, RegExp>> = {
  core: /^valibot$/,
  web: /^(solid-js|@solidjs\/|partysocket|chart\.js|valibot|vite|vite-plugin-solid)/,
};

/** The rooms' public faces: what the Worker may name (their classes, for bindings and RPC). */
export const ROOM_ENTRIES = new Set([
  "party/customer-room.ts",
  "party/merchant-room.ts",
  "party/floor-room.ts",
  "party/audit-anchor.ts",
  "party/ticket-room.ts",
  "party/desk-room.ts",
]);

/**
 * What the layers above db/ may import from it (db/migrate: operators' commands apply the migrations);
 * everything else there (db/schema) is the repositories' own.
 */
const DB_DOORS = /^db\/(repositories\/.+|client(\.ts)?|crypto(\.ts)?|migrate(\.ts)?)$/;
const DRIZZLE = /^drizzle-orm($|\/)/;

const layerOf = (path: string): Layer | null => LAYERS.find((l) => path.startsWith(`${l}/`)) ?? null;

const IMPORT_PATTERN = /(?:^|[;\n}])\s*(import|export)\s+(type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?["']([^"']+)["']/g;
const DYNAMIC_PATTERN = /import\(\s*["']([^"']+)["']\s*\)/g;

function resolve(from: string, specifier: string, exists: (path: string) => boolean): string | null {
  if (!specifier.startsWith(".")) return null;
  const parts = from.split("/").slice(0, -1);
  for (const part of specifier.split("/")) {
    if (part === "..") parts.pop();
    else if (part !== ".") parts.push(part);
  }
  const base = parts.join("/");
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (exists(candidate)) return candidate;
  return base;
}

export function importsOf(file: SourceFile, exists: (path: string) => boolean): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const match of file.text.matchAll(IMPORT_PATTERN)) {
    const specifier = match[3] ?? "";
    edges.push({ from: file.path, specifier, to: resolve(file.path, specifier, exists), typeOnly: Boolean(match[2]) });
  }
  for (const match of file.text.matchAll(DYNAMIC_PATTERN)) {
    const specifier = match[1] ?? "";
    edges.push({ from: file.path, specifier, to: resolve(file.path, specifier, exists), typeOnly: false });
  }
  return edges;
}

/** A layer that may use db/ (tests aside) reaching past its repositories: a query written inline. */
function inlineSqlProblem(edge: ImportEdge, from: Layer): string | null {
  if (from === "tests" || !MAY_IMPORT[from].includes("db")) return null;
  if (edge.to === null && DRIZZLE.test(edge.specifier))
    return `${edge.from} imports ${edge.specifier}: queries and statements live in db/repositories; call one there`;
  if (edge.to !== null && layerOf(edge.to) === "db" && !DB_DOORS.test(edge.to))
    return `${edge.from} imports ${edge.to}: outside db/, the database is reached through db/repositories (queries and statements live there), db/client and db/crypto`;
  return null;
}

function ruleProblem(edge: ImportEdge): string | null {
  const from = layerOf(edge.from);
  if (!from) return null;
  const inline = inlineSqlProblem(edge, from);
  if (inline) return inline;
  if (edge.to === null) {
    const allowed = PACKAGES[from];
    if (!allowed || edge.specifier.startsWith("node:") || edge.specifier.startsWith("cloudflare:")) {
      if (from === "core" && (edge.specifier.startsWith("cloudflare:") || edge.specifier.startsWith("node:")))
        return `${edge.from} imports the runtime module ${edge.specifier}: core/ is pure`;
      return null;
    }
    return allowed.test(edge.specifier) ? null : `${edge.from} imports the package ${edge.specifier}, which ${from}/ may not use`;
  }
  const to = layerOf(edge.to);
  if (!to || to === from) return null;
  if (!MAY_IMPORT[from].includes(to)) return `${edge.from} imports ${edge.to}: ${from}/ may not import ${to}/`;
  if (from === "worker" && to === "party" && !ROOM_ENTRIES.has(edge.to))
    return `${edge.from} imports ${edge.to}: the Worker may name a room's class, never its internals`;
  return null;
}

/** Cycles among the project's own files, each reported once as "a -> b -> a". */
function cycles(edges: ImportEdge[]): string[] {
  const next = new Map<string, string[]>();
  for (const e of edges) if (e.to) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const found = new Set<string>();
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, "open");
    stack.push(node);
    for (const to of next.get(node) ?? []) {
      if (state.get(to) === "open") {
        const loop = stack.slice(stack.indexOf(to));
        const start = loop.indexOf([...loop].sort()[0] ?? to);
        found.add([...loop.slice(start), ...loop.slice(0, start), loop[start]].join(" -> "));
      } else if (!state.has(to)) visit(to);
    }
    stack.pop();
    state.set(node, "done");
  };
  for (const node of [...next.keys()].sort()) if (!state.has(node)) visit(node);
  return [...found].sort();
}

/** Every broken rule and cycle, as sentences naming the files. Empty when the layout holds. */
export function checkImports(files: SourceFile[]): string[] {
  const paths = new Set(files.map((f) => f.path));
  const edges = files.flatMap((f) => importsOf(f, (p) => paths.has(p)));
  const problems = edges.map(ruleProblem).filter((p): p is string => p !== null);
  const ownEdges = edges.filter((e) => e.to !== null && paths.has(e.to) && layerOf(e.from) !== "tests");
  return [...problems, ...cycles(ownEdges).map((c) => `import cycle: ${c}`)];
}
