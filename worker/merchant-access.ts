// Reading anything of a merchant's account is a visit, as it is for a customer's: the merchant must
// be in the caller's org, and the visit leaves its automatic "viewed" note (once per person per window).
import type { Context } from "hono";
import type { MerchantRecord } from "../core/domain/merchant-view";
import { AppError } from "../core/protocol/errors";
import { findMerchant } from "../db/repositories/merchants";
import type { AppEnv } from "./env";
import { requestOrigin } from "./middleware/session";
import { merchantRoom } from "./rooms";

/** The merchant, visited; NOT_FOUND (audited by the error handler) when not in the caller's org. */
export async function readMerchant(c: Context<AppEnv>, merchantId: string): Promise<MerchantRecord> {
  const merchant = await findMerchant(c.var.db, c.var.actor.orgId, merchantId);
  if (!merchant) throw new AppError("NOT_FOUND", "No such merchant");
  await (await merchantRoom(c.env, merchant.id)).recordView(c.var.actor, requestOrigin(c));
  return merchant;
}

/** The merchant without a visit (refusals come first; a route that only changes it writes no "viewed" note). */
export async function merchantInOrg(c: Context<AppEnv>, merchantId: string): Promise<MerchantRecord> {
  const merchant = await findMerchant(c.var.db, c.var.actor.orgId, merchantId);
  if (!merchant) throw new AppError("NOT_FOUND", "No such merchant");
  return merchant;
}
