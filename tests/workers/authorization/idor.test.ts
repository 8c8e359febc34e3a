// IDOR: an id of another org, swapped into any slot of a request (path, body or query) next to
// the caller's own ids, never succeeds: 404 and nothing written, or an answer without its data.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { loans, notes } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, patch, post } from "../support/json";
import { anyNoteOf, foreignMentions } from "./rig";

const db = () => createDatabase({ DB: env.DB });
let admin: string;
let lead: string;
let harborNote: string;
let harborLoan: string;

beforeAll(async () => {
  await seedSmall();
  [admin, lead] = await Promise.all([signIn("admin@tandem.test"), signIn("lead.east@tandem.test")]);
  harborNote = await anyNoteOf("cus_9001");
  const [loan] = await db().select({ id: loans.id }).from(loans).where(eq(loans.customerId, "cus_9001"));
  harborLoan = loan?.id ?? "lon_none";
});

describe("swapping one id for another org's", () => {
  it("edits no note of another org through one's own customer", async () => {
    const before = (await db().select().from(notes).where(eq(notes.id, harborNote)))[0];
    const answer = await patch(`/api/customers/cus_0002/notes/${harborNote}`, lead, { text: "rewritten" });
    expect(answer).toMatchObject({ status: 404, body: { error: { code: "NOT_FOUND" } } });
    expect((await db().select().from(notes).where(eq(notes.id, harborNote)))[0]).toEqual(before);
  });

  it("reveals nothing of another org's loan through one's own customer", async () => {
    const answer = await post("/api/customers/cus_0001/reveal", lead, { field: "disbursementAccount", recordId: harborLoan, note: "swap" });
    expect(answer.status).toBe(404);
  });

  it("assigns no one to another org's team or region", async () => {
    const cases = [
      await post("/api/admin/staff", admin, { email: "idor1@tandem.test", name: "I", role: "rep", teamId: "team_harbor" }),
      await patch("/api/admin/staff/stf_cruz", admin, { teamId: "team_harbor" }),
      await post("/api/admin/teams", admin, { name: "Annex", regionId: "reg_harbor" }),
      await patch("/api/admin/teams/team_west", admin, { regionId: "reg_harbor" }),
    ];
    expect(cases.map((c) => c.status)).toEqual([404, 404, 404, 404]);
    const staff = await get<{ items: { id: string; teamId: string | null }[] }>("/api/admin/staff", admin);
    expect(staff.body.items.find((s) => s.id === "stf_cruz")?.teamId).toBe("team_west");
  });

  it("filters another org's people and customers out of every review and list", async () => {
    const compliance = await signIn("compliance@tandem.test");
    const answers = [
      await get("/api/compliance/notes?customerId=cus_9001", compliance),
      await get("/api/compliance/audit?staffId=stf_zoe", compliance),
      await get("/api/compliance/audit?customerId=cus_9001", compliance),
      await get("/api/customers?q=LY", lead),
      await get("/api/dashboard?region=reg_harbor", lead),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 404]);
    for (const answer of answers) expect(foreignMentions(JSON.stringify(answer.body))).toEqual([]);
  });
});
