// A customer's loyalty tabs (tier and metrics, campaigns, incentives, rewards, promo codes, tags,
// devices, stores and nearby stores, a purchase's detail) and the promo lockout reset, which goes
// through the customer's room like every change.
import { Hono } from "hono";
import * as v from "valibot";
import { campaignStatus } from "../../core/domain/campaigns";
import { VIEW_WINDOW_MS } from "../../core/domain/notes";
import { visibilityFor } from "../../core/domain/pii";
import { CustomerParamSchema } from "../../core/protocol/api";
import type {
  DeviceList,
  LocationList,
  NearbyStores,
  PromoPanel,
  TagList,
  TransactionDetail,
} from "../../core/protocol/engagement-answers";
import { AppError } from "../../core/protocol/errors";
import type { CampaignList, IncentiveList, LoyaltySummary, RewardList } from "../../core/protocol/loyalty-answers";
import { NearbyQuerySchema, PromoLockoutResetCommandSchema, TransactionParamSchema } from "../../core/protocol/loyalty-commands";
import { deviceList, findTransaction, tagList } from "../../db/repositories/engagement";
import { customerCampaignList, customerIncentiveList, customerRewardList, loyaltyRecord } from "../../db/repositories/loyalty";
import { loyaltyTabRead } from "../../db/repositories/loyalty-tab";
import { cutoffsFrom } from "../../db/repositories/metrics";
import { promoRecord } from "../../db/repositories/promos";
import { customerHome, customerStoreList, findStore, nearbyStores } from "../../db/repositories/stores";
import { readCustomerOften, recordVisit } from "../customer-access";
import type { AppEnv } from "../env";
import { presentDevices, presentLoyalty, presentMetrics, presentPromos, presentStore } from "../loyalty-presenters";
import { validateNoted } from "../middleware/note-required";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { mutateThroughRoom } from "../rooms";

const ResetBody = v.omit(PromoLockoutResetCommandSchema, ["type"]);
const ref = (id: string | null | undefined, name: string | null | undefined) => (id && name ? { id, name } : null);

export const customerLoyaltyRoutes = new Hono<AppEnv>()
  .use(requirePermission("customer.read"))
  .get("/:id/loyalty", validate("param", CustomerParamSchema), async (c) => {
    const { id: staffId, orgId } = c.var.actor;
    const now = Date.now();
    // One round trip for the customer, the visit check, the tier record and the metrics' inputs.
    const read = await loyaltyTabRead(c.var.db, {
      orgId,
      customerId: c.req.valid("param").id,
      staffId,
      viewedSince: now - VIEW_WINDOW_MS,
      now,
    });
    if (!read) throw new AppError("NOT_FOUND", "No such customer");
    if (!read.viewedRecently) await recordVisit(c, read.customer.id);
    const cutoffs = await cutoffsFrom(c.var.db, orgId, now, read.storedCutoffs);
    return c.json<LoyaltySummary>(presentLoyalty(read.customer, read.record, presentMetrics(read.inputs, cutoffs, now)));
  })
  .get("/:id/campaigns", validate("param", CustomerParamSchema), async (c) => {
    const customer = await readCustomerOften(c, c.req.valid("param").id);
    const now = Date.now();
    const rows = await customerCampaignList(c.var.db, customer.id);
    return c.json<CampaignList>({
      items: rows.map(({ member, campaign }) => ({
        id: campaign.id,
        name: campaign.name,
        channel: campaign.channel,
        status: campaignStatus(campaign.startsAt, campaign.endsAt, now),
        startsAt: campaign.startsAt,
        endsAt: campaign.endsAt,
        membership: { status: member.status, enrolledAt: member.enrolledAt, touches: member.touches, lastTouchAt: member.lastTouchAt },
      })),
    });
  })
  .get("/:id/incentives", validate("param", CustomerParamSchema), async (c) => {
    const customer = await readCustomerOften(c, c.req.valid("param").id);
    const rows = await customerIncentiveList(c.var.db, customer.id);
    return c.json<IncentiveList>({
      items: rows.map(({ offer, incentive, campaignName }) => ({
        id: offer.id,
        name: incentive.name,
        kind: incentive.kind,
        value: incentive.value,
        requirement: incentive.requirement,
        status: offer.status,
        progress: offer.progress,
        target: offer.target,
        offeredAt: offer.offeredAt,
        expiresAt: offer.expiresAt,
        campaign: ref(incentive.campaignId, campaignName),
      })),
    });
  })
  .get("/:id/rewards", validate("param", CustomerParamSchema), async (c) => {
    const customer = await readCustomerOften(c, c.req.valid("param").id);
    const rows = await customerRewardList(c.var.db, customer.id);
    return c.json<RewardList>({
      items: rows.map(({ reward, campaignName, storeName }) => ({
        id: reward.id,
        name: reward.name,
        kind: reward.kind,
        valueCents: reward.valueCents,
        pointsCost: reward.pointsCost,
        status: reward.status,
        earnedAt: reward.earnedAt,
        redeemedAt: reward.redeemedAt,
        expiresAt: reward.expiresAt,
        campaign: ref(reward.campaignId, campaignName),
        storeName,
      })),
    });
  })
  .get("/:id/promos", validate("param", CustomerParamSchema), async (c) => {
    const customer = await readCustomerOften(c, c.req.valid("param").id);
    return c.json<PromoPanel>(presentPromos(await promoRecord(c.var.db, customer.id), Date.now()));
  })
  .get("/:id/tags", validate("param", CustomerParamSchema), async (c) => {
    const customer = await readCustomerOften(c, c.req.valid("param").id);
    const rows = await tagList(c.var.db, customer.id);
    return c.json<TagList>({
      items: rows.map((t) => ({ tag: t.tag, label: t.label, source: t.source, rule: t.rule, appliedAt: t.appliedAt })),
    });
  })
  .get("/:id/devices", validate("param", CustomerParamSchema), async (c) => {
    const customer = await readCustomerOften(c, c.req.valid("param").id);
    return c.json<DeviceList>(presentDevices(await deviceList(c.var.db, customer.id), c.var.actor.role));
  })
  .get("/:id/locations", validate("param", CustomerParamSchema), async (c) => {
    const customer = await readCustomerOften(c, c.req.valid("param").id);
    const [rows, home] = await Promise.all([customerStoreList(c.var.db, customer.id), customerHome(c.var.db, customer.id)]);
    const fromHome = visibilityFor(c.var.actor.role, "addressLine1") !== "full" ? "not_for_role" : home ? "available" : "not_geocoded";
    return c.json<LocationList>({
      items: rows.map((r) => ({ relation: r.relation, visits: r.visits, lastVisitAt: r.lastVisitAt, store: presentStore(r.store) })),
      fromHome,
    });
  })
  .get("/:id/stores/nearby", validate("param", CustomerParamSchema), validate("query", NearbyQuerySchema), async (c) => {
    const customer = await readCustomerOften(c, c.req.valid("param").id);
    const { from, radius, limit } = c.req.valid("query");
    const answer = (origin: NearbyStores["from"], center: { lat: number | null; lon: number | null } | null, problem: string) => ({
      from: origin,
      radiusMiles: radius,
      center,
      problem,
    });
    let start: ReturnType<typeof answer>;
    if (from === "home") {
      // Distances from home would locate it: only for roles that see the address in full.
      if (visibilityFor(c.var.actor.role, "addressLine1") !== "full")
        throw new AppError("FORBIDDEN", "Your role sees this customer's address masked: measure from a store instead");
      start = answer({ kind: "home" }, await customerHome(c.var.db, customer.id), "This customer's address has no coordinates yet");
    } else {
      const store = await findStore(c.var.db, customer.orgId, from.slice("store:".length));
      if (!store) throw new AppError("NOT_FOUND", "No such store");
      start = answer(
        { kind: "store", id: store.id, name: store.name },
        store,
        `${store.name} has no coordinates yet, so it has no distances`,
      );
    }
    const center = start.center;
    if (!center || center.lat === null || center.lon === null)
      return c.json<NearbyStores>({
        from: start.from,
        radiusMiles: radius,
        items: [],
        problem: { code: "NO_COORDINATES", message: start.problem },
      });
    const found = await nearbyStores(c.var.db, customer.orgId, { lat: center.lat, lon: center.lon }, radius, limit + 1);
    const items = found.stores.filter((s) => start.from.kind !== "store" || s.id !== start.from.id).slice(0, limit);
    return c.json<NearbyStores>({
      from: start.from,
      radiusMiles: radius,
      items: items.map(({ miles, ...store }) => ({ miles: Math.round(miles * 10) / 10, store: presentStore(store) })),
      problem: null,
    });
  })
  .get("/:id/transactions/:transactionId", validate("param", TransactionParamSchema), async (c) => {
    const { id, transactionId } = c.req.valid("param");
    const customer = await readCustomerOften(c, id);
    const found = await findTransaction(c.var.db, customer.id, transactionId);
    if (!found) throw new AppError("NOT_FOUND", "No such purchase on this account");
    const record = await loyaltyRecord(c.var.db, customer.orgId, customer.id);
    const t = found.transaction;
    const tierName = record?.ladder.find((tier) => tier.key === t.tierKey)?.name ?? t.tierKey;
    return c.json<TransactionDetail>({
      id: t.id,
      at: t.at,
      channel: t.channel,
      items: t.items,
      subtotalCents: t.subtotalCents,
      discountCents: t.discountCents,
      taxCents: t.taxCents,
      totalCents: t.totalCents,
      pointsEarned: t.pointsEarned,
      tier: { key: t.tierKey, name: tierName },
      promoCode: t.promoCode,
      store: found.store ? presentStore(found.store) : null,
    });
  })
  .post(
    "/:id/promos/lockout/reset",
    requirePermission("promo.reset"),
    validate("param", CustomerParamSchema),
    validateNoted(ResetBody, "note"),
    async (c) => {
      return mutateThroughRoom(c, c.req.valid("param").id, { type: "promo.lockout_reset", ...c.req.valid("json") });
    },
  );
