// The layer rules of docs/architecture.md, checked on planted files (each rule can fail) and on the
// repository as it is (it holds).
import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { checkImports, type SourceFile } from "../../../scripts/import-rules";

const file = (path: string, ...imports: string[]): SourceFile => ({ path, text: imports.map((i) => `${i}\n`).join("") });

describe("import rules", () => {
  const fine = [
    file("core/domain/lock.ts", 'import type { Role } from "./roles";'),
    file("core/domain/roles.ts", 'import * as v from "valibot";'),
    file("db/repositories/notes.ts", 'import { and } from "drizzle-orm";', 'import type { Role } from "../../core/domain/roles";'),
    file("party/customer-room.ts", 'import { Server } from "partyserver";', 'import { notes } from "../db/repositories/notes";'),
    file("worker/index.ts", 'export { CustomerRoom } from "../party/customer-room";'),
    file("worker/rooms.ts", 'import type { CustomerRoom } from "../party/customer-room";'),
    file(
      "worker/routes/me.ts",
      'import type { Database } from "../../db/client";',
      'import { newId } from "../../db/crypto";',
      'import { orgSummary } from "../../db/repositories/org";',
    ),
    file("tests/workers/x.test.ts", 'import { eq } from "drizzle-orm";', 'import { staff } from "../../db/schema";'),
    file("web/src/app.tsx", 'import { render } from "solid-js/web";', 'import { decideLock } from "../../core/domain/lock";'),
  ];

  it("accepts the layout as the architecture draws it", () => {
    expect(checkImports(fine)).toEqual([]);
  });

  it.each([
    [
      "a Worker route importing a room's internals",
      file("worker/routes/x.ts", 'import { feedItem } from "../../party/room/frames";'),
      "never its internals",
    ],
    ["core importing the database layer", file("core/domain/x.ts", 'import { notes } from "../../db/schema";'), "core/ may not import db/"],
    ["core importing a runtime", file("core/domain/y.ts", 'import { DurableObject } from "cloudflare:workers";'), "core/ is pure"],
    [
      "core importing a package other than valibot",
      file("core/domain/z.ts", 'import { eq } from "drizzle-orm";'),
      "which core/ may not use",
    ],
    [
      "the web app importing the Worker",
      file("web/src/lib/x.ts", 'import type { AppEnv } from "../../../worker/env";'),
      "web/ may not import worker/",
    ],
    ["the web app importing drizzle", file("web/src/lib/y.ts", 'import { sql } from "drizzle-orm";'), "which web/ may not use"],
    ["a room importing the Worker", file("party/room/x.ts", 'import { app } from "../../worker/app";'), "party/ may not import worker/"],
    [
      "the database layer importing a room",
      file("db/repositories/x.ts", 'import type { LockRecord } from "../../party/room/lock-records";'),
      "db/ may not import party/",
    ],
    [
      "a room command querying inline",
      file("party/commands/x.ts", 'import { eq } from "drizzle-orm";'),
      "queries and statements live in db/repositories",
    ],
    [
      "a Worker route naming a table",
      file("worker/routes/x.ts", 'import { staff } from "../../db/schema";'),
      "the database is reached through db/repositories",
    ],
    [
      "a type-only drizzle import in the Worker",
      file("worker/x.ts", 'import type { SQL } from "drizzle-orm/sql";'),
      "queries and statements live in db/repositories",
    ],
    [
      "a script naming a table",
      file("scripts/x.ts", 'import type { staff } from "../db/schema/org";'),
      "the database is reached through db/repositories",
    ],
  ])("refuses %s", (_name, planted, message) => {
    const problems = checkImports([...fine, planted]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(message);
  });

  it("refuses a cycle, even of type-only imports, naming it once", () => {
    const problems = checkImports([
      ...fine,
      file("party/room/a.ts", 'import type { B } from "./b";'),
      file("party/room/b.ts", 'import type { C } from "./c";'),
      file("party/room/c.ts", 'import type { A } from "./a";'),
    ]);
    expect(problems).toEqual(["import cycle: party/room/a.ts -> party/room/b.ts -> party/room/c.ts -> party/room/a.ts"]);
  });

  it("finds multi-line, re-exported and dynamic imports", () => {
    const problems = checkImports([
      ...fine,
      file("worker/routes/y.ts", 'import {\n  feedItem,\n  other,\n} from "../../party/room/frames";'),
      file("worker/routes/z.ts", 'export * from "../../party/mutation";'),
      file("worker/routes/w.ts", 'const m = await import("../../party/room/store");'),
    ]);
    expect(problems).toHaveLength(3);
  });

  it("holds for the repository as it is (npm run imports)", { timeout: 60_000 }, async () => {
    const run = promisify(execFile);
    const { stdout } = await run(join(process.cwd(), "node_modules", ".bin", "tsx"), ["scripts/check-imports.ts"]);
    expect(stdout).toMatch(/follow the layer rules, no cycles/);
  });
});
