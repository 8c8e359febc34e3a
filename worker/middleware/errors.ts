// One renderer for every failure: the `{ error: { code, message, details? } }` contract. A signed-in
// caller refused access to a record (not found in their org, or forbidden) leaves an audit row.
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError } from "../../core/protocol/errors";
import { actorAudit, recordAudit } from "../audit";
import { isAudited, markAudited } from "../audited-errors";
import type { AppEnv } from "../env";
import { merchantAudit, recordMerchantAudit } from "./merchant-session";

export function errorResponse(c: Context<AppEnv>, error: AppError): Response {
  return c.json(error.toBody(), error.status as ContentfulStatusCode);
}

const ACCESS_REFUSALS = new Set(["NOT_FOUND", "FORBIDDEN"]);

/** `/api/customers/:id/...` -> customer, `/api/orders/:id` -> order: what the refused caller asked for. */
function refusedTarget(c: Context<AppEnv>): { type: string; id: string | null } {
  const [, , top = "route", sub = "route"] = c.req.path.split("/");
  // `/api/portal/invoices/:id` -> invoice: the portal's resource is one level down.
  const resource = top === "portal" ? sub : top;
  const params = c.req.param() as Record<string, string | undefined>;
  return { type: resource.replace(/s$/, ""), id: params.id ?? params.orderId ?? null };
}

async function auditRefusal(c: Context<AppEnv>, error: AppError): Promise<void> {
  const merchantUser = c.get("merchantUser");
  if (!ACCESS_REFUSALS.has(error.code) || isAudited(error) || !(c.get("actor") || merchantUser)) return;
  markAudited(error);
  const target = refusedTarget(c);
  const what = {
    action: `${c.req.method} ${c.req.routePath}`,
    targetType: target.type,
    targetId: target.id,
    outcome: "denied" as const,
    details: { code: error.code, path: c.req.path.slice(0, 200) },
  };
  try {
    // A portal user's refusal (another merchant's id guessed) goes to their own stream.
    if (merchantUser) await recordMerchantAudit(c, merchantAudit(c, what));
    else await recordAudit(c, actorAudit(c, what));
  } catch (caught) {
    // The refusal still goes out; the failed record is logged for operators.
    console.error(JSON.stringify({ level: "error", msg: "refusal not audited", requestId: c.get("requestId"), error: String(caught) }));
  }
}

export const handleError: ErrorHandler<AppEnv> = async (err, c) => {
  if (err instanceof AppError) {
    await auditRefusal(c, err);
    return errorResponse(c, err);
  }
  if (err instanceof HTTPException) {
    const code = err.status === 413 ? "PAYLOAD_TOO_LARGE" : err.status === 401 ? "UNAUTHENTICATED" : "VALIDATION";
    return errorResponse(c, new AppError(code, err.message || "Request refused"));
  }
  console.error(JSON.stringify({ level: "error", requestId: c.get("requestId"), path: c.req.path, error: String(err) }));
  return errorResponse(
    c,
    new AppError("INTERNAL", "Something went wrong on our side; the request id helps support find it.", { requestId: c.get("requestId") }),
  );
};

export const handleNotFound: NotFoundHandler<AppEnv> = (c) =>
  errorResponse(c, new AppError("NOT_FOUND", `No route for ${c.req.method} ${c.req.path}`));
