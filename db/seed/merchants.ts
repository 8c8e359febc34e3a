// Seeds the merchant network of each org: its plan catalogue and decision models, then merchants with
// realistic histories (contacts, plan periods, endpoints with keys and delivery logs, usage, ledger,
// invoices, contracts, notes and plan changes at every stage). Deterministic for a seed and anchor.

import type { Database } from "../client";
import { sha256Hex } from "../crypto";
import * as schema from "../schema";
import { DAY, isoDate, type Row } from "./bundle";
import { STAFF } from "./fixtures";
import {
  CONTACT_FIRST,
  CONTACT_LAST,
  HARBOR_FIRST_MERCHANT,
  HARBOR_MERCHANTS,
  MERCHANT_NOTES,
  MODEL_FIXTURES,
  merchantId,
  NORTHWIND_FIRST_MERCHANT,
  NORTHWIND_MERCHANTS,
  PLAN_FIXTURES,
} from "./merchant-fixtures";
import { addDeliveries, addMoney, type MerchantRows, type PlanTerms } from "./merchant-history";
import { addPlanChanges } from "./merchant-requests";
import { createRandom, type Random } from "./random";
import { insertRows, runAll } from "./rows";

export interface NetworkRows extends MerchantRows {
  plans: Row<typeof schema.plans>[];
  planVersions: Row<typeof schema.planVersions>[];
  models: Row<typeof schema.decisionModels>[];
  modelVersions: Row<typeof schema.decisionModelVersions>[];
  merchants: Row<typeof schema.merchants>[];
  contacts: Row<typeof schema.merchantContacts>[];
  periods: Row<typeof schema.merchantPlanPeriods>[];
  endpoints: Row<typeof schema.merchantEndpoints>[];
  keys: Row<typeof schema.endpointKeys>[];
  contracts: Row<typeof schema.merchantContracts>[];
  notes: Row<typeof schema.merchantNotes>[];
  activity: Row<typeof schema.merchantActivity>[];
  requests: Row<typeof schema.planChangeRequests>[];
  events: Row<typeof schema.planChangeEvents>[];
}

const ORG_STEM: Record<string, string> = { org_northwind: "nw", org_harbor: "hb" };
const WEST = new Set(["CA", "OR", "WA", "NV", "AZ", "UT", "CO", "ID", "TX"]);
const BANKS = ["First Lakeshore Bank", "Union Commerce Bank", "Pacific Trust", "Granite State Bank"];
export const planVersionId = (orgId: string, code: string, version: number) => `plv_${ORG_STEM[orgId]}_${code}_${version}`;
export const modelVersionId = (orgId: string, key: string, version: number) => `dmv_${ORG_STEM[orgId]}_${key}_${version}`;

function catalogue(rows: NetworkRows, orgId: string, createdAt: number): Map<string, PlanTerms & { tier: string; endpoints: number }> {
  const terms = new Map<string, PlanTerms & { tier: string; endpoints: number }>();
  for (const [rank, plan] of (PLAN_FIXTURES[orgId] ?? []).entries()) {
    const planId = `pln_${ORG_STEM[orgId]}_${plan.code}`;
    rows.plans.push({ id: planId, orgId, code: plan.code, name: plan.name, status: "active", rank });
    plan.versions.forEach(([fee, txFee, bps, minimum, endpoints, tier, notes], i) => {
      const id = planVersionId(orgId, plan.code, i + 1);
      rows.planVersions.push({
        id,
        planId,
        version: i + 1,
        monthlyFeeCents: fee,
        transactionFeeCents: txFee,
        discountRateBps: bps,
        monthlyMinimumCents: minimum,
        includedEndpoints: endpoints,
        modelTier: tier,
        notes,
        createdBy: null,
        createdAt: createdAt + i * 200 * DAY,
      });
      terms.set(id, {
        id,
        name: plan.name,
        monthlyFeeCents: fee,
        transactionFeeCents: txFee,
        discountRateBps: bps,
        monthlyMinimumCents: minimum,
        tier,
        endpoints,
      });
    });
  }
  for (const model of MODEL_FIXTURES) {
    const id = `dmo_${ORG_STEM[orgId]}_${model.key}`;
    rows.models.push({ id, orgId, name: model.name, product: model.product, tier: model.tier });
    model.versions.forEach(([minScore, maxAmountCents, maxTermMonths, notes], i) => {
      rows.modelVersions.push({
        id: modelVersionId(orgId, model.key, i + 1),
        modelId: id,
        version: i + 1,
        thresholds: JSON.stringify({ minScore, maxAmountCents, maxTermMonths }),
        notes,
        status: "active",
        createdAt: createdAt + i * 300 * DAY,
      });
    });
  }
  return terms;
}

const slug = (name: string) =>
  name
    .toLowerCase()
    .replace(/&/g, "and")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
const ENDPOINT_KINDS = ["checkout", "order_webhook", "settlement_webhook"] as const;
const HEALTHS = ["healthy", "healthy", "healthy", "healthy", "degraded", "failing", "idle"] as const;

async function addMerchant(
  rows: NetworkRows,
  rng: Random,
  input: {
    orgId: string;
    n: number;
    fixture: (typeof NORTHWIND_MERCHANTS)[number];
    anchor: number;
    terms: ReturnType<typeof catalogue>;
    invoiceNumber: (p: string) => string;
  },
) {
  const { orgId, n, anchor, terms } = input;
  const [name, category, segment, city, state] = input.fixture;
  const id = merchantId(n);
  const stem = id.slice(4);
  const first = n === NORTHWIND_FIRST_MERCHANT || n === HARBOR_FIRST_MERCHANT;
  const planIds = [...terms.keys()];
  // mer_0001 is on Growth v2, so the demo can take it up to Scale; the rest spread over the catalogue.
  const current = first ? (planIds[3] ?? planIds[0] ?? "") : rng.pick(planIds);
  const plan = terms.get(current);
  if (!plan) throw new Error("no plans to seed merchants on");
  const status = first
    ? "active"
    : rng.pick(["active", "active", "active", "active", "active", "active", "active", "active", "onboarding", "paused", "closed"] as const);
  const onboardedAt = anchor - (status === "onboarding" ? rng.int(5, 25) : rng.int(150, 700)) * DAY;
  const domain = `${slug(name)}.example`;
  const manager = STAFF.filter((s) => s.orgId === orgId && s.role === "sales");
  rows.merchants.push({
    id,
    orgId,
    regionId: orgId === "org_harbor" ? "reg_harbor" : WEST.has(state) ? "reg_pacific" : "reg_atlantic",
    name,
    legalName: `${name.replace(/ Co\.$/, "")} ${rng.pick(["LLC", "Inc.", "Corp."])}`,
    segment,
    category,
    status,
    website: `https://www.${domain}`,
    addressLine1: `${rng.int(10, 9800)} ${rng.pick(["Market", "Main", "Commerce", "Harbor", "Lake"])} ${rng.pick(["St", "Ave", "Blvd"])}`,
    city,
    state,
    postalCode: rng.digits(5),
    planVersionId: current,
    accountManagerId: manager.length > 0 ? rng.pick(manager).id : null,
    settlementBankName: rng.pick(BANKS),
    settlementAccountNumber: rng.digits(10),
    settlementRoutingNumber: `0${rng.digits(8)}`,
    lockEpoch: 0,
    onboardedAt,
    createdAt: onboardedAt,
    updatedAt: onboardedAt,
  });
  (["primary", "billing", "technical"] as const).forEach((kind, i) => {
    const [firstName, lastName] = [rng.pick(CONTACT_FIRST), rng.pick(CONTACT_LAST)];
    rows.contacts.push({
      id: `mct_${stem}_${i + 1}`,
      merchantId: id,
      kind,
      name: `${firstName} ${lastName}`,
      title: { primary: "Owner", billing: "Accounts payable", technical: "IT lead" }[kind],
      email: `${firstName.toLowerCase()}.${lastName.toLowerCase()}@${domain}`,
      phone: `(555) 02${rng.int(0, 9)}-${rng.digits(4)}`,
    });
  });
  // A merchant on a later version (or moved up) spent its first months on an earlier plan.
  const older = planIds[planIds.indexOf(current) - 1];
  const switchedAt = older && onboardedAt < anchor - 120 * DAY && (first || rng.chance(0.4)) ? anchor - rng.int(30, 100) * DAY : null;
  if (older && switchedAt) {
    rows.periods.push({
      id: `mpp_${stem}_1`,
      merchantId: id,
      planVersionId: older,
      startsAt: onboardedAt,
      endsAt: switchedAt,
      requestId: `pcr_${stem}_0`,
    });
    rows.periods.push({
      id: `mpp_${stem}_2`,
      merchantId: id,
      planVersionId: current,
      startsAt: switchedAt,
      endsAt: null,
      requestId: `pcr_${stem}_0`,
    });
  } else
    rows.periods.push({
      id: `mpp_${stem}_1`,
      merchantId: id,
      planVersionId: current,
      startsAt: onboardedAt,
      endsAt: null,
      requestId: null,
    });
  const planAt = (at: number) => terms.get(older && switchedAt && at < switchedAt ? older : current) ?? plan;

  const count = first ? 2 : Math.min(plan.endpoints, rng.int(1, 3));
  const endpoints: { id: string; kind: string; active: boolean }[] = [];
  const model = plan.tier === "standard" ? "lease-std" : "lease-adv";
  for (let i = 0; i < count; i++) {
    const kind = ENDPOINT_KINDS[i] ?? "checkout";
    const endpointId = `mep_${stem}_${i + 1}`;
    const endpointStatus = status === "onboarding" && i > 0 ? "pending_key" : status === "closed" ? "disabled" : "active";
    rows.endpoints.push({
      id: endpointId,
      orgId,
      merchantId: id,
      kind,
      name: `${name.split(" ")[0]} ${kind === "checkout" ? "checkout" : kind === "order_webhook" ? "order webhook" : "settlement webhook"}`,
      url: `https://api.${domain}/tandem/${kind.replace("_", "-")}`,
      status: endpointStatus,
      modelVersionId: modelVersionId(orgId, model, model === "lease-std" ? 2 : 1),
      customThresholds: null,
      createdAt: onboardedAt + i * DAY,
      removedAt: null,
    });
    if (endpointStatus !== "pending_key") {
      // Nobody knows these keys: only their hashes exist, as for any key shown once and gone.
      const hash = await sha256Hex(`seeded-key:${endpointId}:${rng.digits(12)}`);
      rows.keys.push({
        id: `key_${stem}_${i + 1}`,
        endpointId,
        keyHash: hash,
        prefix: `tdm_${hash.slice(0, 8)}…`,
        createdAt: onboardedAt + i * DAY,
        revokedAt: null,
      });
    }
    endpoints.push({ id: endpointId, kind, active: endpointStatus === "active" });
  }
  const history = {
    orgId,
    merchantId: id,
    stem,
    anchor,
    onboardedAt,
    planAt,
    health: first ? ("healthy" as const) : rng.pick(HEALTHS),
    endpoints,
    active: status === "active",
    invoiceNumber: input.invoiceNumber,
  };
  addDeliveries(rows, rng, history);
  addMoney(rows, rng, history);

  const agreementFrom = isoDate(onboardedAt);
  const renewed = onboardedAt < anchor - 365 * DAY;
  rows.contracts.push({
    id: `mco_${stem}_1`,
    orgId,
    merchantId: id,
    title: "Merchant agreement",
    version: 1,
    status: renewed ? "superseded" : "active",
    effectiveFrom: agreementFrom,
    effectiveTo: renewed ? isoDate(anchor - 200 * DAY - DAY) : null,
    summary: "Lease and loan payment method at checkout; settlement within two business days; 5% reserve.",
    createdBy: null,
    createdAt: onboardedAt,
  });
  if (renewed)
    rows.contracts.push({
      id: `mco_${stem}_2`,
      orgId,
      merchantId: id,
      title: "Merchant agreement",
      version: 2,
      status: "active",
      effectiveFrom: isoDate(anchor - 200 * DAY),
      effectiveTo: null,
      summary: "Renewal: discount rate per plan; reserve lowered to 4% after a year without chargebacks.",
      createdBy: null,
      createdAt: anchor - 210 * DAY,
    });
  const staff = STAFF.filter((s) => s.orgId === orgId && ["sales", "finance", "engineering"].includes(s.role));
  for (let k = 0; k < (first ? 4 : rng.int(1, 3)); k++) {
    const author = rng.pick(staff);
    const at = anchor - rng.int(2, 120) * DAY - rng.int(0, 600) * 60_000;
    const text = rng.pick(MERCHANT_NOTES);
    rows.notes.push({
      id: `not_${stem}_m${k + 1}`,
      orgId,
      merchantId: id,
      authorId: author.id,
      authorName: author.name,
      kind: "manual",
      category: "general",
      action: "note.add",
      text,
      immutable: false,
      createdAt: at,
    });
    rows.activity.push({
      id: `act_${stem}_m${k + 1}`,
      orgId,
      merchantId: id,
      kind: "note",
      summary: text,
      data: JSON.stringify({ noteId: `not_${stem}_m${k + 1}`, kind: "manual" }),
      actorId: author.id,
      actorName: author.name,
      at,
    });
  }
  return {
    id,
    stem,
    status,
    switchedFrom: older && switchedAt ? { older, switchedAt } : null,
    current,
    onboardedAt,
    endpointIds: endpoints.map((e) => e.id),
  };
}

export async function seedMerchants(db: Database, options: { seed: string; anchor: number; maxParams: number }): Promise<void> {
  const rows: NetworkRows = {
    plans: [],
    planVersions: [],
    models: [],
    modelVersions: [],
    merchants: [],
    contacts: [],
    periods: [],
    endpoints: [],
    keys: [],
    deliveries: [],
    usage: [],
    transactions: [],
    postings: [],
    invoices: [],
    lines: [],
    contracts: [],
    notes: [],
    activity: [],
    requests: [],
    events: [],
  };
  const createdAt = options.anchor - 800 * DAY;
  for (const [orgId, fixtures, firstNumber] of [
    ["org_northwind", NORTHWIND_MERCHANTS, NORTHWIND_FIRST_MERCHANT],
    ["org_harbor", HARBOR_MERCHANTS, HARBOR_FIRST_MERCHANT],
  ] as const) {
    const terms = catalogue(rows, orgId, createdAt);
    const numbers = new Map<string, number>();
    const invoiceNumber = (period: string) => {
      const next = (numbers.get(period) ?? 0) + 1;
      numbers.set(period, next);
      return `INV-${period}-${String(next).padStart(4, "0")}`;
    };
    const seeded = [];
    for (const [index, fixture] of fixtures.entries()) {
      const rng = createRandom(`${options.seed}:merchant`, firstNumber + index);
      seeded.push(await addMerchant(rows, rng, { orgId, n: firstNumber + index, fixture, anchor: options.anchor, terms, invoiceNumber }));
    }
    addPlanChanges(rows, { orgId, anchor: options.anchor, merchants: seeded, terms });
  }
  const { maxParams } = options;
  // Parents first, so every foreign key holds inside the batch.
  await runAll(db, [
    ...insertRows(db, schema.plans, rows.plans, maxParams),
    ...insertRows(db, schema.planVersions, rows.planVersions, maxParams),
    ...insertRows(db, schema.decisionModels, rows.models, maxParams),
    ...insertRows(db, schema.decisionModelVersions, rows.modelVersions, maxParams),
    ...insertRows(db, schema.merchants, rows.merchants, maxParams),
    ...insertRows(db, schema.merchantContacts, rows.contacts, maxParams),
    ...insertRows(db, schema.merchantPlanPeriods, rows.periods, maxParams),
    ...insertRows(db, schema.merchantEndpoints, rows.endpoints, maxParams),
    ...insertRows(db, schema.endpointKeys, rows.keys, maxParams),
    ...insertRows(db, schema.merchantContracts, rows.contracts, maxParams),
    ...insertRows(db, schema.merchantNotes, rows.notes, maxParams),
    ...insertRows(db, schema.merchantActivity, rows.activity, maxParams),
    ...insertRows(db, schema.planChangeRequests, rows.requests, maxParams),
    ...insertRows(db, schema.planChangeEvents, rows.events, maxParams),
  ]);
  await runAll(db, [
    ...insertRows(db, schema.endpointDeliveries, rows.deliveries, maxParams),
    ...insertRows(db, schema.merchantUsage, rows.usage, maxParams),
    ...insertRows(db, schema.ledgerTransactions, rows.transactions, maxParams),
    ...insertRows(db, schema.ledgerPostings, rows.postings, maxParams),
    ...insertRows(db, schema.invoices, rows.invoices, maxParams),
    ...insertRows(db, schema.invoiceLines, rows.lines, maxParams),
  ]);
}
