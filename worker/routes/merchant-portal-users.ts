// Staff's side of the merchant portal: who of a merchant's people may sign in to it, inviting one,
// and taking a person's access away or giving it back (sales or admin, merchant.edit). An
// invitation creates the portal user and emails them a one-time code and a sign-in link through the
// configured mailer; disabling ends their sessions at once (codes and links already refuse a
// disabled person). Each is audited, a change of access with the staff member's reason.
import { Hono } from "hono";
import { AppError } from "../../core/protocol/errors";
import { MerchantParamSchema, PortalUserParamSchema } from "../../core/protocol/merchant-queries";
import {
  type PortalInvited,
  PortalInviteSchema,
  type PortalUserList,
  type PortalUserStatusChanged,
  PortalUserStatusChangeSchema,
} from "../../core/protocol/portal-answers";
import { newId } from "../../db/crypto";
import {
  findMerchantUserByEmail,
  insertMerchantUser,
  type MerchantUserRow,
  merchantUserById,
  revokeSessionsOf,
  setMerchantUserStatus,
  usersOfMerchant,
} from "../../db/repositories/merchant-users";
import { actorAudit, commitAudited, recordAudit } from "../audit";
import type { AppEnv } from "../env";
import { merchantInOrg } from "../merchant-access";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { mailSignIn } from "./portal-auth";

const present = (u: MerchantUserRow) => ({
  id: u.id,
  email: u.email,
  name: u.name,
  role: u.role,
  status: u.status,
  lastSignInAt: u.lastSignInAt,
});

export const merchantPortalUserRoutes = new Hono<AppEnv>()
  .get("/:id/portal-users", validate("param", MerchantParamSchema), async (c) => {
    const merchant = await merchantInOrg(c, c.req.valid("param").id);
    return c.json<PortalUserList>({ items: (await usersOfMerchant(c.var.db, merchant.id)).map(present) });
  })
  .post(
    "/:id/portal-users",
    requirePermission("merchant.edit"),
    validate("param", MerchantParamSchema),
    validate("json", PortalInviteSchema),
    async (c) => {
      const merchant = await merchantInOrg(c, c.req.valid("param").id);
      const body = c.req.valid("json");
      const now = Date.now();
      const existing = await findMerchantUserByEmail(c.var.db, body.email);
      if (existing && (existing.merchantId !== merchant.id || existing.status !== "invited"))
        throw new AppError(
          "CONFLICT",
          existing.merchantId === merchant.id
            ? "That person already uses the portal"
            : "That email belongs to another merchant's portal user",
        );
      let user = existing;
      if (!user) {
        const id = newId("mus");
        await commitAudited(
          c,
          [
            actorAudit(
              c,
              { action: "portal.invite", targetType: "merchant_user", targetId: id, details: { merchantId: merchant.id, role: body.role } },
              now,
            ),
          ],
          () => [
            insertMerchantUser(c.var.db, {
              id,
              orgId: merchant.orgId,
              merchantId: merchant.id,
              email: body.email,
              name: body.name,
              role: body.role,
              status: "invited",
              invitedBy: c.var.actor.id,
              now,
            }),
          ],
        );
        user = await findMerchantUserByEmail(c.var.db, body.email);
      } else {
        await recordAudit(
          c,
          actorAudit(
            c,
            { action: "portal.invite", targetType: "merchant_user", targetId: user.id, details: { merchantId: merchant.id, resent: true } },
            now,
          ),
        );
      }
      if (!user) throw new AppError("INTERNAL", "The invitation was not saved");
      await mailSignIn(c, user, "portal.invite", now, c.var.actor.name);
      return c.json<PortalInvited>({ ok: true, user: present(user) }, 201);
    },
  )
  .post(
    "/:id/portal-users/:userId/status",
    requirePermission("merchant.edit"),
    validate("param", PortalUserParamSchema),
    validate("json", PortalUserStatusChangeSchema),
    async (c) => {
      const { id, userId } = c.req.valid("param");
      const merchant = await merchantInOrg(c, id);
      const { status: access, note } = c.req.valid("json");
      const user = await merchantUserById(c.var.db, userId);
      if (!user || user.merchantId !== merchant.id) throw new AppError("NOT_FOUND", "No such portal user at this merchant");
      const disabled = user.status === "disabled";
      if (disabled === (access === "disabled")) return c.json<PortalUserStatusChanged>({ ok: true, changed: false, user: present(user) });
      const now = Date.now();
      await commitAudited(
        c,
        [
          actorAudit(
            c,
            {
              action: access === "disabled" ? "portal.user_disabled" : "portal.user_enabled",
              targetType: "merchant_user",
              targetId: user.id,
              details: { merchantId: merchant.id, note },
            },
            now,
          ),
        ],
        () => [
          setMerchantUserStatus(c.var.db, user, access, now),
          ...(access === "disabled" ? [revokeSessionsOf(c.var.db, user.id, now)] : []),
        ],
      );
      const after = await merchantUserById(c.var.db, user.id);
      if (!after) throw new AppError("INTERNAL", "The portal user was not saved");
      return c.json<PortalUserStatusChanged>({ ok: true, changed: true, user: present(after) });
    },
  );
