// What a merchant's command handlers are given: the base context and the merchant's row as stored.
import type { MerchantRecord } from "../../core/domain/merchant-view";
import type { BaseContext, CommandHandler } from "../commands/types";

export interface MerchantContext extends BaseContext {
  merchant: MerchantRecord;
}

export type MerchantHandler<C> = CommandHandler<C, MerchantContext>;
