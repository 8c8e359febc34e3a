// Compliance review: filtered notes and audit rows of the caller's org, and CSV exports.
import { beforeAll, describe, expect, it } from "vitest";
import { localDate } from "../../../core/domain/time-zone";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";

interface Page<T> {
  items: T[];
  nextOffset: number | null;
}
let compliance: string;
let ana: string;
// The filters take the org's days: "today" is Northwind's (New York), not UTC's (they differ each evening).
const NORTHWIND = "America/New_York";
const day = localDate(Date.now(), NORTHWIND);

beforeAll(async () => {
  await seedSmall();
  [compliance, ana] = await Promise.all([signIn("compliance@tandem.test"), signIn("rep.ana@tandem.test")]);
  await post("/api/customers/cus_0007/notes", ana, { text: 'Said "call me, after 5pm"\nthen hung up' });
  await post("/api/customers/cus_0007/notes", ana, { text: '=HYPERLINK("http://evil.example")' });
  await post("/api/customers/cus_0008/notes", ana, { text: "Other customer" });
});

describe("reviewing notes", () => {
  it("filters by rep, customer, kind and date range", async () => {
    const byRep = await get<Page<{ authorId: string; customerId: string; kind: string }>>(
      `/api/compliance/notes?staffId=stf_ana&customerId=cus_0007&kind=manual&from=${day}&to=${day}`,
      compliance,
    );
    expect(byRep.status).toBe(200);
    expect(byRep.body.items).toHaveLength(2);
    expect(byRep.body.items.every((n) => n.authorId === "stf_ana" && n.customerId === "cus_0007" && n.kind === "manual")).toBe(true);
    const tomorrow = localDate(Date.now() + 86_400_000, NORTHWIND);
    const later = await get<Page<unknown>>(`/api/compliance/notes?staffId=stf_ana&from=${tomorrow}`, compliance);
    expect(later.body.items).toHaveLength(0);
  });

  it("refuses malformed filters with field details", async () => {
    for (const query of ["from=yesterday", "customerId=robert';drop", "kind=secret", "limit=5000", "staffId=admin"]) {
      const answer = await get(`/api/compliance/notes?${query}`, compliance);
      expect(answer.status, query).toBe(400);
      expect(answer.body).toMatchObject({ error: { code: "VALIDATION" } });
    }
  });

  it("exports CSV with quotes, line breaks and formulas made safe", async () => {
    const csv = await get<string>(`/api/compliance/notes/export?customerId=cus_0007&kind=manual&from=${day}`, compliance);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("Content-Type")).toMatch(/^text\/csv/);
    expect(csv.headers.get("Content-Disposition")).toMatch(/attachment; filename="tandem-notes-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = csv.body;
    expect(text.startsWith("created_at,customer_id,customer_name,author_id,author_name,kind,category,action,text,")).toBe(true);
    expect(text).toContain('"Said ""call me, after 5pm""\nthen hung up"');
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"")"');
    expect(text.split("\r\n").filter(Boolean)).toHaveLength(3);
  });
});

describe("reviewing the audit trail", () => {
  it("filters by action, outcome and customer, and exports the export itself to the trail", async () => {
    await get("/api/admin/staff", ana); // refused: an audited denial
    const denied = await get<Page<{ action: string; outcome: string; actorId: string }>>(
      "/api/compliance/audit?outcome=denied&staffId=stf_ana",
      compliance,
    );
    expect(denied.body.items.length).toBeGreaterThan(0);
    expect(denied.body.items.every((r) => r.outcome === "denied" && r.actorId === "stf_ana")).toBe(true);
    const notesAdded = await get<Page<{ customerId: string }>>("/api/compliance/audit?action=note.add&customerId=cus_0007", compliance);
    expect(notesAdded.body.items).toHaveLength(2);
    const csv = await get<string>("/api/compliance/audit/export?action=note.add", compliance);
    expect(csv.status).toBe(200);
    expect(csv.body.split("\r\n")[0]).toBe(
      "seq,at,actor_id,actor_name,actor_role,action,target_type,target_id,customer_id,outcome,ip,user_agent,details,hash",
    );
    const exports = await get<Page<{ action: string }>>("/api/compliance/audit?action=audit.export", compliance);
    expect(exports.body.items).toHaveLength(1);
  });

  it("never shows another org's rows", async () => {
    const zoe = await signIn("rep.zoe@harbor.test");
    await post("/api/customers/cus_9001/notes", zoe, { text: "Harbor note" });
    const all = await get<Page<{ customerId: string }>>("/api/compliance/notes?limit=200", compliance);
    expect(all.body.items.some((n) => n.customerId === "cus_9001")).toBe(false);
    const audit = await get<Page<{ actorId: string | null }>>("/api/compliance/audit?limit=200", compliance);
    expect(audit.body.items.some((r) => r.actorId === "stf_zoe")).toBe(false);
  });

  it("lets directors read but not export, and reps neither", async () => {
    const director = await signIn("director@tandem.test");
    expect((await get("/api/compliance/audit", director)).status).toBe(200);
    expect((await get("/api/compliance/audit/export", director)).status).toBe(403);
    expect((await get("/api/compliance/notes", ana)).status).toBe(403);
  });
});
