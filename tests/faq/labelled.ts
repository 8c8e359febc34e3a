// The shape of a labelled FAQ question: what was asked, by whom (what they hold), and which
// articles are a right answer (none: the assistant must hand over). Written by hand, never from
// the engine's output.

export type Kind = "phrasing" | "typo" | "trap" | "unanswerable";
export type Holds = "lease" | "loan" | "both" | null;

export interface Labelled {
  q: string;
  kind: Kind;
  /** What the identified caller holds; null: nobody identified. */
  holds: Holds;
  /** Slugs that answer it (any one is right); null when nothing in the knowledge base does. */
  expect: string[] | null;
}

/** A question nobody identified asks, answered by any of `slugs`. */
export const ask = (q: string, ...slugs: string[]): Labelled => ({ q, kind: "phrasing", holds: null, expect: slugs });
/** The same, typed with mistakes. */
export const typo = (q: string, ...slugs: string[]): Labelled => ({ q, kind: "typo", holds: null, expect: slugs });
/** A customer holding `holds` asks; the right answer is for their product, whatever the words say. */
export const trap = (holds: Exclude<Holds, null>, q: string, ...slugs: string[]): Labelled => ({ q, kind: "trap", holds, expect: slugs });
/** Nothing in the knowledge base answers it: the assistant must hand over. */
export const none = (q: string, holds: Holds = null): Labelled => ({ q, kind: "unanswerable", holds, expect: null });
