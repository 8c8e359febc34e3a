// Customer search and profile, masked for the caller by the PII policy.
import { Hono } from "hono";
import * as v from "valibot";
import { presentCustomer } from "../../core/domain/customer-view";
import { feedItem } from "../../core/domain/feed";
import { VIEW_WINDOW_MS } from "../../core/domain/notes";
import { presentField, visibilityFor } from "../../core/domain/pii";
import { PROMPT_DISMISS_MS, PROMPT_KINDS } from "../../core/domain/prompts";
import { planSearch, SEARCHES_PER_MINUTE } from "../../core/domain/search";
import type { ActivityPage } from "../../core/protocol/activity-answers";
import { ActivityQuerySchema, CustomerIdSchema, CustomerParamSchema, SearchQuerySchema } from "../../core/protocol/api";
import { NoteAddCommandSchema, ProfileUpdateCommandSchema, PromptDismissCommandSchema } from "../../core/protocol/commands";
import type { Profile, SearchPage } from "../../core/protocol/customer-answers";
import { AppError } from "../../core/protocol/errors";
import { recentActivity } from "../../db/repositories/activity";
import { actionsSince } from "../../db/repositories/audit";
import { loadProfile, presenceFor, productFlags, searchCustomers } from "../../db/repositories/customers";
import { actorAudit, recordAudit } from "../audit";
import { readCustomer, recordVisit } from "../customer-access";
import type { AppEnv } from "../env";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { mutateThroughRoom } from "../rooms";

const NoteBodySchema = v.omit(NoteAddCommandSchema, ["type"]);
const ProfileBodySchema = v.omit(ProfileUpdateCommandSchema, ["type"]);
const PromptDismissBodySchema = v.pick(PromptDismissCommandSchema, ["reason"]);
const PromptParamSchema = v.object({ id: CustomerIdSchema, promptId: v.picklist(PROMPT_KINDS) });

export const customerRoutes = new Hono<AppEnv>()
  .use(requirePermission("customer.read"))
  .get("/", validate("query", SearchQuerySchema), async (c) => {
    const { q, limit, offset } = c.req.valid("query");
    const { role, orgId, id: actorId } = c.var.actor;
    const exactOnly = new Set((["phone", "email"] as const).filter((field) => visibilityFor(role, field) !== "full"));
    const plan = planSearch(q, exactOnly);
    const now = Date.now();
    const [{ hits, ranked }, recent] = await Promise.all([
      searchCustomers(c.var.db, orgId, plan, { limit: limit + 1, offset }),
      actionsSince(c.var.db, actorId, "customer.search", now - 60_000),
    ]);
    if (recent >= SEARCHES_PER_MINUTE) throw new AppError("RATE_LIMITED", "Too many searches in the last minute; wait a moment");
    // Every search is on record: what kind of identifier, and how many customers it answered (never the text).
    await recordAudit(
      c,
      actorAudit(
        c,
        {
          action: "customer.search",
          targetType: "search",
          targetId: null,
          details: { kind: plan.kind, exact: "exact" in plan, results: Math.min(hits.length, limit), more: hits.length > limit },
        },
        now,
      ),
    );
    const page = hits.slice(0, limit);
    const ids = page.map((h) => h.id);
    const [flags, presence] = await Promise.all([productFlags(c.var.db, ids), presenceFor(c.var.db, ids)]);
    const items = page.map((hit) => {
      const here = presence.filter((p) => p.customerId === hit.id);
      const owner = here.find((p) => p.isOwner);
      return {
        id: hit.id,
        name: hit.fullName,
        status: hit.status,
        phone: presentField(role, "phone", hit.phone)?.value ?? null,
        email: presentField(role, "email", hit.email)?.value ?? null,
        city: hit.city,
        state: hit.state,
        loyaltyNumber: hit.loyaltyNumber,
        externalId: hit.externalId,
        teamId: hit.teamId,
        products: flags.get(hit.id) ?? { lease: false, loan: false },
        owner: owner ? { id: owner.staffId, name: owner.staffName, device: owner.device } : null,
        viewers: here.map((p) => ({ id: p.staffId, name: p.staffName, state: p.state, device: p.device })),
      };
    });
    const exact = plan.kind === "needs-exact" ? { needsExact: plan.field } : {};
    return c.json<SearchPage>({ items, ranked, nextOffset: hits.length > limit ? offset + limit : null, ...exact });
  })
  .get("/:id", validate("param", CustomerParamSchema), async (c) => {
    const { id } = c.req.valid("param");
    const { role, orgId } = c.var.actor;
    const now = Date.now();
    const data = await loadProfile(c.var.db, orgId, id, now - PROMPT_DISMISS_MS, { staffId: c.var.actor.id, since: now - VIEW_WINDOW_MS });
    if (!data) throw new AppError("NOT_FOUND", "No such customer");
    // A visit writes the automatic "viewed" note once per window; the room decides (one at a time),
    // and is only asked when the window has no note yet, so a reload costs no room round trip.
    if (!data.viewedRecently) await recordVisit(c, id);
    return c.json<Profile>({
      customer: presentCustomer(data.customer, role),
      leases: data.leases,
      loans: data.loans.map(({ disbursementAccount, ...loan }) => ({
        ...loan,
        disbursementAccount: presentField(role, "disbursementAccount", disbursementAccount) ?? null,
      })),
      orders: data.orders,
      promises: data.promises,
      callbacks: data.callbacks,
      dismissals: data.dismissals,
    });
  })
  .get("/:id/activity", validate("param", CustomerParamSchema), validate("query", ActivityQuerySchema), async (c) => {
    const { id } = c.req.valid("param");
    const { before, beforeId, kinds, limit } = c.req.valid("query");
    await readCustomer(c, id);
    const rows = await recentActivity(c.var.db, id, {
      limit: limit + 1,
      before,
      beforeId: before === undefined ? undefined : beforeId,
      kinds,
    });
    const items = rows.slice(0, limit).map(feedItem);
    const last = items.at(-1);
    return c.json<ActivityPage>({ items, next: rows.length > limit && last ? { before: last.at, beforeId: last.id } : null });
  })
  .post("/:id/notes", validate("param", CustomerParamSchema), validate("json", NoteBodySchema), async (c) => {
    const { id } = c.req.valid("param");
    const body = c.req.valid("json");
    return mutateThroughRoom(c, id, { type: "note.add", ...body }, 201);
  })
  .patch("/:id/profile", validate("param", CustomerParamSchema), validate("json", ProfileBodySchema), async (c) => {
    const { id } = c.req.valid("param");
    return mutateThroughRoom(c, id, { type: "profile.update", ...c.req.valid("json") });
  })
  .post("/:id/prompts/:promptId/dismiss", validate("param", PromptParamSchema), validate("json", PromptDismissBodySchema), async (c) => {
    const { id, promptId } = c.req.valid("param");
    return mutateThroughRoom(c, id, { type: "prompt.dismiss", promptId, reason: c.req.valid("json").reason }, 201);
  });
