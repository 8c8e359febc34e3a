// valibot validation as Hono middleware; failures render as VALIDATION errors with field paths.
import { vValidator } from "@hono/valibot-validator";
import type { ValidationTargets } from "hono";
import type * as v from "valibot";
import { AppError, describeIssues } from "../../core/protocol/errors";

export function validate<T extends v.GenericSchema, Target extends keyof ValidationTargets>(target: Target, schema: T) {
  return vValidator(target, schema, (result) => {
    if (!result.success) {
      throw new AppError("VALIDATION", `Invalid ${target}`, describeIssues(result.issues));
    }
  });
}
