// A customer's notes (list, edit one's own within 15 minutes) and the audited PII reveal.
// Changes go through the customer's room like every other write (docs/decisions/001).
import { Hono } from "hono";
import * as v from "valibot";
import { isNoteEditable } from "../../core/domain/notes";
import type { NotesPage } from "../../core/protocol/activity-answers";
import { CustomerParamSchema } from "../../core/protocol/api";
import { CustomerNotesQuerySchema, NoteParamSchema } from "../../core/protocol/compliance";
import { NoteEditCommandSchema, PiiRevealCommandSchema } from "../../core/protocol/compliance-commands";
import { listCustomerNotes } from "../../db/repositories/notes";
import { readCustomer } from "../customer-access";
import type { AppEnv } from "../env";
import { validateNoted } from "../middleware/note-required";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { mutateThroughRoom } from "../rooms";

const NoteEditBodySchema = v.omit(NoteEditCommandSchema, ["type", "noteId"]);
const RevealBodySchema = v.omit(PiiRevealCommandSchema, ["type"]);

export const customerNoteRoutes = new Hono<AppEnv>()
  .use(requirePermission("customer.read"))
  .get("/:id/notes", validate("param", CustomerParamSchema), validate("query", CustomerNotesQuerySchema), async (c) => {
    const { id } = c.req.valid("param");
    const query = c.req.valid("query");
    const actor = c.var.actor;
    await readCustomer(c, id);
    const rows = await listCustomerNotes(c.var.db, actor.orgId, id, { ...query, limit: query.limit + 1 });
    const now = Date.now();
    const items = rows.slice(0, query.limit).map((n) => ({
      id: n.id,
      text: n.text,
      kind: n.kind,
      category: n.category,
      action: n.action,
      author: n.authorId ? { staffId: n.authorId, name: n.authorName } : null,
      createdAt: n.createdAt,
      editedAt: n.editedAt,
      revisions: n.revisions,
      editable: isNoteEditable(n, actor.id, now),
    }));
    return c.json<NotesPage>({ items, nextOffset: rows.length > query.limit ? query.offset + query.limit : null });
  })
  .patch("/:id/notes/:noteId", validate("param", NoteParamSchema), validateNoted(NoteEditBodySchema, "text"), async (c) => {
    const { id, noteId } = c.req.valid("param");
    return mutateThroughRoom(c, id, { type: "note.edit", noteId, text: c.req.valid("json").text });
  })
  .post("/:id/reveal", validate("param", CustomerParamSchema), validateNoted(RevealBodySchema, "note"), async (c) => {
    const { id } = c.req.valid("param");
    return mutateThroughRoom(c, id, { type: "pii.reveal", ...c.req.valid("json") });
  });
