// Seeds the FAQ knowledge base: Northwind's 160 articles, approved by compliance and indexed, a few
// with an older version in their history, and two drafts awaiting approval; Harbor gets a handful of
// its own (so tests can show one org never hears another's answers).
import { getTableColumns } from "drizzle-orm";
import type { Database } from "../client";
import type { Statement } from "../repositories/audit";
import { liveRow } from "../repositories/faq-index";
import { faqArticles, faqLive, faqVersions } from "../schema";
import { SEED_ARTICLES, type SeedArticle } from "./faq/index";

const AUTHOR = { id: "stf_lead_east", name: "Lena Okafor" };
const APPROVER = { id: "stf_compliance", name: "Corinne Park" };
const HARBOR_SLUGS = [
  "lease-how-to-pay",
  "loan-how-to-pay",
  "lease-due-date",
  "loan-due-date",
  "payment-methods",
  "service-hours",
  "address-change",
  "loan-payoff-amount",
  "lease-early-purchase-option",
  "lease-return-item",
];

/** Earlier wording of a few articles, replaced by the seeded text (version history to look at). */
const EARLIER: Record<string, { answer: string; changeNote: string }> = {
  "lease-late-fee": {
    answer: "A lease payment made after the grace period has a $10 late fee.",
    changeNote: "Compliance: the fee must follow state law; quote the lesser of $5 or 5%",
  },
  "service-hours": {
    answer: "Representatives are available Monday to Friday 9 a.m. to 6 p.m. Eastern.",
    changeNote: "Longer hours from the new East team",
  },
  "loan-early-payoff": {
    answer: "Call us for your payoff amount and pay it by bank account.",
    changeNote: "Add the other ways to pay and say there is no prepayment penalty",
  },
};

/** Written by authors, not yet approved: they show in the editor's queue and are never answered. */
const DRAFTS: {
  slug: string;
  draft: Omit<SeedArticle, "slug" | "topic" | "scope" | "pair">;
  newArticle?: Pick<SeedArticle, "topic" | "scope">;
}[] = [
  {
    slug: "loan-refinance",
    newArticle: { topic: "payoff", scope: "loan" },
    draft: {
      title: "Refinancing a loan",
      questions: ["Can I refinance my loan?", "Can I get a lower rate on my loan?"],
      answer: "We do not refinance loans today. Paying extra lowers the interest you pay, with no prepayment penalty.",
    },
  },
  {
    slug: "service-hours",
    draft: {
      title: "Customer service hours",
      questions: ["What are your hours?", "Are you open on holidays?"],
      answer:
        "Representatives are available Monday to Friday 8 a.m. to 9 p.m. and Saturday 9 a.m. to 5 p.m. Eastern, and 10 a.m. to 4 p.m. on most holidays.",
    },
  },
];

type ArticleRow = typeof faqArticles.$inferInsert;
type VersionRow = typeof faqVersions.$inferInsert;

function rowsFor(orgId: string, prefix: string, articles: readonly SeedArticle[], at: number) {
  const articleRows: ArticleRow[] = [];
  const versionRows: VersionRow[] = [];
  const indexed: Parameters<typeof liveRow>[0][] = [];
  articles.forEach((a, i) => {
    const id = `faq_${prefix}_${String(i + 1).padStart(3, "0")}`;
    const earlier = EARLIER[a.slug];
    const draft = DRAFTS.find((d) => d.slug === a.slug && !d.newArticle);
    const live = earlier ? 2 : 1;
    const latest = live + (draft && prefix === "nw" ? 1 : 0);
    articleRows.push({
      id,
      orgId,
      slug: a.slug,
      topic: a.topic,
      scope: a.scope,
      pairKey: a.pair ?? null,
      liveVersion: live,
      latestVersion: latest,
      createdAt: at,
      updatedAt: at,
    });
    const base = { articleId: id, authorId: AUTHOR.id, authorName: AUTHOR.name, template: a.template ?? null };
    const approval = (version: number) => ({ approvedBy: APPROVER.id, approverName: APPROVER.name, approvedAt: at + version * 60_000 });
    if (earlier) {
      versionRows.push({
        ...base,
        id: `${id}_v1`,
        version: 1,
        title: a.title,
        questions: JSON.stringify(a.questions),
        answer: earlier.answer,
        changeNote: "First version",
        createdAt: at,
        state: "retired",
        ...approval(1),
      });
    }
    versionRows.push({
      ...base,
      id: `${id}_v${live}`,
      version: live,
      title: a.title,
      questions: JSON.stringify(a.questions),
      answer: a.answer,
      changeNote: earlier?.changeNote ?? "First version",
      createdAt: at + live * 30_000,
      state: "approved",
      ...approval(live),
    });
    if (draft && prefix === "nw") {
      versionRows.push({
        ...base,
        id: `${id}_v${latest}`,
        version: latest,
        title: draft.draft.title,
        questions: JSON.stringify(draft.draft.questions),
        answer: draft.draft.answer,
        template: null,
        changeNote: "Holiday hours",
        createdAt: at + 3 * 60_000,
        state: "draft",
      });
    }
    indexed.push({ articleId: id, orgId, scope: a.scope, version: live, title: a.title, questions: a.questions, answer: a.answer });
  });
  return { articleRows, versionRows, indexed };
}

function chunk<T>(rows: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/** Statements that seed both orgs' knowledge bases, multi-row inserts kept under `maxParams` bound values. */
export function faqSeedStatements(db: Database, at: number, maxParams: number): Statement[] {
  const per = (table: typeof faqArticles | typeof faqVersions | typeof faqLive) =>
    Math.max(1, Math.floor(maxParams / Object.keys(getTableColumns(table)).length));
  const northwind = rowsFor("org_northwind", "nw", SEED_ARTICLES, at);
  const harbor = rowsFor(
    "org_harbor",
    "hb",
    SEED_ARTICLES.filter((a) => HARBOR_SLUGS.includes(a.slug)),
    at,
  );
  const newDrafts = DRAFTS.filter((d) => d.newArticle).map((d, i) => {
    const id = `faq_nw_draft_${i + 1}`;
    return {
      article: {
        id,
        orgId: "org_northwind",
        slug: d.slug,
        topic: d.newArticle?.topic ?? "general",
        scope: d.newArticle?.scope ?? "both",
        pairKey: null,
        liveVersion: null,
        latestVersion: 1,
        createdAt: at,
        updatedAt: at + 4 * 60_000,
      } satisfies ArticleRow,
      version: {
        id: `${id}_v1`,
        articleId: id,
        version: 1,
        title: d.draft.title,
        questions: JSON.stringify(d.draft.questions),
        answer: d.draft.answer,
        template: null,
        changeNote: "New article",
        authorId: AUTHOR.id,
        authorName: AUTHOR.name,
        createdAt: at + 4 * 60_000,
        state: "draft",
      } satisfies VersionRow,
    };
  });
  const articles = [...northwind.articleRows, ...harbor.articleRows, ...newDrafts.map((d) => d.article)];
  const versions = [...northwind.versionRows, ...harbor.versionRows, ...newDrafts.map((d) => d.version)];
  return [
    ...chunk(articles, per(faqArticles)).map((rows) => db.insert(faqArticles).values(rows)),
    ...chunk(versions, per(faqVersions)).map((rows) => db.insert(faqVersions).values(rows)),
    ...chunk([...northwind.indexed, ...harbor.indexed].map(liveRow), per(faqLive)).map((rows) => db.insert(faqLive).values(rows)),
  ];
}
