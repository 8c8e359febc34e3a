// Seeds the loyalty program after the customers: each org's catalog (stores, tiers, campaigns,
// incentives, codes), then every customer's loyalty story, from its own random stream, so the data
// is the same for the same seed and anchor whatever the number of customers.
import { getTableColumns } from "drizzle-orm";
import type { SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Database } from "../client";
import * as schema from "../schema";
import { ORGS } from "./fixtures";
import { generateCustomer } from "./generate";
import { buildCatalog, type Catalog } from "./loyalty-catalog";
import { generateLoyalty, type LoyaltyBundle } from "./loyalty-customer";
import { createRandom } from "./random";

type Statement = Parameters<Database["batch"]>[0][number];

export interface LoyaltySeedOptions {
  seed: string;
  anchor: number;
  maxParams: number;
  chunk: number;
  /** "lean" (million-row benchmarks) seeds no loyalty data. */
  detail: "full" | "lean";
  plans: { orgId: string; total: number; id: (i: number) => string }[];
}

export async function seedLoyalty(db: Database, options: LoyaltySeedOptions): Promise<void> {
  if (options.detail === "lean") return;
  const { seed, anchor, maxParams } = options;
  for (const plan of options.plans) {
    if (plan.orgId !== "org_northwind" && plan.orgId !== "org_harbor") continue;
    const catalog = buildCatalog(plan.orgId, seed, anchor);
    const teamIds = ORGS.find((o) => o.id === plan.orgId)?.regions.flatMap((r) => r.teams.map((t) => t.id)) ?? [];
    await runAll(db, catalogStatements(db, catalog, maxParams));
    for (let start = 1; start <= plan.total; start += options.chunk) {
      const bundles: LoyaltyBundle[] = [];
      for (let i = start; i < Math.min(start + options.chunk, plan.total + 1); i++) {
        // The customer as the generator made it (lean: the profile only, cheap), for tier, city and tags.
        const { customer } = generateCustomer(i, plan.id(i), { seed, anchor, orgId: plan.orgId, teamIds, detail: "lean" });
        bundles.push(generateLoyalty(customer, createRandom(`${seed}:${plan.orgId}:loyalty`, i), catalog, anchor));
      }
      await runAll(db, bundleStatements(db, bundles, maxParams));
    }
  }
}

function catalogStatements(db: Database, c: Catalog, maxParams: number): Statement[] {
  return [
    ...insertRows(db, schema.stores, c.stores, maxParams),
    ...insertRows(db, schema.tierSystems, [c.system], maxParams),
    ...insertRows(db, schema.tiers, c.tiers, maxParams),
    ...insertRows(db, schema.campaigns, c.campaigns, maxParams),
    ...insertRows(db, schema.incentives, c.incentives, maxParams),
    ...insertRows(db, schema.promoCodes, c.codes, maxParams),
  ];
}

/** Parent tables first so foreign keys hold inside the batch. */
function bundleStatements(db: Database, bundles: LoyaltyBundle[], maxParams: number): Statement[] {
  const rows = <T>(pick: (b: LoyaltyBundle) => T | T[] | null): T[] => bundles.flatMap((b) => pick(b) ?? []);
  return [
    ...insertRows(
      db,
      schema.loyaltyMemberships,
      rows((b) => b.membership),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.tierHistory,
      rows((b) => b.tierHistory),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.customerGeo,
      rows((b) => b.geo),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.customerStores,
      rows((b) => b.customerStores),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.loyaltyTransactions,
      rows((b) => b.transactions),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.engagementEvents,
      rows((b) => b.engagement),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.customerDevices,
      rows((b) => b.devices),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.campaignMembers,
      rows((b) => b.campaignMembers),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.customerIncentives,
      rows((b) => b.incentives),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.rewards,
      rows((b) => b.rewards),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.promoClaims,
      rows((b) => b.claims),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.promoClaimErrors,
      rows((b) => b.claimErrors),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.promoLockouts,
      rows((b) => b.lockout),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.customerTags,
      rows((b) => b.tags),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.activityEvents,
      rows((b) => b.activity),
      maxParams,
    ),
  ];
}

function insertRows<T extends SQLiteTable>(db: Database, table: T, rows: T["$inferInsert"][], maxParams: number): Statement[] {
  const perStatement = Math.max(1, Math.floor(maxParams / Object.keys(getTableColumns(table)).length));
  const out: Statement[] = [];
  for (let i = 0; i < rows.length; i += perStatement) out.push(db.insert(table).values(rows.slice(i, i + perStatement)));
  return out;
}

async function runAll(db: Database, statements: Statement[]): Promise<void> {
  const [first, ...rest] = statements;
  if (first) await db.batch([first, ...rest]);
}
