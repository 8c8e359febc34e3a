// `npm run import -- --from <simulator|file.csv>`: the bootstrap import. Loads customers, leases,
// loans and orders in bulk through the same door every back end uses (signed batches of events to
// /api/integrations/:endpointId/events/batch, then the queue and each customer's room), so every
// rule holds: notes, audit, versions. Resumable (.import/ keeps where it stopped) and idempotent (a row's
// event id is fixed by the row). Rows that cannot be imported are listed with why; exit code 1 then.
//   --url http://127.0.0.1:8787   Tandem (TANDEM_URL)
//   --simulator-url http://127.0.0.1:8790
//   --concurrency 4 (batches in flight)  --batch 50 (rows a request, 1 to 100)  --restart (ignore the checkpoint)
//   --orders-endpoint / --leases-endpoint / --loans-endpoint  (default: the demo's Northwind endpoints)
//   the shared key: INTEGRATION_SECRET (default: the dev key, which only a dev-mode Tandem accepts)
import { parseArgs } from "node:util";
import * as v from "valibot";
import { IMPORT_ORDER, type ImportTarget, rowToEvent } from "../core/domain/import-rows";
import { DEV_INTEGRATION_SECRET } from "../core/domain/integrations";
import { describeIssues } from "../core/protocol/errors";
import { type ImportRow, ImportRowSchema } from "../core/protocol/import-rows";
import { checkpointPath, clearCheckpoint, readCheckpoint, saveCheckpoint } from "./import/checkpoint";
import { Progress } from "./import/progress";
import { type Outcome, sendRows } from "./import/send";
import { csvRows, type SourceRow, simulatorRows } from "./import/sources";

const { values } = parseArgs({
  options: {
    from: { type: "string" },
    url: { type: "string", default: process.env.TANDEM_URL ?? "http://127.0.0.1:8787" },
    "simulator-url": { type: "string", default: process.env.SIMULATOR_URL ?? "http://127.0.0.1:8790" },
    concurrency: { type: "string", default: "4" },
    batch: { type: "string", default: "50" },
    restart: { type: "boolean", default: false },
    "orders-endpoint": { type: "string", default: "ie_northwind_orders" },
    "leases-endpoint": { type: "string", default: "ie_northwind_leases" },
    "loans-endpoint": { type: "string", default: "ie_northwind_loans" },
  },
});
if (!values.from) throw new Error("--from simulator or --from <file.csv> is required");
const source = values.from;
const tandem = values.url.replace(/\/$/, "");
const secret = process.env.INTEGRATION_SECRET ?? DEV_INTEGRATION_SECRET;
const endpoints: Record<ImportTarget, string> = {
  orders: values["orders-endpoint"],
  leases: values["leases-endpoint"],
  loans: values["loans-endpoint"],
};

const raw: SourceRow[] = source === "simulator" ? await simulatorRows(values["simulator-url"].replace(/\/$/, "")) : csvRows(source);
const rejected: { where: string; what: string; reason: string }[] = [];
const valid: { where: string; row: ImportRow }[] = [];
for (const { where, values: cells } of raw) {
  const parsed = v.safeParse(ImportRowSchema, cells);
  if (parsed.success) valid.push({ where, row: parsed.output });
  else
    rejected.push({
      where,
      what: `${cells.record || "?"} ${cells.id || "?"}`,
      reason: describeIssues(parsed.issues)
        .map((i) => (i.path ? `${i.path}: ${i.message}` : i.message))
        .join("; "),
    });
}
// Customers first (stable otherwise): their accounts must exist before their records are accepted.
valid.sort((a, b) => IMPORT_ORDER[a.row.record] - IMPORT_ORDER[b.row.record]);

const statePath = checkpointPath(source);
if (values.restart) clearCheckpoint(statePath);
const checkpoint = readCheckpoint(statePath, source, valid.length);
if (checkpoint.done > 0)
  process.stderr.write(`Resuming at row ${checkpoint.done + 1} of ${valid.length} (.import/ remembers; --restart to begin again)\n`);

const counts = { imported: 0, already: 0, newer: 0 };
const progress = new Progress(valid.length);
const done = new Set<number>();
let next = checkpoint.done;
let stopped: string | null = null;
let waiting: { index: number; tries: number; reason: string }[] = [];

function settle(index: number, outcome: Outcome, tries: number): void {
  const item = valid[index];
  if (!item) return;
  if (outcome.kind === "unavailable") stopped ??= outcome.reason;
  else if (outcome.kind === "later") waiting.push({ index, tries: tries + 1, reason: outcome.reason });
  else {
    if (outcome.kind === "rejected")
      rejected.push({ where: item.where, what: `${item.row.record} ${item.row.id}`, reason: outcome.reason });
    else counts[outcome.kind]++;
    done.add(index);
  }
  // The checkpoint moves over every row finished in order.
  while (done.has(checkpoint.done)) checkpoint.done++;
}

const batchSize = Math.min(100, Math.max(1, Number(values.batch) || 50));

/** Rows from `next` on, up to a batch, that go to the same endpoint (the sort keeps them together). */
function takeBatch(): number[] {
  const first = valid[next];
  if (!first) return [];
  const target = rowToEvent(first.row).target;
  const indexes: number[] = [];
  while (indexes.length < batchSize && next < valid.length) {
    const item = valid[next];
    if (!item || rowToEvent(item.row).target !== target) break;
    indexes.push(next++);
  }
  return indexes;
}

/** Sends rows of one endpoint together; each row's outcome to `each`. */
async function sendBatch(indexes: number[], each: (index: number, outcome: Outcome) => void): Promise<void> {
  const rows = indexes.flatMap((index) => (valid[index] ? [{ index, ...rowToEvent(valid[index].row) }] : []));
  const [first] = rows;
  if (!first) return;
  const outcomes = await sendRows(
    tandem,
    endpoints[first.target],
    secret,
    rows.map((row) => row.event),
  );
  for (const [k, row] of rows.entries()) each(row.index, outcomes[k] ?? { kind: "unavailable", reason: "no answer for the row" });
}

async function worker(): Promise<void> {
  while (!stopped && next < valid.length) {
    await sendBatch(takeBatch(), (index, outcome) => settle(index, outcome, 0));
    saveCheckpoint(statePath, checkpoint);
    progress.update(checkpoint.done, rejected.length);
  }
}

await Promise.all(Array.from({ length: Math.max(1, Number(values.concurrency)) }, worker));
// Rows whose customer was still on its way: again, a few times, a second apart (one batch per endpoint).
for (let round = 1; waiting.length > 0 && !stopped && round <= 10; round++) {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
  const again = new Map(waiting.map((w) => [w.index, w]));
  waiting = [];
  const byTarget = new Map<ImportTarget, number[]>();
  for (const index of again.keys()) {
    const item = valid[index];
    if (!item) continue;
    const target = rowToEvent(item.row).target;
    byTarget.set(target, [...(byTarget.get(target) ?? []), index]);
  }
  for (const indexes of byTarget.values())
    for (let start = 0; start < indexes.length; start += batchSize)
      await sendBatch(indexes.slice(start, start + batchSize), (index, outcome) => {
        const { tries = 0, reason = "" } = again.get(index) ?? {};
        const item = valid[index];
        if (outcome.kind === "later" && round === 10)
          settle(
            index,
            { kind: "rejected", reason: `${reason} (customer_id ${item && "customer_id" in item.row ? item.row.customer_id : "?"})` },
            tries,
          );
        else settle(index, outcome, tries);
      });
}
saveCheckpoint(statePath, checkpoint);
progress.finish(checkpoint.done, rejected.length);

console.log(`\nImport from ${source} into ${tandem}`);
console.log(`  rows read          ${raw.length.toLocaleString()}`);
console.log(`  imported           ${counts.imported.toLocaleString()} (queued; each applies through its customer's room)`);
console.log(`  already imported   ${counts.already.toLocaleString()}`);
console.log(`  newer in Tandem    ${counts.newer.toLocaleString()} (the back end's record moved on since)`);
console.log(`  rejected           ${rejected.length.toLocaleString()}`);
if (rejected.length > 0) {
  const byReason = new Map<string, number>();
  for (const r of rejected) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  console.log("\nRejected rows, by reason:");
  for (const [reason, n] of [...byReason].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(5)}  ${reason}`);
  console.log("\nEach rejected row:");
  for (const r of rejected.slice(0, 200)) console.log(`  ${r.where} (${r.what}): ${r.reason}`);
  if (rejected.length > 200) console.log(`  ... and ${rejected.length - 200} more`);
}
if (stopped) {
  console.log(`\nStopped: ${stopped}\nRun the same command again to resume at row ${checkpoint.done + 1}.`);
  process.exit(2);
}
if (checkpoint.done >= valid.length) clearCheckpoint(statePath);
process.exit(rejected.length > 0 ? 1 : 0);
