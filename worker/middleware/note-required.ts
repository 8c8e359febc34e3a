// Body validation for commands that carry the rep's note: a missing or blank note is
// NOTE_REQUIRED (the compliance rule), every other problem VALIDATION.
import { vValidator } from "@hono/valibot-validator";
import type * as v from "valibot";
import { AppError, describeIssues } from "../../core/protocol/errors";

function isBlank(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === "string" && input.trim() === "");
}

export function validateNoted<T extends v.GenericSchema>(schema: T, noteField: string) {
  return vValidator("json", schema, (result) => {
    if (result.success) return;
    const noteMissing = result.issues.some(
      (issue) => issue.path?.map((p) => String(p.key)).join(".") === noteField && isBlank(issue.input),
    );
    throw noteMissing
      ? new AppError("NOTE_REQUIRED", "Every change needs a note", describeIssues(result.issues))
      : new AppError("VALIDATION", "Invalid json", describeIssues(result.issues));
  });
}
