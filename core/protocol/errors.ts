// Typed error codes shared by HTTP responses and WebSocket `error` frames.
import * as v from "valibot";

export const ERROR_STATUS = {
  VALIDATION: 400,
  /** A plan change's release time that has already passed. */
  RELEASE_IN_PAST: 400,
  NOTE_REQUIRED: 400,
  BAD_FRAME: 400,
  UNSUPPORTED_VERSION: 400,
  UNAUTHENTICATED: 401,
  /** An endpoint key that was rotated out. */
  KEY_REVOKED: 401,
  FORBIDDEN: 403,
  ORIGIN_REFUSED: 403,
  NOT_FOUND: 404,
  LOCK_HELD: 409,
  LOCK_STALE: 409,
  LOCK_NOT_HELD: 409,
  CONFLICT: 409,
  /** A plan-change step that is not the request's current stage (or not the actor's). */
  STAGE_OUT_OF_ORDER: 409,
  /** A withdrawal (or a fee paid from the balance) beyond the merchant's available balance. */
  INSUFFICIENT_BALANCE: 409,
  /** Endpoints whose decision models the target plan does not allow. */
  MODELS_NOT_READY: 409,
  /** More endpoints than the plan includes. */
  PLAN_LIMIT: 409,
  EDIT_WINDOW_CLOSED: 409,
  /** A ticket status change the status machine does not allow (core/domain/tickets.ts), or a reply to a closed ticket. */
  TICKET_STATE: 409,
  GONE: 410,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  TOO_MANY_CONNECTIONS: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as ErrorCode[];
export const ErrorCodeSchema = v.picklist(ERROR_CODES);

export const ErrorBodySchema = v.object({
  error: v.object({
    code: ErrorCodeSchema,
    message: v.string(),
    details: v.optional(v.unknown()),
  }),
});
export type ErrorBody = v.InferOutput<typeof ErrorBodySchema>;

/** An expected failure, carried as a value with a code; adapters render it as HTTP or a frame. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.details = details;
  }
  get status(): number {
    return ERROR_STATUS[this.code];
  }
  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details === undefined ? {} : { details: this.details }),
      },
    };
  }
}

/** Flattens valibot issues into `{ path, message }` pairs a client can show next to fields. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): { path: string; message: string }[] {
  return issues.map((issue) => ({
    path: issue.path?.map((item) => String(item.key)).join(".") ?? "",
    message: issue.message,
  }));
}
