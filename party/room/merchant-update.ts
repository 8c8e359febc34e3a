// After a change to a merchant's own row (its details, contacts or plan), every socket gets the
// merchant again, masked for its own role.
import type { Connection } from "partyserver";
import { presentMerchant } from "../../core/domain/merchant-view";
import { frame } from "../../core/protocol/room";
import type { Database } from "../../db/client";
import { findMerchant, merchantViewParts } from "../../db/repositories/merchants";
import type { ConnectionState } from "./connection";

export async function broadcastMerchantUpdate(
  db: Database,
  orgId: string,
  merchantId: string,
  connections: Connection<ConnectionState>[],
): Promise<void> {
  const merchant = await findMerchant(db, orgId, merchantId);
  if (!merchant) return;
  const parts = await merchantViewParts(db, merchant);
  for (const connection of connections) {
    const actor = connection.state?.actor;
    if (!actor) continue;
    try {
      connection.send(frame({ type: "merchant-updated", merchant: presentMerchant(merchant, parts, actor.role) }));
    } catch {
      // closing socket
    }
  }
}
