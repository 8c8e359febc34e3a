// The seeded knowledge base and its repositories on libSQL: 150+ approved articles whose words follow
// compliance's rules, lease/loan pairs worded apart, the index in step with approvals and withdrawals,
// and recall that never crosses an org or a product.
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { analyze } from "../../../core/domain/faq/normalize";
import { textProblems } from "../../../core/domain/faq/review";
import type { ProductScope } from "../../../core/domain/faq/scope";
import type { Database } from "../../../db/client";
import { approveStatements, findArticleBySlug, versionsOf, withdrawStatements } from "../../../db/repositories/faq";
import { parseQuestions, recallArticles } from "../../../db/repositories/faq-index";
import { faqArticles, faqLive, faqVersions } from "../../../db/schema";
import { seedDatabase } from "../../../db/seed/seed";
import { TEST_ANCHOR } from "../../shared/repository-contract";
import { openTestDatabase } from "../support/libsql";

let db: Database;
beforeAll(async () => {
  db = await openTestDatabase();
  await seedDatabase(db, { customers: 1, anchor: TEST_ANCHOR });
});

const recall = (orgId: string, question: string, scopes: ProductScope[] = ["lease", "loan", "both", "neither"]) =>
  recallArticles(db, { orgId, terms: analyze(question).terms, scopes, limit: 20 });

describe("the seeded knowledge base", () => {
  it("has more than 150 approved, live Northwind articles, each version's words within compliance's rules", async () => {
    const articles = await db.select().from(faqArticles).where(eq(faqArticles.orgId, "org_northwind"));
    const live = articles.filter((a) => a.liveVersion !== null);
    expect(live.length).toBeGreaterThan(150);
    const versions = await db.select().from(faqVersions);
    for (const a of live) {
      const v = versions.find((x) => x.articleId === a.id && x.version === a.liveVersion);
      expect(v?.state, a.slug).toBe("approved");
      expect(v?.approvedBy, a.slug).toBe("stf_compliance");
      const text = {
        title: v?.title ?? "",
        questions: parseQuestions(v?.questions ?? "[]"),
        answer: v?.answer ?? "",
        template: v?.template ?? null,
      };
      expect(textProblems(a.scope, text), a.slug).toEqual([]);
    }
  });

  it("pairs lease and loan answers to the same question, worded apart", async () => {
    const articles = await db.select().from(faqArticles).where(eq(faqArticles.orgId, "org_northwind"));
    const pairs = new Map<string, typeof articles>();
    for (const a of articles) if (a.pairKey) pairs.set(a.pairKey, [...(pairs.get(a.pairKey) ?? []), a]);
    expect(pairs.size).toBeGreaterThanOrEqual(20);
    for (const [key, members] of pairs) {
      expect(members.map((m) => m.scope).sort(), key).toEqual(["lease", "loan"]);
      const answers = await Promise.all(
        members.map(async (m) => (await versionsOf(db, m.id)).find((v) => v.version === m.liveVersion)?.answer),
      );
      expect(answers[0], key).not.toBe(answers[1]);
    }
  });

  it("keeps a version history, and drafts awaiting approval that nothing answers from", async () => {
    const lateFee = await findArticleBySlug(db, "org_northwind", "lease-late-fee");
    expect((await versionsOf(db, lateFee?.id ?? "")).map((v) => [v.version, v.state])).toEqual([
      [2, "approved"],
      [1, "retired"],
    ]);
    const draft = await findArticleBySlug(db, "org_northwind", "loan-refinance");
    expect(draft?.liveVersion).toBeNull();
    expect((await recall("org_northwind", "can I refinance my loan")).map((c) => c.slug)).not.toContain("loan-refinance");
  });
});

describe("recall", () => {
  it("finds an org's own articles only", async () => {
    const northwind = await recall("org_northwind", "how do I change my address");
    const harbor = await recall("org_harbor", "how do I change my address");
    expect(northwind[0]?.articleId).toMatch(/^faq_nw_/);
    expect(harbor.length).toBeGreaterThan(0);
    expect(harbor.every((c) => c.articleId.startsWith("faq_hb_"))).toBe(true);
  });

  it("finds the allowed product scopes only", async () => {
    const loanOnly = await recall("org_northwind", "what happens if I miss a payment", ["loan", "both", "neither"]);
    expect(loanOnly.map((c) => c.slug)).toContain("loan-missed-payment");
    expect(loanOnly.some((c) => c.scope === "lease")).toBe(false);
  });

  it("answers a newly approved version and nothing of a withdrawn article", async () => {
    const article = await findArticleBySlug(db, "org_northwind", "loyalty-tiers");
    if (!article) throw new Error("seeded article missing");
    const v2 = {
      id: "fqv_test",
      articleId: article.id,
      version: 2,
      title: "Loyalty tiers",
      questions: JSON.stringify(["What do zebra tiers give me?"]),
      answer: "Zebra tiers give perks.",
      template: null,
      changeNote: "test",
      authorId: "stf_lead_east",
      authorName: "Lena Okafor",
      createdAt: 1,
      state: "draft" as const,
      approvedBy: null,
      approverName: null,
      approvedAt: null,
    };
    await db.insert(faqVersions).values(v2);
    const [first, ...rest] = approveStatements(db, {
      article,
      version: v2,
      approverId: "stf_compliance",
      approverName: "Corinne Park",
      at: 2,
    });
    if (first) await db.batch([first, ...rest]);
    expect((await recall("org_northwind", "zebra tiers")).map((c) => [c.slug, c.version])).toEqual([["loyalty-tiers", 2]]);
    expect((await db.select().from(faqLive).where(eq(faqLive.articleId, article.id))).map((r) => r.version)).toEqual([2]);
    const [w, ...ws] = withdrawStatements(db, article.id, 3);
    if (w) await db.batch([w, ...ws]);
    expect(await recall("org_northwind", "zebra tiers")).toEqual([]);
  });

  it("refuses to rewrite an approved version's words, or delete one", async () => {
    await expect(db.update(faqVersions).set({ answer: "changed" }).where(eq(faqVersions.articleId, "faq_nw_001"))).rejects.toThrow();
    await expect(db.delete(faqVersions).where(eq(faqVersions.articleId, "faq_nw_001"))).rejects.toThrow();
  });
});
