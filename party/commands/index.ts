// Every mutation command the customer room runs, by type, and how the mutation path finds a customer.
import type { CustomerRecord } from "../../core/domain/customer-view";
import type { MutationCommand, MutationType } from "../../core/protocol/commands";
import { CUSTOMER_TABLES } from "../../db/repositories/customer-tables";
import { findCustomer } from "../../db/repositories/customers";
import type { AccountCommands } from "../mutation";
import { outboxRowsFor } from "../room/outbox";
import { agreementSend } from "./agreement-send";
import { agreementSign } from "./agreement-sign";
import { callLogged } from "./call-logged";
import { callbackComplete, callbackReschedule, callbackSchedule } from "./callbacks";
import { cardCancel, cardMarkUsed } from "./card-change";
import { cardIssue } from "./card-issue";
import { readAheadEntities, stillAsReadAhead } from "./integration/support";
import { integrationApply } from "./integration-apply";
import { loanOpen, loanPayout } from "./loans";
import { loyaltyEvent } from "./loyalty-event";
import { noteAdd } from "./note-add";
import { noteEdit } from "./note-edit";
import { orderAttention } from "./order-attention";
import { orderItemReview } from "./order-item-review";
import { orderStatus } from "./order-status";
import { paymentRecord } from "./payment-record";
import { piiReveal } from "./pii-reveal";
import { profileUpdate } from "./profile-update";
import { promiseCreate, promiseResolve } from "./promises";
import { promoLockoutReset } from "./promo-lockout-reset";
import { promptDismiss } from "./prompt-dismiss";
import { shopperIntake } from "./shopper-intake";
import { shopperItemAdd, shopperItemRemove } from "./shopper-items";
import type { CommandContext, CommandHandler } from "./types";

type HandlerMap = { [T in MutationType]: CommandHandler<Extract<MutationCommand, { type: T }>> };

export const COMMAND_HANDLERS: HandlerMap = {
  "note.add": noteAdd,
  "profile.update": profileUpdate,
  "pii.reveal": piiReveal,
  "note.edit": noteEdit,
  "order.status": orderStatus,
  "order.attention": orderAttention,
  "order.item_review": orderItemReview,
  "card.issue": cardIssue,
  "card.cancel": cardCancel,
  "card.mark_used": cardMarkUsed,
  "shopper.intake": shopperIntake,
  "shopper.item_add": shopperItemAdd,
  "shopper.item_remove": shopperItemRemove,
  "agreement.send": agreementSend,
  "agreement.sign": agreementSign,
  "payment.record": paymentRecord,
  "promise.create": promiseCreate,
  "promise.resolve": promiseResolve,
  "prompt.dismiss": promptDismiss,
  "promo.lockout_reset": promoLockoutReset,
  "loyalty.event": loyaltyEvent,
  "integration.apply": integrationApply,
  "callback.schedule": callbackSchedule,
  "callback.reschedule": callbackReschedule,
  "callback.complete": callbackComplete,
  "loan.open": loanOpen,
  "loan.payout": loanPayout,
  "call.logged": callLogged,
};

export function handlerFor<C extends MutationCommand>(command: C): CommandHandler<C> {
  return COMMAND_HANDLERS[command.type] as CommandHandler<C>;
}

export const CUSTOMER_COMMANDS: AccountCommands<CustomerRecord, MutationCommand, CommandContext> = {
  tables: CUSTOMER_TABLES,
  notFound: "No such customer",
  find: findCustomer,
  handlerFor,
  context: (base, customer) => ({ ...base, customer }),
  // A back end's first word about a customer creates the account (integration.apply's customer.upserted).
  create: (command, ids, now) => handlerFor(command).newCustomer?.(command, { customerId: ids.accountId, orgId: ids.orgId }, now) ?? null,
  // A group of back-end events reads the records they name in one round trip.
  readAhead: (db, orgId, customerId, group) =>
    readAheadEntities(
      db,
      orgId,
      customerId,
      group.flatMap((command) => (command.type === "integration.apply" ? [command.event] : [])),
    ),
  // The inbound consumer reads a whole queue batch's records ahead; a batch planned from them holds only if none moved since.
  stillAsReadAhead,
  // Changes the org's back ends must hear of (core/domain/integrations.ts), written with the change.
  outbox: outboxRowsFor,
};
