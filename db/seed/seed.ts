// Writes the demo data set through drizzle, in batches, on D1 or libSQL alike.
import { count } from "drizzle-orm";
import { DEFAULT_TIME_ZONE, startOfDay } from "../../core/domain/time-zone";
import type { Database } from "../client";
import * as schema from "../schema";
import { faqSeedStatements } from "./faq";
import { HARBOR_CUSTOMERS, harborCustomerId, northwindCustomerId, ORGS, STAFF } from "./fixtures";
import { type CustomerBundle, type GenerateOptions, generateCustomer } from "./generate";
import { seedIntegrations } from "./integrations";
import { seedLoyalty } from "./loyalty";
import { seedMerchantUsers } from "./merchant-users";
import { seedMerchants } from "./merchants";
import { seedMonitor } from "./monitor";
import { orgLinkStatements } from "./org-links";
import { seedPortalTransactions } from "./portal-transactions";
import { insertRows, runAll, type Statement } from "./rows";
// issue 16 (h/desk): the service desk's tickets
import { seedTickets } from "./tickets";

export interface SeedOptions {
  /** Generated Northwind customers (cus_0001 is always the contract customer). */
  customers: number;
  seed?: string;
  /** Start of "today" in ms; defaults to the first org's current day (its time zone), so call lists are due today. */
  anchor?: number;
  detail?: "full" | "lean";
  /** Customers per database round trip. */
  chunk?: number;
  /** Bound parameters allowed per statement (D1: 100). */
  maxParams?: number;
  onProgress?: (done: number, total: number) => void;
}

export const DEFAULT_SEED = "tandem-demo";

/** Seeds an empty database; returns false (and writes nothing) when it already holds data. */
/** The demo's day: today's start on Northwind's clock (the back-end simulator builds the same world from it). */
export const seedAnchor = (now: number): number => startOfDay(now, ORGS[0]?.timeZone ?? DEFAULT_TIME_ZONE);

export async function seedDatabase(db: Database, options: SeedOptions): Promise<boolean> {
  const [existing] = await db.select({ n: count() }).from(schema.orgs);
  if ((existing?.n ?? 0) > 0) return false;
  const seed = options.seed ?? DEFAULT_SEED;
  const anchor = options.anchor ?? seedAnchor(Date.now());
  const maxParams = options.maxParams ?? 100;
  const chunk = options.chunk ?? 50;
  const createdAt = anchor - 800 * 86_400_000;

  const base: Statement[] = [];
  for (const org of ORGS) {
    base.push(
      db
        .insert(schema.orgs)
        .values({ id: org.id, name: org.name, slug: org.slug, ssoDomain: org.ssoDomain, timeZone: org.timeZone, createdAt }),
    );
    for (const region of org.regions) {
      base.push(db.insert(schema.regions).values({ id: region.id, orgId: org.id, name: region.name }));
      for (const team of region.teams) {
        base.push(db.insert(schema.teams).values({ id: team.id, orgId: org.id, regionId: region.id, name: team.name }));
      }
    }
  }
  base.push(...orgLinkStatements(db, createdAt));
  for (const person of STAFF) {
    base.push(db.insert(schema.staff).values({ ...person, status: "active", createdAt, updatedAt: createdAt }));
  }
  await runAll(db, base);
  await seedIntegrations(db, createdAt);
  await runAll(db, faqSeedStatements(db, createdAt, maxParams));

  const plans: { orgId: string; total: number; id: (i: number) => string }[] = [
    { orgId: "org_northwind", total: options.customers, id: northwindCustomerId },
    { orgId: "org_harbor", total: HARBOR_CUSTOMERS, id: harborCustomerId },
  ];
  const grandTotal = plans.reduce((sum, p) => sum + p.total, 0);
  let done = 0;
  for (const plan of plans) {
    const org = ORGS.find((o) => o.id === plan.orgId);
    const teamIds = org?.regions.flatMap((r) => r.teams.map((t) => t.id)) ?? [];
    const generate: GenerateOptions = { seed, anchor, orgId: plan.orgId, teamIds, detail: options.detail ?? "full" };
    for (let start = 1; start <= plan.total; start += chunk) {
      const bundles: CustomerBundle[] = [];
      for (let i = start; i < Math.min(start + chunk, plan.total + 1); i++) {
        bundles.push(generateCustomer(i, plan.id(i), generate));
      }
      await runAll(db, bundleStatements(db, bundles, maxParams));
      done += bundles.length;
      options.onProgress?.(done, grandTotal);
    }
  }
  await seedLoyalty(db, { seed, anchor, maxParams, chunk, detail: options.detail ?? "full", plans });
  await seedMerchants(db, { seed, anchor, maxParams });
  await seedMerchantUsers(db, { orgId: "org_northwind", createdAt });
  await seedPortalTransactions(db, { anchor, orgId: "org_northwind", maxParams });
  await seedMonitor(db, { anchor, customers: options.customers, seed, maxParams });
  await seedTickets(db, { anchor, maxParams });
  return true;
}

/** Parent tables first so foreign keys hold inside the batch. */
function bundleStatements(db: Database, bundles: CustomerBundle[], maxParams: number): Statement[] {
  return [
    ...insertRows(
      db,
      schema.customers,
      bundles.map((b) => b.customer),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.orders,
      bundles.flatMap((b) => b.orders),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.orderItems,
      bundles.flatMap((b) => b.orderItems),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.leases,
      bundles.flatMap((b) => b.leases),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.loans,
      bundles.flatMap((b) => b.loans),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.loanSchedule,
      bundles.flatMap((b) => b.loanSchedule),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.payments,
      bundles.flatMap((b) => b.payments),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.promisesToPay,
      bundles.flatMap((b) => b.promises),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.notes,
      bundles.flatMap((b) => b.notes),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.activityEvents,
      bundles.flatMap((b) => b.activity),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.callbacks,
      bundles.flatMap((b) => b.callbacks),
      maxParams,
    ),
    ...insertRows(
      db,
      schema.ownershipSessions,
      bundles.flatMap((b) => b.ownership),
      maxParams,
    ),
  ];
}
