// Whether an answer is what its route's spec line says: a success answer parses with the route's
// schema from core/protocol and carries no field the schema leaves out; every refusal is the typed
// error body; CSV and pages say so in their Content-Type.
import * as v from "valibot";
import { describeIssues, ErrorBodySchema } from "../../../core/protocol/errors";
import type { AnswerSpec } from "./route-spec";

/** Paths of values in `sent` that `parsed` lacks: the fields a schema did not name (valibot drops them). */
export function unnamedFields(sent: unknown, parsed: unknown, path = ""): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed))
    return sent.flatMap((item, index) => unnamedFields(item, parsed[index], `${path}[${index}]`));
  if (sent === null || typeof sent !== "object" || parsed === null || typeof parsed !== "object") return [];
  return Object.entries(sent).flatMap(([key, value]) => {
    const here = path ? `${path}.${key}` : key;
    return key in parsed ? unnamedFields(value, (parsed as Record<string, unknown>)[key], here) : [here];
  });
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

/** What is wrong with an answer, in words; empty when it is what the spec says. */
export function answerProblems(answer: AnswerSpec, response: { status: number; contentType: string; text: string }): string[] {
  const { status, contentType, text } = response;
  if (status >= 400) {
    const body = parseJson(text);
    return body.ok && v.is(ErrorBodySchema, body.value) ? [] : [`refusal ${status} is not the typed error body: ${text.slice(0, 160)}`];
  }
  if (status >= 300 || answer === "redirect") return [];
  if (answer === "csv" || answer === "html") {
    const wanted = answer === "csv" ? "text/csv" : "text/html";
    return contentType.includes(wanted) ? [] : [`answered ${contentType || "no Content-Type"}, not ${wanted}`];
  }
  if (answer === "error") return [`answered ${status} where the spec expects only refusals`];
  const body = parseJson(text);
  if (!body.ok || !contentType.includes("application/json")) return [`answered ${contentType}, not JSON: ${text.slice(0, 160)}`];
  const parsed = v.safeParse(answer, body.value);
  if (!parsed.success)
    return [`answer does not parse with its schema: ${JSON.stringify(describeIssues(parsed.issues).slice(0, 3))} in ${text.slice(0, 200)}`];
  const extra = unnamedFields(body.value, parsed.output);
  return extra.length > 0
    ? [`answer carries fields its schema does not name: ${[...new Set(extra.map((p) => p.replace(/\[\d+\]/g, "[]")))].join(", ")}`]
    : [];
}
