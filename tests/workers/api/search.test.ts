import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { customers } from "../../../db/schema";
import { call, seedSmall, signIn } from "../support/http";
import { joinRoom } from "../support/room-client";

interface Hit {
  id: string;
  name: string;
  products: { lease: boolean; loan: boolean };
  owner: { id: string; name: string } | null;
  viewers: { id: string; name: string; state: string; device: string }[];
}
interface SearchPage {
  items: Hit[];
  ranked: boolean;
  nextOffset: number | null;
}

let ana: string;
let ben: string;
/** More namesakes than the ranking threshold, so the unranked (index order) path runs too. */
const NAMESAKES = 210;

beforeAll(async () => {
  await seedSmall(60);
  const db = createDatabase({ DB: env.DB });
  const now = Date.now();
  const rows = Array.from({ length: NAMESAKES }, (_, i) => ({
    id: `cus_${String(50_000 + i)}`,
    orgId: "org_northwind",
    teamId: "team_east",
    firstName: "Quinn",
    lastName: `Zephyrine${i}`,
    fullName: `Quinn Zephyrine${i}`,
    phone: `+1 212 555 ${String(i).padStart(4, "0")}`,
    phoneDigits: `1212555${String(i).padStart(4, "0")}`,
    createdAt: now,
    updatedAt: now,
  }));
  const [first, ...rest] = rows.map((row) => db.insert(customers).values(row));
  if (first) await db.batch([first, ...rest]);
  [ana, ben] = await Promise.all([signIn("rep.ana@tandem.test"), signIn("rep.ben@tandem.test")]);
});

async function search(q: string, cookie = ana, extra = ""): Promise<SearchPage> {
  const response = await call(`/api/customers?q=${encodeURIComponent(q)}${extra}`, { cookie });
  expect(response.status).toBe(200);
  return (await response.json()) as SearchPage;
}

describe("GET /api/customers (search)", () => {
  it.each(["(555) 010-2233", "+1 555 0102233", "5550102233", "555.010.2233", "1-555-010-2233"])(
    "finds cus_0001 by phone typed as %s",
    async (typed) => {
      const page = await search(typed);
      expect(page.items.map((h) => h.id)).toContain("cus_0001");
    },
  );

  it.each([
    ["email prefix", "maya.johnson@ex"],
    ["loyalty number", "LY10000001"],
    ["external id", "fx-0000001"],
    ["customer id", "cus_0001"],
  ])("finds cus_0001 by %s", async (_what, typed) => {
    const page = await search(typed);
    expect(page.items[0]?.id).toBe("cus_0001");
    expect(page.items[0]?.products).toEqual({ lease: true, loan: true });
  });

  it("ranks a small name hit set by relevance, best first", async () => {
    const page = await search("maya joh");
    expect(page.ranked).toBe(true);
    expect(page.items[0]).toMatchObject({ id: "cus_0001", name: "Maya Johnson" });
  });

  it("keeps index order, unranked, when a name matches more than the threshold", async () => {
    const page = await search("quinn zeph", ana, "&limit=50");
    expect(page.ranked).toBe(false);
    expect(page.items).toHaveLength(50);
    expect(page.nextOffset).toBe(50);
  });

  it("pages without gaps or repeats, ranked or not", async () => {
    for (const q of ["quinn zeph", "j"]) {
      const whole = await search(q, ana, "&limit=40");
      const pages: Hit[] = [];
      let offset: number | null = 0;
      while (offset !== null && offset < 40) {
        const page: SearchPage = await search(q, ana, `&limit=7&offset=${offset}`);
        pages.push(...page.items);
        offset = page.nextOffset;
      }
      expect(pages.slice(0, whole.items.length).map((h) => h.id)).toEqual(whole.items.map((h) => h.id));
      expect(new Set(pages.map((h) => h.id)).size).toBe(pages.length);
    }
  });

  it("ends paging with a null nextOffset on the last page", async () => {
    const page = await search("quinn zeph", ana, `&limit=50&offset=${NAMESAKES - 10}`);
    expect(page.items).toHaveLength(10);
    expect(page.nextOffset).toBeNull();
  });

  it("answers nothing for an empty query and refuses an oversized limit", async () => {
    expect((await search("   ")).items).toEqual([]);
    const response = await call("/api/customers?q=maya&limit=500", { cookie: ana });
    expect(response.status).toBe(400);
  });

  it("shows who is viewing and who owns each account", async () => {
    const { client } = await joinRoom(ana, "cus_0002");
    try {
      await client.request({ type: "lock-request" }, ["lock-granted"]);
      // The room records room_presence behind its frames; an acked heartbeat waits for the record.
      await client.request({ type: "heartbeat", active: false }, ["ack"]);
      const hit: Hit | undefined = (await search("cus_0002", ben)).items[0];

      expect(hit?.owner).toMatchObject({ id: "stf_ana", name: "Ana Alvarez" });
      expect(hit?.viewers.map((v) => v.id)).toContain("stf_ana");
    } finally {
      client.close();
    }
  });
});
