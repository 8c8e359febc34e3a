// After a profile change, every socket gets the customer again, masked for its own role.
import type { Connection } from "partyserver";
import { presentCustomer } from "../../core/domain/customer-view";
import { frame } from "../../core/protocol/room";
import type { Database } from "../../db/client";
import { findCustomer } from "../../db/repositories/customers";
import type { ConnectionState } from "./connection";

export async function broadcastCustomerUpdate(
  db: Database,
  orgId: string,
  customerId: string,
  connections: Connection<ConnectionState>[],
): Promise<void> {
  const customer = await findCustomer(db, orgId, customerId);
  if (!customer) return;
  for (const connection of connections) {
    const actor = connection.state?.actor;
    if (!actor) continue;
    try {
      connection.send(frame({ type: "customer-updated", customer: { ...presentCustomer(customer, actor.role) } }));
    } catch {
      // closing socket
    }
  }
}
