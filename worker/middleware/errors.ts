// One renderer for every failure: the `{ error: { code, message, details? } }` contract.
import type { Context, ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { AppError } from "../../core/protocol/errors";
import type { AppEnv } from "../env";

export function errorResponse(c: Context<AppEnv>, error: AppError): Response {
  return c.json(error.toBody(), error.status as ContentfulStatusCode);
}

export const handleError: ErrorHandler<AppEnv> = (err, c) => {
  if (err instanceof AppError) return errorResponse(c, err);
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
