// The desk's queue on libSQL: a team's active tickets by SLA due, one query on the partial index
// tickets_queue_idx (no temporary sort, no scan of resolved tickets), a keyset cursor that neither
// skips nor repeats, filters, and the append-only triggers of a ticket's messages and history.
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { type Database, errorText } from "../../../db/client";
import { lapsedTicketsQuery, ticketQueuePage, ticketQueueSql, ticketsAwaitingEscalation } from "../../../db/repositories/tickets";
import { tickets } from "../../../db/schema";
import { seedDatabase } from "../../../db/seed/seed";
import { TEST_ANCHOR } from "../../shared/repository-contract";
import { openTestDatabase } from "../support/libsql";

let db: Database;
const HOUR = 3_600_000;

beforeAll(async () => {
  db = await openTestDatabase();
  await seedDatabase(db, { customers: 5, anchor: TEST_ANCHOR });
  // 300 more support tickets: every third resolved, due times an hour apart, some sharing a due time.
  const rows = Array.from({ length: 300 }, (_, i) => ({
    id: `tkt_q${String(i).padStart(4, "0")}`,
    orgId: "org_northwind",
    merchantId: "mer_0002",
    customerId: null,
    subject: `Queue ${i}`,
    priority: "normal" as const,
    status: i % 3 === 0 ? ("resolved" as const) : ("open" as const),
    team: "support" as const,
    assigneeId: null,
    slaDueAt: TEST_ANCHOR + Math.floor(i / 2) * HOUR,
    slaPausedAt: null,
    replyToken: `rt_queue${String(i).padStart(4, "0")}aaaaaaaaaaaaa`,
    contactEmail: "q@merchants.test",
    contactName: "Q",
    channel: "portal" as const,
    createdAt: TEST_ANCHOR,
    updatedAt: TEST_ANCHOR,
  }));
  for (let i = 0; i < rows.length; i += 5) await db.insert(tickets).values(rows.slice(i, i + 5));
});

describe("lapsed clocks for the cron", () => {
  it("reads the partial index tickets_lapse_idx, not every ticket", async () => {
    const query = lapsedTicketsQuery(db, TEST_ANCHOR, 200).toSQL();
    const plan = await db.all<{ detail: string }>(sql.raw(`EXPLAIN QUERY PLAN ${inline(query.sql, query.params)}`));
    expect(plan.map((p) => p.detail).join(" | ")).toMatch(/SEARCH tickets USING INDEX tickets_lapse_idx/);
  });

  it("lists the open tickets whose due time passed, oldest first", async () => {
    // Of the 300 above, open ones (i not a multiple of 3) due by anchor + 10 h (i <= 21).
    const expected = [1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 19, 20].map((i) => `tkt_q${String(i).padStart(4, "0")}`);
    const found = (await ticketsAwaitingEscalation(db, TEST_ANCHOR + 10 * HOUR, 500))
      .map((r) => r.id)
      .filter((id) => id.startsWith("tkt_q"));
    expect(found).toEqual(expected);
  });
});

describe("the queue", () => {
  it("reads the partial index in order: no temporary sort, no other index", async () => {
    const query = ticketQueueSql(db, "org_northwind", { status: "active", team: "support", limit: 51 });
    const plan = await db.all<{ detail: string }>(sql.raw(`EXPLAIN QUERY PLAN ${inline(query.sql, query.params)}`));
    const details = plan.map((p) => p.detail).join(" | ");
    expect(details).toMatch(/SEARCH tickets USING INDEX tickets_queue_idx/);
    expect(details).not.toMatch(/TEMP B-TREE/);
  });

  it("pages 50 at a time by (due, id) without skipping or repeating, active tickets only", async () => {
    const seen: string[] = [];
    let after: { due: number; id: string } | undefined;
    for (;;) {
      const page = await ticketQueuePage(db, "org_northwind", { status: "active", team: "support", limit: 50, after });
      seen.push(...page.map((r) => r.id));
      const last = page.at(-1);
      if (page.length < 50 || !last) break;
      after = { due: last.slaDueAt, id: last.id };
    }
    const generated = seen.filter((id) => id.startsWith("tkt_q"));
    // 300 generated, every third resolved: 200 active.
    expect(generated).toHaveLength(200);
    expect(new Set(seen).size).toBe(seen.length);
    // Order: due then id, by hand: tkt_q0001 (due +0 h), tkt_q0002 (+1 h), tkt_q0004 (+2 h), tkt_q0005 (+2 h)...
    expect(generated.slice(0, 4)).toEqual(["tkt_q0001", "tkt_q0002", "tkt_q0004", "tkt_q0005"]);
  });

  it("filters by status and priority, and never shows another org's tickets", async () => {
    const resolved = await ticketQueuePage(db, "org_northwind", { status: "resolved", team: "support", limit: 500 });
    expect(resolved.filter((r) => r.id.startsWith("tkt_q"))).toHaveLength(100);
    const urgent = await ticketQueuePage(db, "org_northwind", { status: "active", priority: "urgent", limit: 50 });
    expect(urgent.map((r) => r.id)).toEqual(["tkt_0002"]);
    const harbor = await ticketQueuePage(db, "org_harbor", { status: "active", limit: 50 });
    expect(harbor.map((r) => r.id)).toEqual(["tkt_9001"]);
  });
});

describe("a ticket's record is append-only", () => {
  it("refuses to edit or delete a message or a history item", async () => {
    const refusal = async (statement: string) => {
      try {
        await db.run(sql.raw(statement));
        return "ran";
      } catch (error) {
        return errorText(error);
      }
    };
    expect(await refusal("UPDATE ticket_messages SET text = 'x' WHERE id = 'tmsg_1_1'")).toMatch(/ticket messages are append-only/);
    expect(await refusal("DELETE FROM ticket_messages WHERE id = 'tmsg_1_1'")).toMatch(/ticket messages are append-only/);
    expect(await refusal("UPDATE ticket_activity SET summary = 'x' WHERE id = 'tact_1_1'")).toMatch(/ticket history is append-only/);
    expect(await refusal("DELETE FROM ticket_activity WHERE id = 'tact_1_1'")).toMatch(/ticket history is append-only/);
  });
});

/** The statement with its parameters written in (EXPLAIN of a prepared statement with bound values). */
function inline(text: string, params: unknown[]): string {
  let i = 0;
  return text.replace(/\?/g, () => {
    const value = params[i++];
    return typeof value === "number" ? String(value) : `'${String(value).replace(/'/g, "''")}'`;
  });
}
