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

/** Every change carries the rep's note; an empty or missing one is NOTE_REQUIRED. */
export const NoteTextSchema = v.pipe(v.string(), v.trim(), v.minLength(1, "a note is required"), v.maxLength(4_000));
