// The process monitor's repositories, on libSQL (unit layer) and on D1 (workers layer) alike: the
// seeded story reads back through the dashboard's rollup queries, a finished interaction counts once
// however often its record is applied, and history (versions, finished steps) cannot be rewritten.
import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { monitorFigures, weeklyTrend } from "../../core/domain/monitor-figures";
import { addDays, localDate, weekOf } from "../../core/domain/org-time";
import type { Database } from "../../db/client";
import { errorText } from "../../db/client";
import { cellBins, trendBins } from "../../db/repositories/monitor-reads";
import { finishedInteractionStatements } from "../../db/repositories/monitor-records";
import { processVersionsOf } from "../../db/repositories/processes";
import { monitorInteractionSteps } from "../../db/schema";
import { seedDatabase } from "../../db/seed/seed";
import { TEST_ANCHOR } from "./repository-contract";

const NY = "America/New_York";
const INBOUND = "prc_northwind_inbound-payment";

export function describeMonitorContract(driver: string, open: () => Promise<Database>) {
  describe(`process monitor repositories on ${driver}`, () => {
    let db: Database;
    beforeAll(async () => {
      db = await open();
      await seedDatabase(db, { customers: 40, anchor: TEST_ANCHOR });
    });

    it("reads the seeded story back: Ben Brooks's payment step is the drawdown furthest past its maximum", async () => {
      const [current] = (await processVersionsOf(db, "org_northwind")).filter((v) => v.processId === INBOUND);
      const to = localDate(TEST_ANCHOR - 1, NY);
      const rows = await cellBins(db, { orgId: "org_northwind", processId: INBOUND, teamIds: null, from: addDays(to, -27), to });
      const figures = monitorFigures(rows, current?.steps ?? []);
      expect(figures.worst).toMatchObject({ staffId: "stf_ben", stepKey: "payment" });
      const ben = figures.cells.find((c) => c.staffId === "stf_ben" && c.stepKey === "payment");
      // The seed paces Ben at 2.3 x the 1:30 reference: a median well past the 2:30 maximum.
      expect(ben?.median).toBeGreaterThan(150);
      expect(ben?.level).toBe("drawdown");
    });

    it("counts a finished interaction once, however often its record is applied", async () => {
      const day = localDate(TEST_ANCHOR + 3 * 86_400_000, NY);
      const [version] = (await processVersionsOf(db, "org_northwind")).filter((v) => v.processId === INBOUND);
      const finished = {
        id: "int_contract000000000001",
        orgId: "org_northwind",
        customerId: "cus_0003",
        staffId: "stf_sam",
        teamId: "team_east",
        kind: "ownership" as const,
        startedAt: TEST_ANCHOR + 3 * 86_400_000 + 15 * 3_600_000,
        endedAt: TEST_ANCHOR + 3 * 86_400_000 + 15 * 3_600_000 + 300_000,
        endReason: "released",
        day,
        week: weekOf(day),
        final: {
          processId: INBOUND,
          version: version?.version ?? 1,
          steps: [
            { key: "verify", label: "Verify the caller", position: 0, seconds: 40 },
            { key: "review", label: "Review balance and schedule", position: 1, seconds: 75 },
            { key: "payment", label: "Take the payment", position: 2, seconds: 95 },
          ],
          elsewhereSeconds: 0,
          activeSeconds: 210,
        },
      };
      for (let i = 0; i < 3; i++) {
        const [first, ...rest] = finishedInteractionStatements(db, finished);
        if (first) await db.batch([first, ...rest]);
      }
      const scope = { orgId: "org_northwind", processId: INBOUND, teamIds: ["team_east"], from: day, to: day };
      const sam = (await cellBins(db, scope)).filter((r) => r.staffId === "stf_sam");
      expect(sam.map((r) => [r.stepKey, Number(r.n), Number(r.total)]).sort()).toEqual([
        ["payment", 1, 95],
        ["review", 1, 75],
        ["verify", 1, 40],
      ]);
      const week = weeklyTrend(await trendBins(db, { ...scope, from: weekOf(day), to: addDays(weekOf(day), 6) })).filter(
        (t) => t.week === weekOf(day),
      );
      expect(week.map((t) => [t.stepKey, t.interactions, t.median]).sort()).toEqual([
        ["payment", 1, 95],
        ["review", 1, 75],
        ["verify", 1, 40],
      ]);
      expect(await db.select().from(monitorInteractionSteps).where(eq(monitorInteractionSteps.interactionId, finished.id))).toHaveLength(3);
    });

    it("refuses to rewrite a finished interaction's steps or a saved process version", async () => {
      const steps = await db.run(sql`UPDATE monitor_interaction_steps SET seconds = 1`).catch((error: unknown) => error);
      expect(errorText(steps)).toMatch(/final/);
      const version = await db.run(sql`UPDATE process_versions SET note = 'rewritten'`).catch((error: unknown) => error);
      expect(errorText(version)).toMatch(/append-only/);
    });
  });
}
