// The FAQ family: the answer engine's quality on the labelled evaluation set (what `npm run eval:faq`
// prints), and its answer latency inside workerd on a 500-article local D1, beside a bare FTS5 query
// on the same index in the same run. A timed answer counts only when it is the answer the same engine
// gives in Node on the same database (the decision and the top article); anything else is an error.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { count, eq } from "drizzle-orm";
import * as v from "valibot";
import { createDatabase } from "../../db/client";
import { faqLive } from "../../db/schema";
import { seedDatabase } from "../../db/seed/seed";
import { createAnswerEngine } from "../../worker/faq/answer-engine";
import { DEV_QUESTIONS } from "../faq/dev-questions";
import { EVAL_QUESTIONS } from "../faq/eval-questions";
import { measure, runQuestions } from "../faq/evaluate";
import { seededKnowledgeBase } from "../faq/knowledge-base";
import type { BenchConfig } from "./config";
import { addGeneratedArticles } from "./faq-corpus";
import { atLeast, atMost, ErrorTally, type Figure, figure, withoutErrors } from "./report";
import { summarize, tails } from "./stats";
import { bin, freePort, runCommand, startProcess, stopProcess, tempDir, waitForHttp } from "./support/process";

const ORG = "org_northwind";
const ARTICLES = 500;
const ProbeAnswerSchema = v.object({ samples: v.array(v.number()), answers: v.array(v.string()) });

function d1File(stateDir: string): string {
  const folder = join(stateDir, "v3", "d1", "miniflare-D1DatabaseObject");
  const file = readdirSync(folder).find((f) => f.endsWith(".sqlite") && f !== "metadata.sqlite");
  if (!file) throw new Error(`no D1 database file in ${folder}`);
  return join(folder, file);
}

/** The probe Worker on the D1 in `stateDir` (the product's binding and date, from its wrangler.toml). */
async function startProbe(stateDir: string) {
  const toml = readFileSync("wrangler.toml", "utf8");
  const field = (name: string) => new RegExp(`^${name}\\s*=\\s*"([^"]+)"`, "m").exec(toml)?.[1] ?? "";
  const config = join(stateDir, "faq-probe.toml");
  writeFileSync(
    config,
    [
      'name = "tandem-bench-faq-probe"',
      `main = "${resolve("tests/bench/fixtures/faq-probe/worker.ts")}"`,
      `compatibility_date = "${field("compatibility_date")}"`,
      "[[d1_databases]]",
      'binding = "DB"',
      `database_name = "${field("database_name")}"`,
      `database_id = "${field("database_id")}"`,
      "",
    ].join("\n"),
  );
  const port = await freePort();
  const started = startProcess(bin("wrangler"), [
    "dev",
    "--config",
    config,
    "--port",
    String(port),
    "--ip",
    "127.0.0.1",
    "--persist-to",
    stateDir,
    "--show-interactive-dev-session=false",
  ]);
  const url = `http://127.0.0.1:${port}/`;
  try {
    await waitForHttp(url, started, 90_000);
  } catch (error) {
    await stopProcess(started.child);
    throw error;
  }
  const run = async (op: "answer" | "bare", inputs: string[]) => {
    const response = await fetch(url, { method: "POST", body: JSON.stringify({ op, orgId: ORG, inputs }) });
    if (!response.ok) throw new Error(`faq probe ${op} failed: ${response.status} ${await response.text()}`);
    return v.parse(ProbeAnswerSchema, await response.json());
  };
  return { run, stop: () => stopProcess(started.child) };
}

/** Quality on the shipped knowledge base: the evaluation set's figures, with the targets. */
async function quality(): Promise<{ figures: Figure[]; metrics: ReturnType<typeof measure> }> {
  const { db } = await seededKnowledgeBase();
  const m = measure(await runQuestions(createAnswerEngine(db, { database: "shipped" }), ORG, EVAL_QUESTIONS));
  const of = (n: number) => ({ count: 0, of: n });
  const p1 = figure({
    family: "faq",
    name: "precision@1 (labelled evaluation set)",
    value: m.precisionAt1,
    unit: "",
    errors: of(m.answerable),
    note: `MRR ${m.mrr.toFixed(3)}; ${m.answerable} answerable questions`,
  });
  p1.target = atLeast(0.85, "")(p1.value);
  const wrong = figure({
    family: "faq",
    name: "wrong answers on unanswerable questions",
    value: m.wrongAnswerRateUnanswerable * 100,
    unit: "%",
    errors: of(m.unanswerable),
    note: `${m.unanswerable} unanswerable questions; wrong-product answers ${m.wrongProductAnswers}`,
  });
  wrong.target = atMost(5, "%")(wrong.value);
  const handOver = figure({
    family: "faq",
    name: "hand-over rate on answerable questions",
    value: m.handOverRateAnswerable * 100,
    unit: "%",
    note: `answers given were right ${(m.answeredPrecision * 100).toFixed(1)}% of the time; calibration ECE ${m.ece.toFixed(3)}`,
  });
  return { figures: [p1, wrong, handOver], metrics: m };
}

export async function runFaq(config: BenchConfig): Promise<{ figures: Figure[]; details: Record<string, unknown> }> {
  const q = await quality();
  // A 500-article knowledge base in a fresh local D1: migrated by wrangler, filled through its SQLite file.
  const stateDir = tempDir("tandem-bench-faq-");
  await runCommand(bin("wrangler"), ["d1", "migrations", "apply", "DB", "--local", "--persist-to", stateDir], { quiet: true });
  const db = createDatabase({ LIBSQL_URL: `file:${d1File(stateDir)}` });
  await seedDatabase(db, { customers: 1, chunk: 500, maxParams: 30_000 });
  const live = async () => (await db.select({ n: count() }).from(faqLive).where(eq(faqLive.orgId, ORG)))[0]?.n ?? 0;
  await addGeneratedArticles(db, ORG, await live(), ARTICLES);
  if ((await live()) !== ARTICLES) throw new Error(`the bench knowledge base has ${await live()} articles, not ${ARTICLES}`);
  // What the engine answers in Node on the same database: the reference every timed answer is checked against.
  const questions = [...EVAL_QUESTIONS, ...DEV_QUESTIONS].map((x) => x.q);
  const inputs = Array.from({ length: config.faq.samples }, (_, i) => questions[i % questions.length] ?? "");
  const nodeEngine = createAnswerEngine(db, { database: `${ARTICLES} articles` });
  const reference = new Map<string, string>();
  for (const question of new Set(inputs)) {
    const r = await nodeEngine.answer({ orgId: ORG, question, holdings: null });
    reference.set(question, `${r.decision.kind}:${r.ranked[0]?.candidate.slug ?? "-"}`);
  }
  const large = measure(await runQuestions(nodeEngine, ORG, EVAL_QUESTIONS));

  const probe = await startProbe(stateDir);
  const answerSamples: number[] = [];
  const bareSamples: number[] = [];
  const errors = new ErrorTally();
  const differing: { question: string; node: string; workerd: string }[] = [];
  try {
    await probe.run("answer", inputs.slice(0, 30)); // warm: the lexicon and each version's terms
    await probe.run("bare", inputs.slice(0, 30));
    // Interleaved in chunks, so the engine and the baseline share the machine's moments.
    for (let i = 0; i < inputs.length; i += 50) {
      const chunk = inputs.slice(i, i + 50);
      const answered = await probe.run("answer", chunk);
      chunk.forEach((question, k) => {
        const got = answered.answers[k];
        if (got === reference.get(question)) answerSamples.push(answered.samples[k] ?? Number.NaN);
        else {
          errors.add("differs from the engine in Node");
          if (differing.length < 20) differing.push({ question, node: reference.get(question) ?? "", workerd: got ?? "" });
        }
      });
      const bare = await probe.run("bare", chunk);
      bareSamples.push(...bare.samples);
    }
  } finally {
    await probe.stop();
  }
  const answer = summarize(answerSamples);
  const bare = summarize(bareSamples);
  const t = tails(answer, bare);
  const latency = figure({
    family: "faq",
    name: `answer ${t.label} in workerd (${ARTICLES} articles, local D1)`,
    value: t.value,
    unit: "ms",
    errors: errors.of(inputs.length),
    baseline: { name: `bare FTS5 query ${t.label}`, value: t.baseline },
    note: `p50 ${answer.p50.toFixed(2)} ms vs ${bare.p50.toFixed(2)} ms; on ${ARTICLES} articles precision@1 ${large.precisionAt1.toFixed(3)}, wrong on unanswerable ${(large.wrongAnswerRateUnanswerable * 100).toFixed(1)}%`,
  });
  latency.target = withoutErrors(atMost(30, "ms")(latency.value), latency.errors);
  return { figures: [...q.figures, latency], details: { faq: { evaluation: q.metrics, evaluationOn500: large, answer, bare, differing } } };
}
