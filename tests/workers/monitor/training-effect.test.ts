// Training closes a gap, and the director sees whether it did: an assignment shows the rep's median for
// the step in the four weeks before it was assigned against the time after the rep marked it done,
// on the director's dashboard and on the rep's home alike. And the drill-down behind a cell pages
// through every interaction once, even two that started at the same moment.
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { localDate, weekOf } from "../../../core/domain/org-time";
import type { AssignmentView } from "../../../core/protocol/monitor-answers";
import { createDatabase } from "../../../db/client";
import { finishedInteractionStatements } from "../../../db/repositories/monitor-records";
import { call, postJson, seedSmall, signIn } from "../support/http";

// Harbor's seed has its processes but no serving history: every step time below is the test's own.
const PAY = "prc_harbor_inbound-payment";
const DAY = 86_400_000;
const db = () => createDatabase({ DB: env.DB });
let lead: string;
let zoe: string;

beforeAll(async () => {
  await seedSmall();
  [lead, zoe] = await Promise.all([signIn("lead.harbor@harbor.test"), signIn("rep.zoe@harbor.test")]);
});

/** Zoe finished an interaction that started at `startedAt` and spent `seconds` on one step of the payment call. */
async function served(id: string, startedAt: number, step: { key: string; label: string; position: number }, seconds: number) {
  const day = localDate(startedAt, "America/Los_Angeles");
  const [first, ...rest] = finishedInteractionStatements(db(), {
    id,
    orgId: "org_harbor",
    customerId: "cus_9001",
    staffId: "stf_zoe",
    teamId: "team_harbor",
    kind: "ownership",
    startedAt,
    endedAt: startedAt + seconds * 1000,
    endReason: "released",
    day,
    week: weekOf(day),
    final: { processId: PAY, version: 1, steps: [{ ...step, seconds }], elsewhereSeconds: 0, activeSeconds: seconds },
  });
  if (first) await db().batch([first, ...rest]);
}
const payment = { key: "payment", label: "Take the payment", position: 2 };
const verify = { key: "verify", label: "Verify the caller", position: 0 };

/** Waits (on the clock itself, reading the database meanwhile) until the Worker's clock is past `ms`. */
async function clockPast(ms: number) {
  while (Date.now() <= ms) await db().run("SELECT 1");
}

async function getJson<T>(path: string, cookie: string): Promise<T> {
  const response = await call(path, { cookie });
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

describe("a training assignment's effect", () => {
  it("compares the step's median in the four weeks before assigning with the time after it was done", async () => {
    const now = Date.now();
    // Before: 3 days, 2 days and 1 day ago; a fourth 30 days ago is outside the four weeks.
    await served("int_train_old_0001", now - 30 * DAY, payment, 999);
    await served("int_train_before_01", now - 3 * DAY, payment, 200);
    await served("int_train_before_02", now - 2 * DAY, payment, 150);
    await served("int_train_before_03", now - 1 * DAY, payment, 170);

    const { processes } = await getJson<{ processes: { id: string; steps: { key: string; courses: { id: string }[] }[] }[] }>(
      "/api/monitor/processes",
      lead,
    );
    const courseId = processes.find((p) => p.id === PAY)?.steps.find((s) => s.key === "payment")?.courses[0]?.id;
    const assigned = await postJson(
      "/api/monitor/assignments",
      { kind: "course", staffId: "stf_zoe", processId: PAY, stepKey: "payment", courseId },
      lead,
    );
    expect(assigned.status).toBe(201);
    const { assignment } = (await assigned.json()) as { assignment: AssignmentView };
    // Worked by hand: 150, 170, 200 -> median 170; not done yet, so no "after".
    expect(assignment.effect).toEqual({ before: { median: 170, interactions: 3 }, after: null, changePercent: null });

    // Served while the course was still open: neither before nor after.
    await served("int_train_during_1", assignment.assignedAt, payment, 500);
    await clockPast(assignment.assignedAt);
    const done = await postJson(`/api/monitor/assignments/${assignment.id}/done`, {}, zoe);
    expect(done.status).toBe(200);
    const completedAt = ((await done.json()) as { assignment: AssignmentView }).assignment.completedAt ?? 0;
    expect(completedAt).toBeGreaterThan(assignment.assignedAt);

    await served("int_train_after_01", completedAt, payment, 100);
    await served("int_train_after_02", completedAt + 1, payment, 80);
    await served("int_train_after_03", completedAt + 2, payment, 120);
    await clockPast(completedAt + 2);
    // Worked by hand: 80, 100, 120 -> median 100; (100 - 170) / 170 = -41%.
    const expected = { before: { median: 170, interactions: 3 }, after: { median: 100, interactions: 3 }, changePercent: -41 };
    const dashboard = await getJson<{ assignments: AssignmentView[] }>(`/api/monitor?process=${PAY}`, lead);
    expect(dashboard.assignments.find((a) => a.id === assignment.id)?.effect).toEqual(expected);
    const mine = await getJson<{ assignments: AssignmentView[] }>("/api/monitor/me", zoe);
    expect(mine.assignments.find((a) => a.id === assignment.id)).toMatchObject({ completedAt, effect: expected });
  });
});

describe("the drill-down behind a cell", () => {
  it("pages through every interaction exactly once, newest first, two started at the same moment included", async () => {
    const start = Date.now() - DAY;
    // 27 interactions a minute apart, newest first; the 25th and 26th (the first page's last and the
    // second page's first) started at the same moment.
    const ids: string[] = [];
    for (let i = 0; i < 27; i++) {
      const id = `int_drill_${String(99 - i).padStart(2, "0")}`;
      ids.push(id);
      await served(id, start - Math.min(i, 24) * 60_000 - Math.max(0, i - 25) * 60_000, verify, 30 + i);
    }
    const path = `/api/monitor/drill?process=${PAY}&staff=stf_zoe&step=verify`;
    const first = await getJson<{ items: { interactionId: string }[]; nextBefore: string | null }>(path, lead);
    expect(first.items).toHaveLength(25);
    expect(first.nextBefore).not.toBeNull();
    const second = await getJson<{ items: { interactionId: string }[]; nextBefore: string | null }>(
      `${path}&before=${encodeURIComponent(first.nextBefore ?? "")}`,
      lead,
    );
    expect(second.nextBefore).toBeNull();
    expect([...first.items, ...second.items].map((item) => item.interactionId)).toEqual(ids);
  });
});
