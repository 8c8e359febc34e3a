// The bench's larger knowledge base: the seeded 160 articles plus generated ones a real retailer
// also keeps (where leases and loans are offered, state by state; partner stores; what each kind of
// goods can be financed with; where to pay in person), approved and indexed, to 500 articles.
import { STATE_RULES } from "../../core/domain/products";
import type { Database } from "../../db/client";
import { liveRow } from "../../db/repositories/faq-index";
import { faqArticles, faqLive, faqVersions } from "../../db/schema";
import type { SeedArticle } from "../../db/seed/faq/types";

const STATES: [string, string][] = [
  ["AL", "Alabama"],
  ["AK", "Alaska"],
  ["AZ", "Arizona"],
  ["AR", "Arkansas"],
  ["CA", "California"],
  ["CO", "Colorado"],
  ["CT", "Connecticut"],
  ["DE", "Delaware"],
  ["FL", "Florida"],
  ["GA", "Georgia"],
  ["HI", "Hawaii"],
  ["ID", "Idaho"],
  ["IL", "Illinois"],
  ["IN", "Indiana"],
  ["IA", "Iowa"],
  ["KS", "Kansas"],
  ["KY", "Kentucky"],
  ["LA", "Louisiana"],
  ["ME", "Maine"],
  ["MD", "Maryland"],
  ["MA", "Massachusetts"],
  ["MI", "Michigan"],
  ["MN", "Minnesota"],
  ["MS", "Mississippi"],
  ["MO", "Missouri"],
  ["MT", "Montana"],
  ["NE", "Nebraska"],
  ["NV", "Nevada"],
  ["NH", "New Hampshire"],
  ["NJ", "New Jersey"],
  ["NM", "New Mexico"],
  ["NY", "New York"],
  ["NC", "North Carolina"],
  ["ND", "North Dakota"],
  ["OH", "Ohio"],
  ["OK", "Oklahoma"],
  ["OR", "Oregon"],
  ["PA", "Pennsylvania"],
  ["RI", "Rhode Island"],
  ["SC", "South Carolina"],
  ["SD", "South Dakota"],
  ["TN", "Tennessee"],
  ["TX", "Texas"],
  ["UT", "Utah"],
  ["VT", "Vermont"],
  ["VA", "Virginia"],
  ["WA", "Washington"],
  ["WV", "West Virginia"],
  ["WI", "Wisconsin"],
  ["WY", "Wyoming"],
];
const STORES = [
  "BrightHome Outlet",
  "Maple Furniture",
  "Volt Electronics",
  "Cedar Appliance",
  "Summit Tires",
  "Harbor Jewelers",
  "Pixel Computers",
  "Dreamline Mattress",
  "Northside Sofa Co",
  "Urban Living",
  "Atlas Audio",
  "Riverbend Home",
  "Crest Kitchen",
  "Lumen Lighting",
  "Granite Grills",
  "Orbit Gaming",
  "Willow Bedding",
  "Peak Fitness Gear",
  "Coastline Patio",
  "Ironwood Tools",
  "Blue Fern Decor",
  "Metro Phones",
  "Sunrise Cycles",
  "Aspen Outdoors",
  "Quartz Watches",
  "Beacon Cameras",
  "Nimbus Laptops",
  "Tidal Boats Gear",
  "Redwood Desks",
  "Silverline Appliances",
];
const GOODS = [
  "television",
  "sofa",
  "refrigerator",
  "washer and dryer",
  "laptop",
  "mattress",
  "engagement ring",
  "set of tires",
  "dining table",
  "gaming console",
  "recliner",
  "air conditioner",
  "treadmill",
  "camera",
  "smartwatch",
  "bunk bed",
  "sewing machine",
  "lawn mower",
  "e-bike",
  "power tools",
  "dishwasher",
  "microwave",
  "freezer",
  "sectional",
  "bedroom set",
  "tablet",
  "sound bar",
  "projector",
  "crib",
  "office chair",
  "piano",
  "chest freezer",
  "water heater",
  "vacuum",
  "range hood",
  "golf clubs",
  "kayak",
  "drum kit",
];
const CITIES = [
  "Columbus",
  "Dayton",
  "Toledo",
  "Akron",
  "Cleveland",
  "Cincinnati",
  "Atlanta",
  "Savannah",
  "Macon",
  "Tampa",
  "Orlando",
  "Miami",
  "Jacksonville",
  "Houston",
  "Dallas",
  "Austin",
  "San Antonio",
  "El Paso",
  "Phoenix",
  "Tucson",
  "Denver",
  "Boise",
  "Reno",
  "Fresno",
  "Sacramento",
  "Portland",
  "Spokane",
  "Tacoma",
  "Omaha",
  "Wichita",
  "Tulsa",
  "Little Rock",
  "Memphis",
  "Nashville",
  "Knoxville",
  "Louisville",
  "Lexington",
  "Indianapolis",
  "Fort Wayne",
  "Detroit",
];

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

export function generatedArticles(): SeedArticle[] {
  const out: SeedArticle[] = [];
  for (const [code, name] of STATES) {
    const rule = STATE_RULES[code];
    out.push({
      slug: `lease-in-${slug(name)}`,
      topic: "states",
      scope: "lease",
      pair: `state-${code.toLowerCase()}`,
      title: `Leases in ${name}`,
      questions: [`Are leases offered in ${name}?`, `Can I lease to own in ${name}?`, `Do you do lease to own in ${code}?`],
      answer:
        rule && !rule.leaseAllowed
          ? `Lease-to-own agreements are not offered in ${name}. Ask about other ways to finance the item.`
          : `Yes. Lease-to-own agreements are offered in ${name}, for durable goods, within ${name}'s rules on lease payments and fees.`,
    });
    out.push({
      slug: `loan-in-${slug(name)}`,
      topic: "states",
      scope: "loan",
      pair: `state-${code.toLowerCase()}`,
      title: `Loans in ${name}`,
      questions: [`Are loans offered in ${name}?`, `Can I get a loan in ${name}?`, `What is the highest APR in ${code}?`],
      answer: `Yes. Loans are offered in ${name} with a fixed APR of at most ${((rule?.loanMaxAprBps ?? 2999) / 100).toFixed(2)}%, the lower of our rate and ${name}'s cap.`,
    });
  }
  for (const store of STORES)
    out.push({
      slug: `store-${slug(store)}`,
      topic: "stores",
      scope: "both",
      title: `Shopping at ${store}`,
      questions: [`Does ${store} accept Northwind?`, `Can I use my approval at ${store}?`, `Is ${store} a partner store?`],
      answer: `Yes, ${store} is a partner store: choose Northwind at checkout online or in store, and the order is financed with a lease or a loan depending on the item.`,
    });
  for (const goods of GOODS) {
    out.push({
      slug: `lease-a-${slug(goods)}`,
      topic: "goods",
      scope: "lease",
      pair: `goods-${slug(goods)}`,
      title: `Leasing a ${goods}`,
      questions: [`Can I lease a ${goods}?`, `Is a ${goods} something I can lease to own?`],
      answer: `Yes, a ${goods} is a durable good we can own while you lease it. Pick it at a partner store or through the personal shopper program.`,
    });
    out.push({
      slug: `loan-for-a-${slug(goods)}`,
      topic: "goods",
      scope: "loan",
      pair: `goods-${slug(goods)}`,
      title: `A loan for a ${goods}`,
      questions: [`Can I get a loan for a ${goods}?`, `Can a loan pay for a ${goods}?`],
      answer: `Yes, a purchase loan can pay a store for a ${goods}, at a fixed APR with monthly installments.`,
    });
  }
  for (const store of STORES) {
    out.push({
      slug: `returns-at-${slug(store)}`,
      topic: "stores",
      scope: "both",
      title: `Returns at ${store}`,
      questions: [`How do returns work at ${store}?`, `Can I return something to ${store}?`],
      answer: `${store} takes returns under its own policy; tell us when you return something bought through Northwind so we can update your agreement.`,
    });
    out.push({
      slug: `hours-at-${slug(store)}`,
      topic: "stores",
      scope: "neither",
      title: `${store} hours`,
      questions: [`What are ${store}'s hours?`, `When is ${store} open?`],
      answer: `Store hours are on ${store}'s website and in the app's store list; Northwind's own service hours are separate.`,
    });
  }
  for (const city of CITIES)
    out.push({
      slug: `delivery-to-${slug(city)}`,
      topic: "locations",
      scope: "both",
      title: `Delivery to ${city}`,
      questions: [`Do you deliver to ${city}?`, `How long does delivery to ${city} take?`],
      answer: `Yes. Partner stores deliver to ${city}; most orders arrive within 2 to 5 business days after you sign.`,
    });
  for (const city of CITIES)
    out.push({
      slug: `pay-in-${slug(city)}`,
      topic: "locations",
      scope: "both",
      title: `Paying in person in ${city}`,
      questions: [`Where can I pay in person in ${city}?`, `Is there a store in ${city} that takes payments?`],
      answer: `Partner stores in ${city} with a service desk take payments; the app lists them under Pay in person, with hours.`,
    });
  return out;
}

/** Writes generated articles into an org's knowledge base, approved and indexed, `total` in all. */
export async function addGeneratedArticles(db: Database, orgId: string, seeded: number, total: number): Promise<number> {
  const extra = generatedArticles().slice(0, Math.max(0, total - seeded));
  const at = Date.UTC(2026, 0, 1);
  const rows = extra.map((a, i) => {
    const id = `faq_bench_${String(i + 1).padStart(4, "0")}`;
    return {
      article: {
        id,
        orgId,
        slug: a.slug,
        topic: a.topic,
        scope: a.scope,
        pairKey: a.pair ?? null,
        liveVersion: 1,
        latestVersion: 1,
        createdAt: at,
        updatedAt: at,
      },
      version: {
        id: `${id}_v1`,
        articleId: id,
        version: 1,
        title: a.title,
        questions: JSON.stringify(a.questions),
        answer: a.answer,
        template: null,
        changeNote: "Bench",
        authorId: "stf_lead_east",
        authorName: "Lena Okafor",
        createdAt: at,
        state: "approved" as const,
        approvedBy: "stf_compliance",
        approverName: "Corinne Park",
        approvedAt: at,
      },
      live: liveRow({ articleId: id, orgId, scope: a.scope, version: 1, title: a.title, questions: a.questions, answer: a.answer }),
    };
  });
  for (let i = 0; i < rows.length; i += 50) {
    const chunk = rows.slice(i, i + 50);
    await db.batch([
      db.insert(faqArticles).values(chunk.map((r) => r.article)),
      db.insert(faqVersions).values(chunk.map((r) => r.version)),
      db.insert(faqLive).values(chunk.map((r) => r.live)),
    ]);
  }
  return extra.length;
}
