// integration.apply: an event a back end sent, accepted by the inbound route and handed over by the
// queue's consumer. Runs only as the system actor, needs no ownership (the back end is the system
// of record; nobody in Tandem holds its records), and writes nothing when the entity already has
// this version or a newer one (a recorded no-op in the ledger). Each kind of record has its planner.
import type { IntegrationApplyCommand } from "../../core/protocol/integration-commands";
import { planCustomer, provisionalCustomer } from "./integration/customer";
import { planOrder } from "./integration/order";
import { planLease, planLoan, planPayment } from "./integration/servicing";
import type { CommandHandler } from "./types";

export const integrationApply: CommandHandler<IntegrationApplyCommand> = {
  permission: "system",
  requiresOwnership: false,
  newCustomer: (command, ids, now) => (command.event.type === "customer.upserted" ? provisionalCustomer(command.event, ids, now) : null),
  plan(ctx, command) {
    const event = command.event;
    switch (event.type) {
      case "customer.upserted":
        return planCustomer(ctx, command, event);
      case "order.upserted":
        return planOrder(ctx, command, event);
      case "lease.upserted":
        return planLease(ctx, command, event);
      case "loan.upserted":
        return planLoan(ctx, command, event);
      case "payment.posted":
        return planPayment(ctx, command, event);
    }
  },
};
