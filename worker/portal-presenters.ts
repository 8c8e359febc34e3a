// The merchant portal's answers built from records: who is signed in, with their merchant and org.
import { DEFAULT_TIME_ZONE } from "../core/domain/time-zone";
import type { PortalMe } from "../core/protocol/portal-answers";
import type { Database } from "../db/client";
import { findMerchant } from "../db/repositories/merchants";
import { orgSummary } from "../db/repositories/org";

export async function presentPortalMe(
  db: Database,
  user: { id: string; orgId: string; merchantId: string; email: string; name: string; role: "owner" | "staff" },
): Promise<PortalMe> {
  const [merchant, org] = await Promise.all([findMerchant(db, user.orgId, user.merchantId), orgSummary(db, user.orgId)]);
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    role: user.role,
    merchant: { id: user.merchantId, name: merchant?.name ?? user.merchantId },
    org: org ?? { id: user.orgId, name: user.orgId, timeZone: DEFAULT_TIME_ZONE },
  };
}
