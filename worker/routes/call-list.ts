// GET /api/call-list: the signed-in rep's calls for today, with who is already on each account.
import { Hono } from "hono";
import { endOfDay } from "../../core/domain/time-zone";
import { CallListQuerySchema } from "../../core/protocol/api";
import type { CallList } from "../../core/protocol/customer-answers";
import { callbacksDue, ordersNeedingAttention, pastDueInTeam } from "../../db/repositories/call-list";
import { presenceFor, productFlags } from "../../db/repositories/customers";
import { orgTimeZone } from "../../db/repositories/org";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";

export const callListRoutes = new Hono<AppEnv>()
  .use(requirePermission("customer.read"))
  .get("/", validate("query", CallListQuerySchema), async (c) => {
    const { id, orgId, teamId } = c.var.actor;
    const db = c.var.db;
    // "Today" is the org's day (its time zone), wherever the rep's browser thinks it is.
    const endOfToday = endOfDay(Date.now(), await orgTimeZone(db, orgId));
    const until = Math.min(c.req.valid("query").until ?? endOfToday, endOfToday);
    const [due, pastDue, attention] = await Promise.all([
      callbacksDue(db, orgId, id, until),
      teamId ? pastDueInTeam(db, orgId, teamId) : [],
      teamId ? ordersNeedingAttention(db, orgId, teamId) : [],
    ]);
    const ids = [...new Set([...due, ...pastDue, ...attention].map((row) => row.customerId))];
    const [flags, presence] = await Promise.all([productFlags(db, ids), presenceFor(db, ids)]);
    const who = (customerId: string) => {
      const here = presence.filter((p) => p.customerId === customerId);
      const owner = here.find((p) => p.isOwner);
      return {
        products: flags.get(customerId) ?? { lease: false, loan: false },
        owner: owner ? { id: owner.staffId, name: owner.staffName, device: owner.device } : null,
        viewers: here.map((p) => ({ id: p.staffId, name: p.staffName, state: p.state, device: p.device })),
      };
    };
    return c.json<CallList>({
      until,
      callbacks: due.map((row) => ({ ...row, ...who(row.customerId) })),
      pastDue: pastDue.map((row) => ({ ...row, ...who(row.customerId) })),
      attention: attention.map((row) => ({ ...row, ...who(row.customerId) })),
    });
  });
