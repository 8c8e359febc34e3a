// The notes list and the room's feed: a note that arrives whole is shown as it is; the list is
// fetched again only when a change wrote a note the feed item does not carry.
import { describe, expect, it } from "vitest";
import type { FeedItem } from "../../../../core/protocol/room";
import { noteChange } from "../../../../web/src/lib/notes-feed";

const ana = { staffId: "stf_ana", name: "Ana Alvarez" };
const at = 1_700_000_000_000;
const item = (kind: FeedItem["kind"], summary: string, data?: Record<string, unknown>): FeedItem => ({
  id: "act_1",
  kind,
  summary,
  actor: ana,
  at,
  ...(data ? { data } : {}),
});

describe("what a feed item means for the notes list", () => {
  it("shows an added note as it arrives: text, author, category and time", () => {
    const added = item("note", "Promised payment Friday", { noteId: "not_1", category: "payment", kind: "manual" });
    expect(noteChange(added)).toEqual({
      id: "not_1",
      text: "Promised payment Friday",
      kind: "manual",
      category: "payment",
      action: "note.add",
      author: ana,
      createdAt: at,
      editedAt: null,
      revisions: 0,
      editable: false,
    });
  });

  it("shows the automatic viewed note as an automatic one", () => {
    const viewed = item("note", "Account viewed by Ana Alvarez", { noteId: "not_2", kind: "automatic" });
    expect(noteChange(viewed)).toMatchObject({ id: "not_2", kind: "automatic", category: "system", action: "customer.view" });
  });

  it("fetches the notes again after a change whose note rides beside it (a profile edit, a payment, an edited note)", () => {
    expect(noteChange(item("system", "Profile updated: preferred contact time", { fields: ["preferredContactTime"] }))).toBe("fetch");
    expect(noteChange(item("payment", "Payment of $45.00 recorded"))).toBe("fetch");
    expect(noteChange(item("system", "Ana Alvarez edited a note", { noteId: "not_1" }))).toBe("fetch");
  });

  it("fetches after a takeover (its reason is a note) but not after other ownership events", () => {
    expect(noteChange(item("lock", "Lee Lead took over ownership: escalated", { event: "granted", reason: "takeover", token: 9 }))).toBe(
      "fetch",
    );
    expect(noteChange(item("lock", "Ana Alvarez took ownership", { event: "granted", reason: "request", token: 8 }))).toBeNull();
    expect(noteChange(item("lock", "Lee Lead took over from Ana Alvarez", { event: "released", reason: "taken-over" }))).toBeNull();
    expect(noteChange(item("lock", "Ana Alvarez released ownership", { event: "released", reason: "released" }))).toBeNull();
    expect(noteChange(item("lock", "Ana Alvarez's ownership expired", { event: "released", reason: "expired" }))).toBeNull();
  });
});
