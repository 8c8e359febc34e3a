// Admin: the org's regions and teams (org -> region -> team). Every change is audited.
import { Hono } from "hono";
import {
  RegionCreateSchema,
  RegionParamSchema,
  RegionUpdateSchema,
  TeamCreateSchema,
  TeamParamSchema,
  TeamUpdateSchema,
} from "../../core/protocol/admin";
import type { OrgStructure, RegionSaved, TeamSaved } from "../../core/protocol/admin-answers";
import { AppError } from "../../core/protocol/errors";
import { newId } from "../../db/crypto";
import { findOrgRegion, findOrgTeam, insertRegion, insertTeam, orgStructure, renameRegion, updateTeam } from "../../db/repositories/org";
import { actorAudit, commitAudited } from "../audit";
import type { AppEnv } from "../env";
import { validate } from "../middleware/validate";

export const adminOrgRoutes = new Hono<AppEnv>()
  .get("/org", async (c) => c.json<OrgStructure>({ regions: await orgStructure(c.var.db, c.var.actor.orgId) }))
  .post("/regions", validate("json", RegionCreateSchema), async (c) => {
    const { db, actor } = c.var;
    const region = { id: newId("reg"), orgId: actor.orgId, name: c.req.valid("json").name };
    await commitAudited(
      c,
      [actorAudit(c, { action: "region.create", targetType: "region", targetId: region.id, details: { name: region.name } })],
      () => [insertRegion(db, region)],
    );
    return c.json<RegionSaved>({ region: { id: region.id, name: region.name } }, 201);
  })
  .patch("/regions/:id", validate("param", RegionParamSchema), validate("json", RegionUpdateSchema), async (c) => {
    const { db, actor } = c.var;
    const { id } = c.req.valid("param");
    const before = await findOrgRegion(db, actor.orgId, id);
    if (!before) throw new AppError("NOT_FOUND", "No such region");
    const { name } = c.req.valid("json");
    await commitAudited(
      c,
      [
        actorAudit(c, {
          action: "region.update",
          targetType: "region",
          targetId: id,
          details: { changes: { name: { from: before.name, to: name } } },
        }),
      ],
      () => [renameRegion(db, id, name)],
    );
    return c.json<RegionSaved>({ region: { id, name } });
  })
  .post("/teams", validate("json", TeamCreateSchema), async (c) => {
    const { db, actor } = c.var;
    const body = c.req.valid("json");
    if (!(await findOrgRegion(db, actor.orgId, body.regionId))) throw new AppError("NOT_FOUND", "No such region");
    const team = { id: newId("team"), orgId: actor.orgId, regionId: body.regionId, name: body.name };
    await commitAudited(
      c,
      [
        actorAudit(c, {
          action: "team.create",
          targetType: "team",
          targetId: team.id,
          details: { name: team.name, regionId: team.regionId },
        }),
      ],
      () => [insertTeam(db, team)],
    );
    return c.json<TeamSaved>({ team: { id: team.id, name: team.name, regionId: team.regionId } }, 201);
  })
  .patch("/teams/:id", validate("param", TeamParamSchema), validate("json", TeamUpdateSchema), async (c) => {
    const { db, actor } = c.var;
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    const before = await findOrgTeam(db, actor.orgId, id);
    if (!before) throw new AppError("NOT_FOUND", "No such team");
    if (body.regionId && !(await findOrgRegion(db, actor.orgId, body.regionId))) throw new AppError("NOT_FOUND", "No such region");
    const after = { name: body.name ?? before.name, regionId: body.regionId ?? before.regionId };
    const changes = Object.fromEntries(
      (["name", "regionId"] as const).filter((k) => after[k] !== before[k]).map((k) => [k, { from: before[k], to: after[k] }]),
    );
    await commitAudited(c, [actorAudit(c, { action: "team.update", targetType: "team", targetId: id, details: { changes } })], () => [
      updateTeam(db, id, after),
    ]);
    return c.json<TeamSaved>({ team: { id, ...after } });
  });
