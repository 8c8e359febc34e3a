// Unauthenticated noise (sign-ins with unknown emails, callbacks without a flow) is kept apart from the
// audit chains and capped per address: a flood is told to slow down, writes nothing past the cap, and
// never touches the audit log or a rep's note.
import { env } from "cloudflare:test";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createDatabase } from "../../../db/client";
import { SECURITY_EVENTS_PER_ADDRESS_PER_MINUTE } from "../../../db/repositories/security-events";
import { auditLog, notes, securityEvents } from "../../../db/schema";
import { postJson, seedSmall, signIn } from "../support/http";

let ana: string;
beforeAll(async () => {
  await seedSmall();
  ana = await signIn("rep.ana@tandem.test");
});

describe("unauthenticated noise", () => {
  it("is capped per address, kept out of the audit log, and does not fail a rep's note", async () => {
    const db = createDatabase({ DB: env.DB });
    const auditBefore = (await db.select({ seq: auditLog.seq }).from(auditLog)).length;
    const flood = Array.from({ length: 60 }, (_, i) =>
      postJson("/api/auth/dev/sign-in", { email: `nobody${i}@example.com` }, undefined, { "CF-Connecting-IP": "198.51.100.9" }),
    );
    const note = postJson("/api/customers/cus_0001/notes", { text: "Note written during a flood" }, ana);
    const [noteResponse, ...floodResponses] = await Promise.all([note, ...flood]);
    expect(noteResponse?.status).toBe(201);
    const statuses = floodResponses.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(SECURITY_EVENTS_PER_ADDRESS_PER_MINUTE);
    expect(statuses.filter((s) => s === 429)).toHaveLength(60 - SECURITY_EVENTS_PER_ADDRESS_PER_MINUTE);
    const kept = await db.select().from(securityEvents).where(eq(securityEvents.ip, "198.51.100.9"));
    expect(kept).toHaveLength(SECURITY_EVENTS_PER_ADDRESS_PER_MINUTE);
    // The only new audit rows are the note's (and nothing from the flood).
    const added = (await db.select().from(auditLog)).slice(auditBefore);
    expect(added.map((r) => r.action)).toEqual(["note.add"]);
    expect(await db.select().from(notes).where(eq(notes.text, "Note written during a flood"))).toHaveLength(1);
    // Another address is not held back by the first one's flood.
    const other = await postJson("/api/auth/dev/sign-in", { email: "nobody@example.com" }, undefined, {
      "CF-Connecting-IP": "198.51.100.10",
    });
    expect(other.status).toBe(401);
  });
});
