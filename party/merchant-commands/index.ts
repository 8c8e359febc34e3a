// Every command a merchant's room runs, by type, and how the mutation path finds a merchant.
import type { MerchantRecord } from "../../core/domain/merchant-view";
import type { MerchantCommand, MerchantCommandType } from "../../core/protocol/merchant-commands";
import { MERCHANT_TABLES } from "../../db/repositories/merchant-tables";
import { findMerchant } from "../../db/repositories/merchants";
import type { AccountCommands } from "../mutation";
import { contractVersion } from "./contract-version";
import { endpointCreate, endpointModel, endpointRotateKey, endpointTest } from "./endpoints";
import { invoiceGenerate, invoiceStatus } from "./invoices";
import { ledgerPost } from "./ledger-post";
import { merchantUpdate } from "./merchant-update";
import { merchantNoteAdd } from "./note-add";
import { planChangeOpen } from "./plan-change-open";
import { planChangeRelease } from "./plan-change-release";
import { planChangeRequest } from "./plan-change-request";
import { planChangeApprove, planChangeCancel, planChangeResubmit, planChangeSendBack } from "./plan-change-steps";
import type { MerchantContext, MerchantHandler } from "./types";

type HandlerMap = { [T in MerchantCommandType]: MerchantHandler<Extract<MerchantCommand, { type: T }>> };

export const MERCHANT_HANDLERS: HandlerMap = {
  "note.add": merchantNoteAdd,
  "merchant.update": merchantUpdate,
  "endpoint.create": endpointCreate,
  "endpoint.rotate_key": endpointRotateKey,
  "endpoint.test": endpointTest,
  "endpoint.model": endpointModel,
  "ledger.post": ledgerPost,
  "invoice.generate": invoiceGenerate,
  "invoice.status": invoiceStatus,
  "contract.version": contractVersion,
  "plan_change.open": planChangeOpen,
  "plan_change.approve": planChangeApprove,
  "plan_change.send_back": planChangeSendBack,
  "plan_change.resubmit": planChangeResubmit,
  "plan_change.cancel": planChangeCancel,
  "plan_change.release": planChangeRelease,
  "plan_change.request": planChangeRequest,
};

export const MERCHANT_COMMANDS: AccountCommands<MerchantRecord, MerchantCommand, MerchantContext> = {
  tables: MERCHANT_TABLES,
  notFound: "No such merchant",
  find: findMerchant,
  handlerFor: (command) => MERCHANT_HANDLERS[command.type] as MerchantHandler<MerchantCommand>,
  context: (base, merchant) => ({ ...base, merchant }),
};
