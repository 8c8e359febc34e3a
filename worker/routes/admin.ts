// Admin: the org's staff (create, rename, role, team, enable/disable). Every change is audited in
// the same batch; disabling someone or changing their access ends their sessions and sockets.
import { type Context, Hono } from "hono";
import { StaffCreateSchema, StaffParamSchema, StaffUpdateSchema } from "../../core/protocol/admin";
import type { StaffCreated, StaffList, StaffUpdated } from "../../core/protocol/admin-answers";
import { AppError } from "../../core/protocol/errors";
import { newId } from "../../db/crypto";
import { emailTaken, findOrgStaff, insertStaff, listOrgStaff, revokeSessionsStatement, updateStaff } from "../../db/repositories/admin";
import { findOrg, findOrgTeam } from "../../db/repositories/org";
import type { StaffRow } from "../../db/repositories/staff";
import { actorAudit, commitAudited } from "../audit";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { closeLiveSockets } from "../session-eviction";
import { adminOrgRoutes } from "./admin-org";

async function requireTeam(c: Context<AppEnv>, teamId: string | null | undefined): Promise<void> {
  if (teamId && !(await findOrgTeam(c.var.db, c.var.actor.orgId, teamId))) throw new AppError("NOT_FOUND", "No such team");
}

function staffView(row: StaffRow) {
  return { id: row.id, email: row.email, name: row.name, role: row.role, status: row.status, teamId: row.teamId, updatedAt: row.updatedAt };
}

export const adminRoutes = new Hono<AppEnv>()
  .use(requirePermission("staff.manage"))
  .get("/staff", async (c) => c.json<StaffList>({ items: await listOrgStaff(c.var.db, c.var.actor.orgId) }))
  .post("/staff", validate("json", StaffCreateSchema), async (c) => {
    const body = c.req.valid("json");
    const { db, actor } = c.var;
    const org = await findOrg(db, actor.orgId);
    const domain = body.email.split("@")[1];
    if (org?.ssoDomain && domain !== org.ssoDomain)
      throw new AppError("VALIDATION", `Staff emails must be at ${org.ssoDomain}`, [
        { path: "email", message: `must end with @${org.ssoDomain}` },
      ]);
    await requireTeam(c, body.teamId);
    if (await emailTaken(db, body.email)) throw new AppError("CONFLICT", "Someone already has that email");
    const now = Date.now();
    const row: StaffRow = {
      id: newId("stf"),
      orgId: actor.orgId,
      teamId: body.teamId ?? null,
      email: body.email,
      name: body.name,
      role: body.role,
      status: "active",
      oidcSubject: null,
      createdAt: now,
      updatedAt: now,
    };
    await commitAudited(
      c,
      [
        actorAudit(
          c,
          { action: "staff.create", targetType: "staff", targetId: row.id, details: { role: row.role, teamId: row.teamId } },
          now,
        ),
      ],
      () => [insertStaff(db, row)],
    );
    return c.json<StaffCreated>({ staff: staffView(row) }, 201);
  })
  .patch("/staff/:id", validate("param", StaffParamSchema), validate("json", StaffUpdateSchema), async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const { db, actor } = c.var;
    const before = await findOrgStaff(db, actor.orgId, id);
    if (!before) throw new AppError("NOT_FOUND", "No such staff member");
    if (id === actor.id && ((body.role && body.role !== before.role) || body.status === "disabled"))
      throw new AppError("CONFLICT", "You cannot change your own role or disable yourself; ask another admin");
    await requireTeam(c, body.teamId);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const key of ["name", "role", "teamId", "status"] as const) {
      const next = body[key];
      if (next !== undefined && next !== before[key]) changes[key] = { from: before[key], to: next };
    }
    if (Object.keys(changes).length === 0) return c.json<StaffUpdated>({ staff: staffView(before), changed: [] });
    const now = Date.now();
    const disabled = changes.status?.to === "disabled";
    // New access rules apply at once: sessions (and the sockets holding the old role) end.
    const endsSessions = disabled || "role" in changes || "teamId" in changes;
    const after: StaffRow = { ...before, ...body, updatedAt: now };
    await commitAudited(
      c,
      [
        actorAudit(
          c,
          { action: "staff.update", targetType: "staff", targetId: id, details: { changes, sessionsEnded: endsSessions } },
          now,
        ),
      ],
      () => [
        updateStaff(db, id, { name: after.name, role: after.role, teamId: after.teamId, status: after.status, updatedAt: now }),
        ...(endsSessions ? [revokeSessionsStatement(db, id, now)] : []),
      ],
    );
    let socketsClosed = 0;
    if (endsSessions)
      socketsClosed = await closeLiveSockets(c.env, db, { staffId: id, orgId: actor.orgId }, disabled ? "disabled" : "signed-out");
    return c.json<StaffUpdated>({ staff: staffView(after), changed: Object.keys(changes), socketsClosed });
  })
  .route("/", adminOrgRoutes);
