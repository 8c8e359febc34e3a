// The process monitor's demo data: every org's three processes (Northwind's payment call in two
// versions), eight weeks of Northwind's reps serving clients, and training. The story a director
// finds: Ben Brooks is the slowest rep and "Take the payment" his slowest step, past its maximum;
// Cruz Castillo took a course on reviewing loans and got faster; Sam Singh has a mentor meeting ahead.
import { getTableColumns, sql } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import { addDays, localDate } from "../../core/domain/org-time";
import type { ProcessVersion } from "../../core/domain/process-steps";
import { DEFAULT_TIME_ZONE } from "../../core/domain/time-zone";
import type { Database } from "../client";
import { finishedRows } from "../repositories/monitor-records";
import * as schema from "../schema";
import { northwindCustomerId, ORGS } from "./fixtures";
import { type HistoryRep, historyInteractions, RollupRows } from "./monitor-history";
import { processId, SEED_PROCESSES } from "./monitor-processes";
import { createRandom } from "./random";

type Statement = Parameters<Database["batch"]>[0][number];
const DAY = 86_400_000;
/** The history is Northwind's, on Northwind's calendar. */
const TIME_ZONE = ORGS.find((o) => o.id === "org_northwind")?.timeZone ?? DEFAULT_TIME_ZONE;

export interface MonitorSeedOptions {
  anchor: number;
  customers: number;
  seed: string;
  maxParams: number;
}

/** Rep pace against reference, per process and step: the demo's story lives here. */
function pace(anchor: number) {
  const courseDone = anchor - 17 * DAY;
  const base: Record<string, number> = { stf_ana: 0.92, stf_ben: 1.12, stf_sam: 0.82, stf_cruz: 1.0 };
  return (rep: HistoryRep, processKey: string, stepKey: string, at: number): number => {
    const step = `${processKey}/${stepKey}`;
    if (rep.staffId === "stf_ben" && step === "inbound-payment/payment") return 2.3;
    if (rep.staffId === "stf_ben" && step === "inbound-payment/review") return 1.5;
    if (rep.staffId === "stf_cruz" && step === "loan-servicing/review") return at < courseDone ? 1.9 : 1.05;
    if (rep.staffId === "stf_ana" && step === "personal-shopper/intake") return 1.25;
    return base[rep.staffId] ?? 1;
  };
}

export async function seedMonitor(db: Database, options: MonitorSeedOptions): Promise<void> {
  const { anchor } = options;
  const statements: Statement[] = [];
  const versions: ProcessVersion[] = [];
  const seededAt = anchor - 400 * DAY;
  const revisedAt = anchor - 20 * DAY;
  for (const org of ORGS) {
    SEED_PROCESSES.forEach((process, position) => {
      const id = processId(org.slug, process.key);
      const revised = org.id === "org_northwind" && process.key === "inbound-payment";
      // Northwind's payment call was tightened three weeks ago: version 1 allowed three minutes to pay.
      const first = revised ? process.steps.map((s) => (s.key === "payment" ? { ...s, maxSeconds: 180 } : s)) : process.steps;
      statements.push(
        db.insert(schema.processes).values({
          id,
          orgId: org.id,
          key: process.key,
          name: process.name,
          position,
          currentVersion: revised ? 2 : 1,
          createdAt: seededAt,
        }),
      );
      const version = (n: number, steps: typeof first, at: number, note: string, by: { id: string; name: string } | null) => {
        statements.push(
          db.insert(schema.processVersions).values({
            id: `prv_${org.slug}_${process.key}_${n}`,
            processId: id,
            orgId: org.id,
            version: n,
            name: process.name,
            steps: JSON.stringify(steps),
            effectiveAt: at,
            createdBy: by?.id ?? null,
            createdByName: by?.name ?? null,
            note,
          }),
        );
        if (org.id === "org_northwind")
          versions.push({ processId: id, processKey: process.key, name: process.name, position, version: n, effectiveAt: at, steps });
      };
      version(1, first, seededAt, "The org's starting process", null);
      if (revised)
        version(2, process.steps, revisedAt, "New card readers: a payment should take at most two and a half minutes", {
          id: "stf_director",
          name: "Dana Reyes",
        });
    });
  }

  const lastDay = localDate(anchor - 1, TIME_ZONE);
  // The history serves cus_0002 onwards (cus_0001's story is the live one), unless it is the only customer.
  const served = Math.min(options.customers, 60);
  const customers = served >= 2 ? Array.from({ length: served - 1 }, (_, i) => northwindCustomerId(i + 2)) : [northwindCustomerId(1)];
  const rollups = new RollupRows();
  const interactions: (typeof schema.monitorInteractions.$inferInsert)[] = [];
  const steps: (typeof schema.monitorInteractionSteps.$inferInsert)[] = [];
  const plan = {
    orgId: "org_northwind",
    timeZone: TIME_ZONE,
    firstDay: addDays(lastDay, -55),
    days: 56,
    weekdaysOnly: true,
    reps: [
      { staffId: "stf_ana", teamId: "team_east" },
      { staffId: "stf_ben", teamId: "team_east" },
      { staffId: "stf_sam", teamId: "team_east" },
      { staffId: "stf_cruz", teamId: "team_west" },
    ],
    perRepPerDay: 5,
    customers,
    versions,
    mix: { "inbound-payment": 5, "loan-servicing": 3, "personal-shopper": 2 },
    pace: pace(anchor),
    rng: createRandom(`${options.seed}/monitor`, 18),
  };
  for (const f of historyInteractions(plan, "seed")) {
    rollups.add(f);
    const rows = finishedRows(f);
    interactions.push(rows.interaction);
    steps.push(...rows.steps);
  }
  statements.push(
    ...literalRows(db, "monitor_interactions", interactions),
    ...literalRows(db, "monitor_interaction_steps", steps),
    ...rollupStatements(db, rollups.take(), options.maxParams),
    ...trainingRows(db, anchor),
  );
  for (let i = 0; i < statements.length; i += 200) {
    const [first, ...rest] = statements.slice(i, i + 200);
    if (first) await db.batch([first, ...rest]);
  }
}

function trainingRows(db: Database, anchor: number): Statement[] {
  const base = { orgId: "org_northwind", note: "", courseTitle: null, courseUrl: null, mentorId: null, mentorName: null, meetOn: null };
  return [
    db.insert(schema.trainingAssignments).values({
      ...base,
      id: "trn_seed_cruz_review",
      staffId: "stf_cruz",
      processId: processId("northwind", "loan-servicing"),
      stepKey: "review",
      stepLabel: "Review the loan and what is past due",
      kind: "course",
      courseTitle: "Delinquency buckets and what to say",
      courseUrl: "https://learn.tandem.test/courses/delinquency-basics",
      note: "Loan reviews run past the maximum; this course covers the buckets.",
      assignedBy: "stf_director",
      assignedByName: "Dana Reyes",
      assignedAt: anchor - 24 * DAY,
      completedAt: anchor - 17 * DAY,
    }),
    db.insert(schema.trainingAssignments).values({
      ...base,
      id: "trn_seed_ana_intake",
      staffId: "stf_ana",
      processId: processId("northwind", "personal-shopper"),
      stepKey: "intake",
      stepLabel: "Take the request",
      kind: "course",
      courseTitle: "Personal-shopper intake: what to ask",
      courseUrl: "https://learn.tandem.test/courses/shopper-intake",
      note: "Your intakes run past the reference; this covers the questions that matter.",
      assignedBy: "stf_lead_east",
      assignedByName: "Lena Okafor",
      assignedAt: anchor - 2 * DAY,
      completedAt: null,
    }),
    db.insert(schema.trainingAssignments).values({
      ...base,
      id: "trn_seed_sam_wrap",
      staffId: "stf_sam",
      processId: processId("northwind", "inbound-payment"),
      stepKey: "wrap-up",
      stepLabel: "Note and wrap up",
      kind: "mentor",
      mentorId: "stf_sales",
      mentorName: "Sofia Marsh",
      meetOn: localDate(anchor + 3 * DAY, TIME_ZONE),
      note: "Sam closes calls fast; Sofia shows how the best notes read.",
      assignedBy: "stf_lead_east",
      assignedByName: "Lena Okafor",
      assignedAt: anchor - 5 * DAY,
      completedAt: null,
    }),
  ];
}

function rollupStatements(db: Database, rows: ReturnType<RollupRows["take"]>, maxParams: number): Statement[] {
  return [
    ...insertRows(db, schema.monitorSeries, rows.series, maxParams),
    ...literalRows(db, "monitor_blocks", rows.blocks),
    ...literalRows(db, "monitor_step_weekly", rows.weekly),
  ];
}

/**
 * Thousands of rollup and interaction rows, written as literals, up to 80 KB a statement
 * (D1 binds at most 100 parameters per statement, which would make it hundreds of statements). The
 * values are the generator's own numbers and ids; text is quoted SQL-style all the same.
 */
function literalRows(db: Database, table: string, rows: Record<string, string | number | null>[]): Statement[] {
  const first = rows[0];
  if (!first) return [];
  const columns = Object.keys(first);
  const literal = (x: string | number | null) =>
    x === null ? "NULL" : typeof x === "number" ? String(Math.trunc(x)) : `'${x.replace(/'/g, "''")}'`;
  const snake = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  const out: Statement[] = [];
  const head = `INSERT INTO ${table} (${columns.map(snake).join(", ")}) VALUES `;
  let values: string[] = [];
  let length = 0;
  const flush = () => {
    if (values.length > 0) out.push(db.run(sql.raw(head + values.join(","))));
    values = [];
    length = 0;
  };
  for (const row of rows) {
    const value = `(${columns.map((c) => literal(row[c] ?? null)).join(",")})`;
    // D1 refuses statements over 100 KB.
    if (length + value.length > 80_000) flush();
    values.push(value);
    length += value.length + 1;
  }
  flush();
  return out;
}

function insertRows<T extends SQLiteTable>(db: Database, table: T, rows: T["$inferInsert"][], maxParams: number): Statement[] {
  const perStatement = Math.max(1, Math.floor(maxParams / Object.keys(getTableColumns(table)).length));
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += perStatement) out.push(db.insert(table).values(rows.slice(i, i + perStatement)));
  return out;
}
