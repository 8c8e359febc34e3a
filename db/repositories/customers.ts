// Customer reads: search by any identifier (indexes and FTS5 only) and the profile's data; the
// profile's one change statement.
import { and, asc, desc, eq, getTableColumns, gte, inArray, lt, sql } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { prefixUpperBound, RANK_WHEN_AT_MOST, type SearchPlan } from "../../core/domain/search";
import type { Database } from "../client";
import { customers, leases, loans, orders, promisesToPay, roomPresence } from "../schema";
import { dismissalsFrom, promptDismissalsQuery } from "./activity";
import type { Statement } from "./audit";
import { callbacksOfQuery } from "./callbacks";
import { customersByTag } from "./engagement";
import { recentViewQuery } from "./notes";
import { customersByClaimedCode } from "./promos";

/** A profile's orders as the profile shows them (which merchant's checkout took one is the portal's to show). */
const { merchantId: _merchantId, ...PROFILE_ORDER_COLUMNS } = getTableColumns(orders);

export type CustomerRow = typeof customers.$inferSelect;
/** Columns a profile update may set (the command decides which, and their derived forms). */
export type CustomerChanges = Partial<typeof customers.$inferInsert>;

export interface SearchHit {
  id: string;
  fullName: string;
  phone: string;
  email: string | null;
  status: CustomerRow["status"];
  city: string | null;
  state: string | null;
  loyaltyNumber: string | null;
  externalId: string | null;
  teamId: string | null;
}

const hitColumns = {
  id: customers.id,
  fullName: customers.fullName,
  phone: customers.phone,
  email: customers.email,
  status: customers.status,
  city: customers.city,
  state: customers.state,
  loyaltyNumber: customers.loyaltyNumber,
  externalId: customers.externalId,
  teamId: customers.teamId,
};

export interface Page {
  limit: number;
  offset: number;
}

/** Answers a search plan within one org; `ranked` says whether FTS5 relevance ordered the hits. */
export async function searchCustomers(
  db: Database,
  orgId: string,
  plan: SearchPlan,
  page: Page,
): Promise<{ hits: SearchHit[]; ranked: boolean }> {
  const prefixOn = (column: AnySQLiteColumn, prefix: string) =>
    and(eq(customers.orgId, orgId), gte(column, prefix), lt(column, prefixUpperBound(prefix)));
  const byIndex = async (where: ReturnType<typeof and>, orderBy: AnySQLiteColumn) => ({
    hits: await db
      .select(hitColumns)
      .from(customers)
      .where(where)
      .orderBy(asc(orderBy), asc(customers.id))
      .limit(page.limit)
      .offset(page.offset),
    ranked: false,
  });
  switch (plan.kind) {
    case "empty":
    case "needs-exact":
      return { hits: [], ranked: false };
    case "id":
      return byIndex(and(eq(customers.orgId, orgId), eq(customers.id, plan.value)), customers.id);
    case "phone":
      return plan.exact
        ? byIndex(and(eq(customers.orgId, orgId), eq(customers.phoneDigits, plan.prefix)), customers.phoneDigits)
        : byIndex(prefixOn(customers.phoneDigits, plan.prefix), customers.phoneDigits);
    case "email":
      return plan.exact
        ? byIndex(and(eq(customers.orgId, orgId), eq(customers.emailLower, plan.prefix)), customers.emailLower)
        : byIndex(prefixOn(customers.emailLower, plan.prefix), customers.emailLower);
    case "loyalty":
      return byIndex(prefixOn(customers.loyaltyNumber, plan.prefix), customers.loyaltyNumber);
    case "external":
      return byIndex(prefixOn(customers.externalId, plan.prefix), customers.externalId);
    case "name":
      return searchByName(db, orgId, plan.match, page);
    case "tag":
      return byIds(db, orgId, await customersByTag(db, orgId, plan.prefix, page));
    case "promo":
      return byIds(db, orgId, await customersByClaimedCode(db, orgId, plan.prefix, page));
  }
}

/** The hits for ids an index found (already paged), in id order. */
async function byIds(db: Database, orgId: string, ids: string[]): Promise<{ hits: SearchHit[]; ranked: boolean }> {
  if (ids.length === 0) return { hits: [], ranked: false };
  const hits = await db
    .select(hitColumns)
    .from(customers)
    .where(and(eq(customers.orgId, orgId), inArray(customers.id, ids)))
    .orderBy(asc(customers.id));
  return { hits, ranked: false };
}

async function searchByName(db: Database, orgId: string, match: string, page: Page): Promise<{ hits: SearchHit[]; ranked: boolean }> {
  const [counted] = await db.all<{ n: number }>(
    sql`SELECT count(*) AS n FROM (SELECT rowid FROM customers_fts WHERE customers_fts MATCH ${match} LIMIT ${RANK_WHEN_AT_MOST + 1})`,
  );
  const ranked = (counted?.n ?? 0) <= RANK_WHEN_AT_MOST;
  const order = ranked ? sql`f.rank, c.id` : sql`f.rowid`;
  const hits = await db.all<SearchHit>(sql`
    SELECT c.id AS id, c.full_name AS fullName, c.phone AS phone, c.email AS email, c.status AS status,
           c.city AS city, c.state AS state, c.loyalty_number AS loyaltyNumber, c.external_id AS externalId,
           c.team_id AS teamId
    FROM customers_fts f JOIN customers c ON c.rowid = f.rowid
    WHERE customers_fts MATCH ${match} AND c.org_id = ${orgId}
    ORDER BY ${order}
    LIMIT ${page.limit} OFFSET ${page.offset}`);
  return { hits, ranked };
}

export async function findCustomer(db: Database, orgId: string, id: string): Promise<CustomerRow | null> {
  const [row] = await db
    .select()
    .from(customers)
    .where(and(eq(customers.id, id), eq(customers.orgId, orgId)))
    .limit(1);
  return row ?? null;
}

export function updateCustomer(db: Database, customerId: string, changes: CustomerChanges): Statement {
  return db.update(customers).set(changes).where(eq(customers.id, customerId));
}

/** The customer in the org, and this person's "viewed" note on it since `since`: builders for a batch. */
export function customerVisitQueries(db: Database, orgId: string, id: string, staffId: string, since: number) {
  return [
    db
      .select()
      .from(customers)
      .where(and(eq(customers.id, id), eq(customers.orgId, orgId)))
      .limit(1),
    recentViewQuery(db, staffId, id, since),
  ] as const;
}

/** The customer in the org, and whether `staffId` has a "viewed" note on it since `since`, in one round trip. */
export async function customerWithRecentView(db: Database, orgId: string, id: string, staffId: string, since: number) {
  const [rows, viewed] = await db.batch(customerVisitQueries(db, orgId, id, staffId, since));
  const customer = rows[0];
  return customer ? { customer, viewedRecently: viewed.length > 0 } : null;
}

/** What a customer's room keeps about its account: names for feed rows and floor reports, and the lock epoch its tokens start above. */
export async function roomFacts(db: Database, customerId: string) {
  const [row] = await db
    .select({
      customerId: customers.id,
      customerName: customers.fullName,
      customerTeamId: customers.teamId,
      orgId: customers.orgId,
      lockEpoch: customers.lockEpoch,
    })
    .from(customers)
    .where(eq(customers.id, customerId))
    .limit(1);
  return row ?? null;
}

/** Which products each customer holds, for badges in lists. */
export async function productFlags(db: Database, ids: string[]): Promise<Map<string, { lease: boolean; loan: boolean }>> {
  const flags = new Map(ids.map((id) => [id, { lease: false, loan: false }]));
  if (ids.length === 0) return flags;
  const [leaseRows, loanRows] = await Promise.all([
    db.selectDistinct({ id: leases.customerId }).from(leases).where(inArray(leases.customerId, ids)),
    db.selectDistinct({ id: loans.customerId }).from(loans).where(inArray(loans.customerId, ids)),
  ]);
  for (const row of leaseRows) {
    const flag = flags.get(row.id);
    if (flag) flag.lease = true;
  }
  for (const row of loanRows) {
    const flag = flags.get(row.id);
    if (flag) flag.loan = true;
  }
  return flags;
}

export type PresenceRow = typeof roomPresence.$inferSelect;

export async function presenceFor(db: Database, ids: string[]): Promise<PresenceRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(roomPresence).where(inArray(roomPresence.customerId, ids));
}

/**
 * Everything the profile screen opens with, in one round trip. `viewer`: also says whether that staff
 * member's automatic "viewed" note for this customer is newer than `since` (then the visit needs no
 * new one, and the route skips asking the room).
 */
export async function loadProfile(
  db: Database,
  orgId: string,
  customerId: string,
  dismissedSince: number,
  viewer: { staffId: string; since: number },
) {
  const [customerRows, leaseRows, loanRows, orderRows, promiseRows, callbackRows, dismissalRows, viewedRows] = await db.batch([
    db
      .select()
      .from(customers)
      .where(and(eq(customers.id, customerId), eq(customers.orgId, orgId)))
      .limit(1),
    db.select().from(leases).where(eq(leases.customerId, customerId)),
    db.select().from(loans).where(eq(loans.customerId, customerId)),
    db.select(PROFILE_ORDER_COLUMNS).from(orders).where(eq(orders.customerId, customerId)).orderBy(desc(orders.createdAt)).limit(50),
    db
      .select()
      .from(promisesToPay)
      .where(and(eq(promisesToPay.customerId, customerId), eq(promisesToPay.status, "open"))),
    callbacksOfQuery(db, customerId),
    promptDismissalsQuery(db, customerId, dismissedSince),
    recentViewQuery(db, viewer.staffId, customerId, viewer.since),
  ]);
  const customer = customerRows[0];
  if (!customer) return null;
  return {
    viewedRecently: viewedRows.length > 0,
    customer,
    leases: leaseRows,
    loans: loanRows,
    orders: orderRows,
    promises: promiseRows,
    callbacks: callbackRows,
    dismissals: dismissalsFrom(dismissalRows),
  };
}
