// Compliance's review of an article version: what stands against approving it (wording rules, the
// self-service policy of its personal answer, who wrote it, what is live already).
import type { ProductScope } from "./scope";
import { templateProblems } from "./templates";
import { wordingProblems } from "./wording";

export interface VersionText {
  title: string;
  questions: readonly string[];
  answer: string;
  template: string | null;
}

/** What the text says that it may not (empty: the words may be approved). */
export function textProblems(scope: ProductScope, text: VersionText): string[] {
  return [...wordingProblems(scope, text), ...(text.template ? templateProblems(text.template, scope) : [])];
}

export type ApprovalRefusal =
  | { code: "CONFLICT"; message: string }
  | { code: "FORBIDDEN"; message: string }
  | { code: "VALIDATION"; message: string; problems: string[] };

/**
 * Why this approval may not happen, or null. Nobody approves their own writing; only a draft is
 * approved, never one older than the live version; and the words must pass the rules.
 */
export function approvalRefusal(input: {
  approverId: string;
  authorId: string | null;
  state: "draft" | "approved" | "retired";
  version: number;
  liveVersion: number | null;
  scope: ProductScope;
  text: VersionText;
}): ApprovalRefusal | null {
  if (input.authorId === input.approverId)
    return { code: "FORBIDDEN", message: "A version needs another person's approval than its author's" };
  if (input.state !== "draft") return { code: "CONFLICT", message: `Version ${input.version} is ${input.state}, not a draft` };
  if (input.liveVersion !== null && input.version < input.liveVersion)
    return { code: "CONFLICT", message: `Version ${input.liveVersion} is live; an older draft cannot replace it` };
  const problems = textProblems(input.scope, input.text);
  if (problems.length > 0) return { code: "VALIDATION", message: "The wording breaks compliance rules", problems };
  return null;
}
