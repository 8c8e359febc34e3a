// Reading ahead a group of back-end events' records (entityRefs, one statement) must answer, for
// each record and in order, what reading them one at a time (entityRef) answers: a mapping with its
// version, this customer's own record named by Tandem's id (version 0), or nothing, never another
// customer's record.
import { and, asc, eq, ne } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../db/client";
import { type EntityType, entityRef, entityRefs } from "../../../db/repositories/integration-entities";
import { integrationEntities, orders } from "../../../db/schema";
import { seedDatabase } from "../../../db/seed/seed";
import { TEST_ANCHOR } from "../../shared/repository-contract";
import { openTestDatabase } from "../support/libsql";

let db: Database;
let own: string;
let others: string;
beforeAll(async () => {
  db = await openTestDatabase();
  await seedDatabase(db, { customers: 5, anchor: TEST_ANCHOR });
  const [mine] = await db.select({ id: orders.id }).from(orders).where(eq(orders.customerId, "cus_0001")).orderBy(asc(orders.id)).limit(1);
  const [theirs] = await db
    .select({ id: orders.id })
    .from(orders)
    .where(and(ne(orders.customerId, "cus_0001"), eq(orders.orgId, "org_northwind")))
    .limit(1);
  if (!mine || !theirs) throw new Error("the seed has no orders to name");
  own = mine.id;
  others = theirs.id;
  await db.insert(integrationEntities).values([
    {
      orgId: "org_northwind",
      entityType: "order",
      externalId: "EXT-ORD-1",
      localId: own,
      customerId: "cus_0001",
      version: 4,
      updatedAt: 1,
    },
    {
      orgId: "org_northwind",
      entityType: "lease",
      externalId: "EXT-LEA-9",
      localId: "lea_x",
      customerId: "cus_0002",
      version: 2,
      updatedAt: 1,
    },
  ]);
});

describe("entityRefs", () => {
  it("answers each record in order, as entityRef does one at a time", async () => {
    const named: { entityType: EntityType; externalId: string }[] = [
      { entityType: "order", externalId: "EXT-ORD-1" },
      { entityType: "order", externalId: "EXT-UNKNOWN" },
      { entityType: "order", externalId: own },
      { entityType: "order", externalId: others },
      { entityType: "lease", externalId: "EXT-LEA-9" },
    ];
    const queries = named.map((ref) => ({ orgId: "org_northwind", customerId: "cus_0001", ...ref }));
    const together = await entityRefs(db, queries);
    expect(together).toEqual([
      { localId: own, customerId: "cus_0001", version: 4 },
      null,
      { localId: own, customerId: "cus_0001", version: 0 },
      null,
      // Mapped to another customer: answered as it is (the planner refuses it as a conflict).
      { localId: "lea_x", customerId: "cus_0002", version: 2 },
    ]);
    const alone = [];
    for (const query of queries) alone.push(await entityRef(db, query));
    expect(together).toEqual(alone);
  });

  it("answers nothing for no records, without asking the database", async () => {
    expect(await entityRefs(db, [])).toEqual([]);
  });

  it("keeps another org's mapping out", async () => {
    expect(await entityRefs(db, [{ orgId: "org_harbor", customerId: "cus_0001", entityType: "order", externalId: "EXT-ORD-1" }])).toEqual([
      null,
    ]);
  });
});
