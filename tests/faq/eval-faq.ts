// `npm run eval:faq`: the answer engine against the labelled evaluation set, on the seeded knowledge
// base (libSQL, the same repositories and engine as the Worker). Prints precision@1, MRR, the
// hand-over rate on answerable questions and the wrong-answer rate on unanswerable ones.
//   --misses        list the development questions it got wrong, and what it did instead
//   --eval-misses   the same for the evaluation set (look, but tune on the development set only)
//   --fit           fit the confidence model on the development set and print a threshold table
//   --json <file>   write the figures as JSON (the bench reads them)
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { CONFIDENCE_MODEL, HAND_OVER_BELOW } from "../../core/domain/faq/decision";
import { createAnswerEngine } from "../../worker/faq/answer-engine";
import { DEV_QUESTIONS } from "./dev-questions";
import { EVAL_QUESTIONS } from "./eval-questions";
import { answeredRight, measure, type Outcome, report, runQuestions } from "./evaluate";
import { fitConfidence, thresholdTable } from "./fit";
import { seededKnowledgeBase } from "./knowledge-base";

const { values } = parseArgs({
  options: { misses: { type: "boolean" }, "eval-misses": { type: "boolean" }, fit: { type: "boolean" }, json: { type: "string" } },
});

function misses(outcomes: readonly Outcome[]): string {
  return outcomes
    .filter((o) => !answeredRight(o) || !o.top1)
    .map((o) => {
      const d = o.result.decision;
      const top = o.result.ranked
        .slice(0, 3)
        .map((r) => `${r.candidate.slug} ${r.score.toFixed(2)}`)
        .join(", ");
      return `  [${o.question.kind}${o.question.holds ? `, holds ${o.question.holds}` : ""}] "${o.question.q}" -> ${d.kind} ${d.confidence.toFixed(2)} (${o.given.join("/") || "-"}); wanted ${o.question.expect?.join("/") ?? "hand-over"}; terms ${o.result.terms.join(" ")}; top ${top}`;
    })
    .join("\n");
}

const { db } = await seededKnowledgeBase();
const engine = createAnswerEngine(db, { database: "evaluation" });
const started = performance.now();
const evaluation = await runQuestions(engine, "org_northwind", EVAL_QUESTIONS);
const elapsed = performance.now() - started;
const development = await runQuestions(engine, "org_northwind", DEV_QUESTIONS);
const evalMetrics = measure(evaluation);
const devMetrics = measure(development);

console.log(`Confidence model ${JSON.stringify(CONFIDENCE_MODEL)}; hands over below ${HAND_OVER_BELOW}`);
console.log(report("Evaluation set (held out)", evalMetrics));
console.log(report("Development set (fitted on)", devMetrics));
console.log(`  ${evaluation.length} evaluation answers in ${elapsed.toFixed(0)} ms (libSQL, in Node)`);
if (values.misses) console.log(`\nMisses, development set:\n${misses(development)}`);
if (values["eval-misses"]) console.log(`\nMisses, evaluation set:\n${misses(evaluation)}`);
if (values.fit) {
  const model = fitConfidence(development);
  console.log(`\nFitted on the development set: ${JSON.stringify(model)}`);
  console.log(thresholdTable(development, model));
}
if (values.json)
  writeFileSync(values.json, JSON.stringify({ evaluation: evalMetrics, development: devMetrics, threshold: HAND_OVER_BELOW }, null, 2));
