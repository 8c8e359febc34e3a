// Merchants: the list (search and filters), the profile (masked for the caller), its feed and notes,
// and changes to its details through the merchant's room (docs/decisions/015-merchant-rooms.md).
import { Hono } from "hono";
import * as v from "valibot";
import { feedItem } from "../../core/domain/feed";
import type { ActivityPage, NotesPage } from "../../core/protocol/activity-answers";
import { ActivityQuerySchema } from "../../core/protocol/api";
import { CustomerNotesQuerySchema } from "../../core/protocol/compliance";
import type { MerchantList, MerchantProfile } from "../../core/protocol/merchant-answers";
import { MerchantNoteAddSchema, MerchantProfileUpdateSchema } from "../../core/protocol/merchant-commands";
import { MerchantListQuerySchema, MerchantParamSchema } from "../../core/protocol/merchant-queries";
import { merchantActivityPage, merchantNotesPage } from "../../db/repositories/merchant-feed";
import type { AppEnv } from "../env";
import { readMerchant } from "../merchant-access";
import { merchantList, merchantProfile } from "../merchant-presenters";
import { validateNoted } from "../middleware/note-required";
import { requirePermission } from "../middleware/permissions";
import { validate } from "../middleware/validate";
import { mutateThroughMerchantRoom } from "../rooms";

const NoteBodySchema = v.omit(MerchantNoteAddSchema, ["type"]);
const ProfileBodySchema = v.omit(MerchantProfileUpdateSchema, ["type"]);

export const merchantRoutes = new Hono<AppEnv>()
  .use(requirePermission("merchant.read"))
  .get("/", validate("query", MerchantListQuerySchema), async (c) => {
    return c.json<MerchantList>(await merchantList(c.var.db, c.var.actor.orgId, c.req.valid("query"), Date.now()));
  })
  .get("/:id", validate("param", MerchantParamSchema), async (c) => {
    const merchant = await readMerchant(c, c.req.valid("param").id);
    return c.json<MerchantProfile>(await merchantProfile(c.var.db, merchant, c.var.actor.role, Date.now()));
  })
  .get("/:id/activity", validate("param", MerchantParamSchema), validate("query", ActivityQuerySchema), async (c) => {
    const { id } = c.req.valid("param");
    const { before, beforeId, kinds, limit } = c.req.valid("query");
    await readMerchant(c, id);
    const rows = await merchantActivityPage(c.var.db, id, {
      limit: limit + 1,
      before,
      beforeId: before === undefined ? undefined : beforeId,
      kinds,
    });
    const items = rows.slice(0, limit).map(feedItem);
    const last = items.at(-1);
    return c.json<ActivityPage>({ items, next: rows.length > limit && last ? { before: last.at, beforeId: last.id } : null });
  })
  .get("/:id/notes", validate("param", MerchantParamSchema), validate("query", CustomerNotesQuerySchema), async (c) => {
    const { id } = c.req.valid("param");
    const query = c.req.valid("query");
    await readMerchant(c, id);
    const rows = await merchantNotesPage(c.var.db, c.var.actor.orgId, id, { ...query, limit: query.limit + 1 });
    const items = rows.slice(0, query.limit).map((n) => ({
      id: n.id,
      text: n.text,
      kind: n.kind,
      category: n.category,
      action: n.action,
      author: n.authorId ? { staffId: n.authorId, name: n.authorName } : null,
      createdAt: n.createdAt,
      // Merchant notes are not edited: a correction is another note.
      editedAt: null,
      revisions: 0,
      editable: false,
    }));
    return c.json<NotesPage>({ items, nextOffset: rows.length > query.limit ? query.offset + query.limit : null });
  })
  .post("/:id/notes", validate("param", MerchantParamSchema), validateNoted(NoteBodySchema, "text"), async (c) => {
    return mutateThroughMerchantRoom(c, c.req.valid("param").id, { type: "note.add", ...c.req.valid("json") }, 201);
  })
  .patch("/:id/profile", validate("param", MerchantParamSchema), validateNoted(ProfileBodySchema, "note"), async (c) => {
    return mutateThroughMerchantRoom(c, c.req.valid("param").id, { type: "merchant.update", ...c.req.valid("json") });
  });
