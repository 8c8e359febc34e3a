// Compliance marks a quarterly review done: who, when, the days and filters reviewed, a note;
// audited in the same batch, listed for everyone who reviews, and never changed afterwards.
import { env } from "cloudflare:test";
import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase, errorText } from "../../../db/client";
import { auditLog } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";

let compliance: string;
let director: string;

beforeAll(async () => {
  await seedSmall(20);
  [compliance, director] = await Promise.all([signIn("compliance@tandem.test"), signIn("director@tandem.test")]);
});

interface Review {
  id: string;
  reviewedBy: string;
  reviewerName: string;
  reviewedAt: number;
  from: string;
  to: string;
  scope: Record<string, string>;
  note: string;
}

describe("quarterly reviews", () => {
  it("records who marked which days and filters reviewed, audits it, and lists it newest first", async () => {
    const before = Date.now();
    const marked = await post<{ review: Review }>("/api/compliance/reviews", compliance, {
      from: "2026-07-01",
      to: "2026-09-30",
      scope: { tab: "notes", kind: "manual", staffId: "stf_ana" },
      note: "Q3 notes of Ana reviewed; no findings",
    });
    expect(marked.status).toBe(201);
    expect(marked.body.review).toMatchObject({
      reviewedBy: "stf_compliance",
      reviewerName: "Corinne Park",
      from: "2026-07-01",
      to: "2026-09-30",
      scope: { tab: "notes", kind: "manual", staffId: "stf_ana" },
      note: "Q3 notes of Ana reviewed; no findings",
    });
    expect(marked.body.review.reviewedAt).toBeGreaterThanOrEqual(before);

    const later = await post<{ review: Review }>("/api/compliance/reviews", compliance, {
      from: "2026-10-01",
      to: "2026-10-31",
      note: "October",
    });
    const list = await get<{ items: Review[] }>("/api/compliance/reviews", director);
    expect(list.body.items.slice(0, 2).map((r) => r.id)).toEqual([later.body.review.id, marked.body.review.id]);

    const rows = await createDatabase({ DB: env.DB })
      .select({ stream: auditLog.stream, outcome: auditLog.outcome })
      .from(auditLog)
      .where(and(eq(auditLog.action, "compliance.review"), eq(auditLog.targetId, marked.body.review.id)));
    expect(rows).toEqual([{ stream: "stf:stf_compliance", outcome: "success" }]);
  });

  it("lets a director read the reviews but not sign one off, and refuses a range that runs backwards", async () => {
    const refused = await post("/api/compliance/reviews", director, { from: "2026-07-01", to: "2026-09-30", note: "Q3" });
    expect(refused.status).toBe(403);
    const backwards = await post<{ error: { code: string } }>("/api/compliance/reviews", compliance, {
      from: "2026-09-30",
      to: "2026-07-01",
      note: "Q3",
    });
    expect([backwards.status, backwards.body.error.code]).toEqual([400, "VALIDATION"]);
    const noNote = await post<{ error: { code: string } }>("/api/compliance/reviews", compliance, {
      from: "2026-07-01",
      to: "2026-09-30",
      note: " ",
    });
    expect([noNote.status, noNote.body.error.code]).toEqual([400, "NOTE_REQUIRED"]);
  });

  it("keeps a review as it was marked: the table refuses changes and removals", async () => {
    const db = createDatabase({ DB: env.DB });
    const refusal = (query: Promise<unknown>) => query.then(() => "changed", errorText);
    expect(await refusal(db.run(sql`UPDATE compliance_reviews SET note = 'edited'`))).toMatch(/append-only/);
    expect(await refusal(db.run(sql`DELETE FROM compliance_reviews`))).toMatch(/append-only/);
  });
});
