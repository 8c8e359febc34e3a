// The admin API: staff, teams and regions of the admin's own org; every change audited; disabling
// someone ends their sessions and closes their sockets.
import { env } from "cloudflare:test";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { auditLog } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, patch, post } from "../support/json";
import { joinRoom } from "../support/room-client";

const db = () => createDatabase({ DB: env.DB });
let admin: string;

beforeAll(async () => {
  await seedSmall();
  admin = await signIn("admin@tandem.test");
});

async function auditRows(action: string, targetId: string) {
  return db()
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.targetId, targetId)));
}

describe("staff", () => {
  it("lists only the admin's own org", async () => {
    const { status, body } = await get<{ items: { email: string }[] }>("/api/admin/staff", admin);
    expect(status).toBe(200);
    const emails = body.items.map((s) => s.email);
    expect(emails).toContain("rep.ana@tandem.test");
    expect(emails).not.toContain("rep.zoe@harbor.test");
  });

  it("creates a staff member who can then sign in, and audits it", async () => {
    const created = await post<{ staff: { id: string; role: string } }>("/api/admin/staff", admin, {
      email: "New.Rep@tandem.test",
      name: "Nia Reed",
      role: "rep",
      teamId: "team_west",
    });
    expect(created.status).toBe(201);
    expect(created.body.staff).toMatchObject({ role: "rep" });
    const cookie = await signIn("new.rep@tandem.test");
    expect((await get("/api/me", cookie)).body).toMatchObject({ name: "Nia Reed", role: "rep", team: { id: "team_west" } });
    expect(await auditRows("staff.create", created.body.staff.id)).toHaveLength(1);
  });

  it("refuses bad input with a typed error and changes nothing", async () => {
    const cases: [unknown, number, string][] = [
      [{ email: "x@elsewhere.test", name: "X", role: "rep" }, 400, "VALIDATION"],
      [{ email: "rep.ana@tandem.test", name: "Dup", role: "rep" }, 409, "CONFLICT"],
      [{ email: "y@tandem.test", name: "Y", role: "superuser" }, 400, "VALIDATION"],
      [{ email: "z@tandem.test", name: "Z", role: "rep", teamId: "team_harbor" }, 404, "NOT_FOUND"],
      [{ email: "w@tandem.test", name: "W", role: "rep", isAdmin: true }, 400, "VALIDATION"],
    ];
    const before = (await get<{ items: unknown[] }>("/api/admin/staff", admin)).body.items.length;
    for (const [body, status, code] of cases) {
      const answer = await post("/api/admin/staff", admin, body);
      expect(answer.status, JSON.stringify(body)).toBe(status);
      expect(answer.body).toMatchObject({ error: { code } });
    }
    expect((await get<{ items: unknown[] }>("/api/admin/staff", admin)).body.items).toHaveLength(before);
  });

  it("answers 404 for another org's staff id", async () => {
    const answer = await patch("/api/admin/staff/stf_zoe", admin, { name: "Hijacked" });
    expect(answer.status).toBe(404);
    const zoe = await signIn("rep.zoe@harbor.test");
    expect((await get("/api/me", zoe)).body).toMatchObject({ name: "Zoe Lindqvist" });
  });

  it("changes role and team, ending the person's sessions so the new access applies", async () => {
    const cookie = await signIn("rep.cruz@tandem.test");
    const answer = await patch<{ changed: string[] }>("/api/admin/staff/stf_cruz", admin, { role: "senior_rep", teamId: "team_east" });
    expect(answer.status).toBe(200);
    expect(answer.body.changed.sort()).toEqual(["role", "teamId"]);
    expect((await get("/api/me", cookie)).status).toBe(401);
    const again = await signIn("rep.cruz@tandem.test");
    expect((await get("/api/me", again)).body).toMatchObject({ role: "senior_rep", team: { id: "team_east" } });
    const [row] = await auditRows("staff.update", "stf_cruz");
    expect(JSON.parse(row?.details ?? "{}")).toMatchObject({ changes: { role: { from: "rep", to: "senior_rep" } }, sessionsEnded: true });
  });

  it("disables someone: sessions end, open sockets close, sign-in is refused", async () => {
    const cookie = await signIn("rep.ben@tandem.test");
    const { client } = await joinRoom(cookie, "cus_0003");
    const answer = await patch<{ socketsClosed: number }>("/api/admin/staff/stf_ben", admin, { status: "disabled" });
    expect(answer.status).toBe(200);
    expect(answer.body.socketsClosed).toBe(1);
    expect(await client.nextOfType("session-ended", 0)).toMatchObject({ reason: "disabled" });
    expect((await client.waitClosed()).code).toBe(4401);
    expect((await get("/api/me", cookie)).status).toBe(401);
    expect((await post("/api/auth/dev/sign-in", undefined, { email: "rep.ben@tandem.test" })).status).toBe(401);
    await patch("/api/admin/staff/stf_ben", admin, { status: "active" });
    expect((await get("/api/me", await signIn("rep.ben@tandem.test"))).status).toBe(200);
  });

  it("will not let an admin demote or disable themselves", async () => {
    for (const change of [{ role: "rep" }, { status: "disabled" }]) {
      const answer = await patch("/api/admin/staff/stf_admin", admin, change);
      expect(answer.status).toBe(409);
      expect(answer.body).toMatchObject({ error: { code: "CONFLICT" } });
    }
  });

  it("is refused to everyone but admins", async () => {
    const lead = await signIn("lead.east@tandem.test");
    expect((await get("/api/admin/staff", lead)).status).toBe(403);
    expect((await patch("/api/admin/staff/stf_ana", lead, { role: "admin" })).status).toBe(403);
  });
});

describe("regions and teams", () => {
  it("creates a region and a team in it, renames and moves it, all audited", async () => {
    const region = await post<{ region: { id: string } }>("/api/admin/regions", admin, { name: "Central" });
    expect(region.status).toBe(201);
    const team = await post<{ team: { id: string } }>("/api/admin/teams", admin, { name: "North", regionId: region.body.region.id });
    expect(team.status).toBe(201);
    expect((await patch(`/api/admin/teams/${team.body.team.id}`, admin, { name: "North Star", regionId: "reg_atlantic" })).status).toBe(
      200,
    );
    const org = await get<{ regions: { id: string; teams: { name: string }[] }[] }>("/api/admin/org", admin);
    expect(org.body.regions.find((r) => r.id === "reg_atlantic")?.teams.map((t) => t.name)).toContain("North Star");
    expect(await auditRows("team.update", team.body.team.id)).toHaveLength(1);
    expect(await auditRows("region.create", region.body.region.id)).toHaveLength(1);
  });

  it("answers 404 for another org's region or team", async () => {
    expect((await post("/api/admin/teams", admin, { name: "Sneaky", regionId: "reg_harbor" })).status).toBe(404);
    expect((await patch("/api/admin/teams/team_harbor", admin, { name: "Mine now" })).status).toBe(404);
    expect((await patch("/api/admin/regions/reg_harbor", admin, { name: "Mine now" })).status).toBe(404);
  });
});
