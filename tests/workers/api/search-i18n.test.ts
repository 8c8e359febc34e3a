// Name search beyond ASCII: accented Latin (accents optional, as FTS5's remove_diacritics 2
// folds them), right-to-left Arabic and CJK names, by full name, first word and prefix.
import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { customers } from "../../../db/schema";
import { call, seedSmall, signIn } from "../support/http";

interface Hit {
  id: string;
  name: string;
}

/** Customers of Northwind added for this file, with the name exactly as stored. */
const PEOPLE = {
  jose: { id: "cus_70001", first: "José", last: "Núñez" },
  zoe: { id: "cus_70002", first: "Zoë", last: "Ångström" },
  /** The same kind of name pasted in decomposed form (letters followed by combining accents), as macOS copies it. */
  renee: { id: "cus_70003", first: "Rene\u0301e", last: "Lefe\u0300vre" },
  mohammed: { id: "cus_70004", first: "محمد", last: "الأحمد" },
  wang: { id: "cus_70005", first: "王", last: "小明", full: "王小明" },
} as const;
const fullName = (p: { first: string; last: string; full?: string }) => p.full ?? `${p.first} ${p.last}`;

let ana: string;
beforeAll(async () => {
  await seedSmall();
  const db = createDatabase({ DB: env.DB });
  const now = Date.now();
  const rows = Object.values(PEOPLE).map((p, i) => ({
    id: p.id,
    orgId: "org_northwind",
    teamId: "team_east",
    firstName: p.first,
    lastName: p.last,
    fullName: fullName(p),
    phone: `+1 212 555 ${String(7000 + i)}`,
    phoneDigits: `1212555${String(7000 + i)}`,
    createdAt: now,
    updatedAt: now,
  }));
  const [first, ...rest] = rows.map((row) => db.insert(customers).values(row));
  if (first) await db.batch([first, ...rest]);
  ana = await signIn("rep.ana@tandem.test");
});

async function search(q: string): Promise<Hit[]> {
  const response = await call(`/api/customers?q=${encodeURIComponent(q)}`, { cookie: ana });
  expect(response.status).toBe(200);
  return ((await response.json()) as { items: Hit[] }).items;
}

describe("GET /api/customers?q= with names in any script", () => {
  it.each([
    ["jose", "José Núñez", "full name"],
    ["jose", "José", "first word"],
    ["jose", "Jos", "prefix"],
    ["jose", "Núñ", "prefix of the last name"],
    ["jose", "Jose Nunez", "full name without accents"],
    ["jose", "nunez", "last name without accents, lower case"],
    ["jose", "JOSÉ NÚÑEZ", "upper case"],
    ["jose", "Jose\u0301 Nu\u0301n\u0303ez", "full name typed with combining accents"],
    ["zoe", "Zoë Ångström", "full name"],
    ["zoe", "Zoë", "first word"],
    ["zoe", "Ång", "prefix"],
    ["zoe", "Zoe Angstrom", "full name without accents"],
    ["zoe", "angst", "prefix without accents"],
    ["renee", "Renée Lefèvre", "stored decomposed, typed precomposed"],
    ["renee", "Renee", "stored decomposed, typed without accents"],
    ["renee", "Lef", "stored decomposed, prefix"],
    ["mohammed", "محمد الأحمد", "full name"],
    ["mohammed", "محمد", "first word"],
    ["mohammed", "مح", "prefix"],
    ["mohammed", "الأح", "prefix of the family name"],
    ["wang", "王小明", "full name"],
    ["wang", "王", "first character (the family name)"],
    ["wang", "王小", "prefix"],
  ] as const)("finds %s by %j (%s)", async (who, q, _how) => {
    const person = PEOPLE[who];
    const hit = (await search(q)).find((h) => h.id === person.id);
    expect(hit?.name).toBe(fullName(person));
  });

  it("does not mix the names up", async () => {
    expect((await search("José")).map((h) => h.id)).not.toContain(PEOPLE.zoe.id);
    expect((await search("محمد")).map((h) => h.id)).not.toContain(PEOPLE.wang.id);
    expect((await search("王")).map((h) => h.id)).not.toContain(PEOPLE.mohammed.id);
  });

  // unicode61 does not split CJK text into words, so "王小明" is one token and FTS5 matches only its
  // prefixes; a given name alone cannot be found until the index tokenizes CJK (e.g. trigram).
  // `it.fails` keeps the gap visible: it turns red the day the search finds him.
  it.fails("finds 王小明 by his given name 小明 (a known gap of the unicode61 tokenizer)", async () => {
    expect((await search("小明")).map((h) => h.id)).toContain(PEOPLE.wang.id);
  });

  // remove_diacritics folds Latin accents only; Arabic writers often leave out the hamza (أ -> ا),
  // and nothing folds it, so "الاحمد" misses "الأحمد". Same marker as above.
  it.fails("finds محمد الأحمد typed without the hamza (a known gap: Arabic letter variants are not folded)", async () => {
    expect((await search("محمد الاحمد")).map((h) => h.id)).toContain(PEOPLE.mohammed.id);
  });
});
