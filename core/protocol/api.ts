// Schemas of HTTP request bodies and queries, shared by the Worker and the web app.
import * as v from "valibot";

const intInRange = (min: number, max: number, fallback: number) =>
  v.pipe(
    v.optional(v.string(), String(fallback)),
    v.regex(/^\d+$/, "must be a whole number"),
    v.transform(Number),
    v.minValue(min),
    v.maxValue(max),
  );

export const SearchQuerySchema = v.object({
  q: v.optional(v.pipe(v.string(), v.maxLength(100)), ""),
  limit: intInRange(1, 50, 20),
  offset: intInRange(0, 5_000, 0),
});

export const CustomerIdSchema = v.pipe(v.string(), v.regex(/^cus_\d{4,8}$/, "is not a customer id"));
export const CustomerParamSchema = v.object({ id: CustomerIdSchema });

/**
 * A note's limit counts characters as the person typing sees them: user-perceived characters
 * (extended grapheme clusters, Unicode UAX #29, as `Intl.Segmenter` splits them). An emoji, even
 * a family or a flag, a letter with its accents (precomposed or combining), a CJK ideograph, an
 * Arabic letter: each is one. Counting UTF-16 units instead would cut a note of emoji or
 * decomposed accents at half the length the rep was promised. Leading and trailing spaces do
 * not count (trimmed first).
 */
export const NOTE_MAX_CHARACTERS = 4_000;
/**
 * One "character" can carry any number of combining marks, so the characters alone do not bound
 * the size stored and sent to every viewer; 16 bytes of UTF-8 per character on average is far
 * beyond any script or emoji a person writes (most take 1-4, a skin-toned emoji 8).
 */
export const NOTE_MAX_BYTES = NOTE_MAX_CHARACTERS * 16;

/** Every change carries the rep's note; an empty or missing one is NOTE_REQUIRED. */
export const NoteTextSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, "a note is required"),
  v.maxGraphemes(NOTE_MAX_CHARACTERS, "a note has at most 4,000 characters"),
  v.maxBytes(NOTE_MAX_BYTES, "a note has at most 64,000 bytes"),
);

const ACTIVITY_FILTER_KINDS = [
  "payment",
  "order",
  "note",
  "communication",
  "system",
  "lock",
  "transaction",
  "checkin",
  "achievement",
] as const;

/** GET /api/customers/:id/activity: newest first; `before` + `beforeId` continue after the last item seen. */
export const ActivityQuerySchema = v.object({
  before: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}$/, "must be a time in ms"), v.transform(Number))),
  beforeId: v.optional(v.pipe(v.string(), v.regex(/^[\w-]{1,64}$/, "is not an activity id"))),
  kinds: v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => s.split(",").filter((k) => k.length > 0)),
      v.array(v.picklist(ACTIVITY_FILTER_KINDS)),
    ),
  ),
  limit: intInRange(1, 100, 30),
});

/** GET /api/call-list: `until` (ms) cuts the list earlier than the end of the org's day, never later. */
export const CallListQuerySchema = v.object({
  until: v.optional(v.pipe(v.string(), v.regex(/^\d{1,15}$/, "must be a time in ms"), v.transform(Number))),
});
