// The Loyalty tab's first read in one round trip: the customer (in the org) and whether this person
// viewed it in the window, the membership, tier history and ladder, the metric inputs and the org's
// stored RFM cut points. (The profile's first read is one batch too; the tab is measured against it.)
import type { Database } from "../client";
import { customerVisitQueries } from "./customers";
import { loyaltyRecordFrom, loyaltyRecordQueries } from "./loyalty";
import { metricInputsFrom, metricQueries, storedCutoffsQuery } from "./metrics";

export async function loyaltyTabRead(
  db: Database,
  q: { orgId: string; customerId: string; staffId: string; viewedSince: number; now: number },
) {
  const [customerRows, viewed, members, history, ladder, purchases, checkins, devices, cutoffs] = await db.batch([
    ...customerVisitQueries(db, q.orgId, q.customerId, q.staffId, q.viewedSince),
    ...loyaltyRecordQueries(db, q.orgId, q.customerId),
    ...metricQueries(db, q.customerId, q.now),
    storedCutoffsQuery(db, q.orgId),
  ]);
  const customer = customerRows[0];
  if (!customer) return null;
  return {
    customer,
    viewedRecently: viewed.length > 0,
    record: loyaltyRecordFrom([members, history, ladder]),
    inputs: metricInputsFrom([purchases, checkins, devices], q.now),
    storedCutoffs: cutoffs[0],
  };
}
