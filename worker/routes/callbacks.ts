// GET /api/callbacks/assignees: whom a lead may give a callback to (the org's active people who take them).
import { Hono } from "hono";
import { can } from "../../core/domain/permissions";
import type { Role } from "../../core/domain/roles";
import type { CallbackAssignees } from "../../core/protocol/callback-answers";
import { assignableStaff } from "../../db/repositories/callbacks";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";

export const callbackRoutes = new Hono<AppEnv>().get("/assignees", requirePermission("callback.assign"), async (c) => {
  const people = await assignableStaff(c.var.db, c.var.actor.orgId);
  const items = people
    .filter((p) => can(p.role as Role, "callback.manage"))
    .map((p) => ({ id: p.id, name: p.name, role: p.role as Role, teamId: p.teamId }));
  return c.json<CallbackAssignees>({ items });
});
