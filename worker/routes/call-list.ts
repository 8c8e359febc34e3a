// GET /api/call-list: the signed-in rep's calls for today, with who is already on each account.
import { Hono } from "hono";
import { CallListQuerySchema } from "../../core/protocol/api";
import type { CallList } from "../../core/protocol/customer-answers";
import { callbacksDue, ordersNeedingAttention, pastDueInTeam } from "../../db/repositories/call-list";
import { presenceFor, productFlags } from "../../db/repositories/customers";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";

const DAY = 86_400_000;

export const callListRoutes = new Hono<AppEnv>()
  .use(requirePermission("customer.read"))
  .get("/", validate("query", CallListQuerySchema), async (c) => {
    const { id, orgId, teamId } = c.var.actor;
    const now = Date.now();
    // The client sends the end of the rep's own day; a day and a bit at most, so "today" stays today.
    const until = Math.min(c.req.valid("query").until ?? now - (now % DAY) + DAY, now + 2 * DAY);
    const db = c.var.db;
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
