// How long a question the FAQ takes, in one small module the web app can use without the engine.

/** Longest question the engine reads, in characters; a longer one is not a question it can answer. */
export const QUESTION_MAX_CHARS = 500;
