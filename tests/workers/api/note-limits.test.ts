// A note holds 4,000 characters as a person counts them (an emoji, an accented letter, an
// ideograph is one), and text in any script comes back from the API exactly as it was sent.
import { env } from "cloudflare:test";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { activityEvents, auditLog, notes } from "../../../db/schema";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";

const db = () => createDatabase({ DB: env.DB });
interface NoteItem {
  id: string;
  text: string;
}

/**
 * Each entry is one character as a reader sees it: precomposed and combining accents, emoji with
 * a skin tone, a family joined by zero-width joiners, a flag, CJK, Arabic letters, a space.
 */
const CHARACTERS = ["é", "e\u0301", "ñ", "n\u0303", "👍🏽", "👨‍👩‍👧‍👦", "🇯🇵", "王", "明", "م", "ح", " ", "Å", "o\u0308"];
/** `n` characters from the list above, never starting or ending with the space. */
const noteOf = (n: number) =>
  Array.from({ length: n }, (_, i) => (i === 0 || i === n - 1 ? "Z" : CHARACTERS[i % CHARACTERS.length])).join("");

let ana: string;
beforeAll(async () => {
  await seedSmall();
  ana = await signIn("rep.ana@tandem.test");
});

async function listed(customerId: string, id: string): Promise<string | undefined> {
  const list = await get<{ items: NoteItem[] }>(`/api/customers/${customerId}/notes?limit=100`, ana);
  expect(list.status).toBe(200);
  return list.body.items.find((n) => n.id === id)?.text;
}

async function written(customerId: string) {
  const d = db();
  const [[n], [a], [l]] = await Promise.all([
    d.select({ n: count() }).from(notes).where(eq(notes.customerId, customerId)),
    d.select({ n: count() }).from(activityEvents).where(eq(activityEvents.customerId, customerId)),
    d.select({ n: count() }).from(auditLog).where(eq(auditLog.customerId, customerId)),
  ]);
  return { notes: n?.n, activity: a?.n, audit: l?.n };
}

describe("the 4,000-character note limit", () => {
  it("accepts 4,000 characters of emoji, accents, CJK and Arabic (far more than 4,000 UTF-16 units) and stores them byte-exact", async () => {
    const text = noteOf(4_000);
    expect(text.length).toBeGreaterThan(8_000); // what a code-unit limit would have counted
    const added = await post<{ noteId: string }>("/api/customers/cus_0003/notes", ana, { text });
    expect(added.status).toBe(201);
    const [row] = await db().select({ text: notes.text }).from(notes).where(eq(notes.id, added.body.noteId));
    expect(new TextEncoder().encode(row?.text)).toEqual(new TextEncoder().encode(text));
    expect(await listed("cus_0003", added.body.noteId)).toBe(text);
  });

  it("accepts 4,000 plain letters, and does not count the spaces around a note", async () => {
    const text = "a".repeat(4_000);
    const added = await post<{ noteId: string }>("/api/customers/cus_0003/notes", ana, { text: `  ${text}\n ` });
    expect(added.status).toBe(201);
    expect(await listed("cus_0003", added.body.noteId)).toBe(text);
  });

  it("counts what a note writes (so the refusals below prove nothing was written)", async () => {
    const before = await written("cus_0004");
    expect((await post("/api/customers/cus_0004/notes", ana, { text: noteOf(4_000) })).status).toBe(201);
    const after = await written("cus_0004");
    expect(after).toEqual({ notes: Number(before.notes) + 1, activity: Number(before.activity) + 1, audit: Number(before.audit) + 1 });
  });

  it.each([
    ["4,001 plain letters", "a".repeat(4_001)],
    ["4,001 mixed characters", noteOf(4_001)],
    ["4,000 letters and one emoji", `${"a".repeat(4_000)}👨‍👩‍👧‍👦`],
    ["one letter carrying 32,000 combining accents (64,001 bytes)", `e${"\u0301".repeat(32_000)}`],
  ])("refuses %s with 400 VALIDATION and writes nothing", async (_what, text) => {
    const before = await written("cus_0004");
    const refused = await post("/api/customers/cus_0004/notes", ana, { text });
    expect(refused).toMatchObject({ status: 400, body: { error: { code: "VALIDATION" } } });
    expect(await written("cus_0004")).toEqual(before);
  });
});

describe("notes in any script", () => {
  it.each([
    ["Latin accents", "José Núñez paid; Zoë Ångström will call back"],
    ["combining accents, not normalised", "Jose\u0301 Nu\u0301n\u0303ez, Zoe\u0308 A\u030Angstro\u0308m"],
    ["right-to-left Arabic", "اتصل محمد الأحمد بخصوص عقد الإيجار"],
    ["Arabic with an English word and direction marks", "العميل \u200Fconfirmed\u200F الموعد"],
    ["CJK", "王小明来电询问租赁，下周再联系。"],
    ["emoji", "Client happy 👍🏽 family plan 👨‍👩‍👧‍👦 moving to 🇯🇵"],
  ])("keeps %s exactly through the API and the notes list", async (_what, text) => {
    const added = await post<{ noteId: string }>("/api/customers/cus_0005/notes", ana, { text });
    expect(added.status).toBe(201);
    expect(await listed("cus_0005", added.body.noteId)).toBe(text);
  });
});
