// From what someone said or typed to the terms the knowledge base is searched by: fold case and
// accents, expand contractions, fix typos against the words the articles use, fold synonyms to one
// concept, drop words that carry no topic, stem. Articles go through the same steps when indexed.
import { correctWord, type KnownWords, knownWords } from "./spelling";
import { stem } from "./stem";
import { CONCEPT_TERMS, LONGEST_PHRASE, PHRASE_WORDS, PHRASES, SEPARABLE } from "./synonyms";

/** Words that carry no topic (and what speech recognition adds around a question). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  (
    "a about above after again all also am an and any anything are as at be because been before being below between both but by " +
    "can could did do does doing done down during each either else even ever every few for from further get gets getting got gotten " +
    "had has have having he her here hers him his how i if in into is it its itself just let lets like me might mine more most much must " +
    "my myself need needs no nor not now of off ok okay on once only or other our ours out over please really same she should so " +
    "some still such than thank thanks that the their theirs them then there these they thing things this those through to too under " +
    "until up upon us very want wanted wanting was we were what whats when where whether which while who whom whose why will with " +
    "would yes yet you your yours yourself hi hello hey um uh umm hmm well sure wondering wonder question questions ask asking know " +
    "tell help trying try able go going gonna wanna make makes made making put kind type sort way ways something someone somebody " +
    "come comes coming yesterday today tomorrow tonight currently recently already exactly guys right anyone possible anymore " +
    "yeah yep yup nope nah oh ah alright hope hoping guess think thinking find found understand sure supposed completely totally " +
    "really actually actual usually definitely basically literally honestly probably maybe whatever everything everyone idea ago " +
    "since though although ever even each every quite pretty seems said says saying telling told keep keeps kept rather myself " +
    "one rest worried worry little bit lot "
  )
    .trim()
    .split(/\s+/),
);

/** Short function words a typo may be read as ("waht" is "what"). */
const FUNCTION_WORDS = knownWords([...STOPWORDS].filter((w) => w.length >= 2 && w.length <= 6).map((w) => [w, 1] as const));

const CONTRACTIONS: Record<string, string> = {
  "can't": "can not",
  cant: "can not",
  cannot: "can not",
  "won't": "will not",
  wont: "will not",
  "shan't": "shall not",
  dont: "do not",
  didnt: "did not",
  doesnt: "does not",
  isnt: "is not",
  wasnt: "was not",
  werent: "were not",
  havent: "have not",
  hasnt: "has not",
  couldnt: "could not",
  wouldnt: "would not",
  shouldnt: "should not",
  im: "i am",
  ive: "i have",
  youre: "you are",
  whats: "what is",
  hows: "how is",
  wheres: "where is",
  whens: "when is",
};

/** Lower case, no accents, straight apostrophes, everything but letters, digits and apostrophes a space. */
export function fold(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9']+/g, " ")
    .trim();
}

function expand(token: string): string[] {
  const known = CONTRACTIONS[token];
  if (known) return known.split(" ");
  if (token.endsWith("n't")) return [token.slice(0, -3), "not"];
  const suffix = /^(.+)'(re|ll|ve|m|d|s)$/.exec(token);
  if (suffix?.[1]) {
    const rest = { re: "are", ll: "will", ve: "have", m: "am", d: "would", s: "is" }[suffix[2] as "re" | "ll" | "ve" | "m" | "d" | "s"];
    return [suffix[1], rest];
  }
  const bare = token.replace(/'/g, "");
  return bare ? [bare] : [];
}

/** The folded words of a text, contractions expanded. */
export function words(text: string): string[] {
  const folded = fold(text);
  return folded ? folded.split(" ").flatMap(expand) : [];
}

export interface Analysis {
  /** Concept and stemmed terms, each once, in the order said. */
  terms: string[];
  /** Words that were misspelt, and what they were read as. */
  corrected: { from: string; to: string }[];
}

/** "pay my whole loan off": the verb takes its particle's meaning, the particle goes. */
function joinSeparable(tokens: readonly string[]): string[] {
  const out = [...tokens];
  for (let i = 0; i < out.length; i++) {
    const rule = SEPARABLE[out[i] ?? ""];
    if (!rule) continue;
    const at = out.slice(i + 2, i + 5).indexOf(rule.particle);
    if (at < 0) continue;
    out.splice(i + 2 + at, 1);
    out[i] = rule.concept;
  }
  return out;
}

/** Words after which a question word starts the question again ("I want to know when ..."). */
const QUESTION_OPENERS = new Set(["know", "wondering", "tell", "ask", "asking", "and", "but", "so", "find", "out"]);

/**
 * A question word says what is asked only where a question starts (before anything it asks about,
 * or after "know", "and"...): in "declined when I paid", "when" asks nothing.
 */
function asksHere(tokens: readonly string[], i: number, seenContent: number): boolean {
  return seenContent === 0 || QUESTION_OPENERS.has(tokens[i - 1] ?? "");
}

/** Replaces phrases with their concept terms, longest first. */
function foldPhrases(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let content = 0;
  for (let i = 0; i < tokens.length; ) {
    let matched = false;
    for (let n = Math.min(LONGEST_PHRASE, tokens.length - i); n >= 1; n--) {
      const concept = PHRASES.get(tokens.slice(i, i + n).join(" "));
      if (concept) {
        const intent = concept.every((t) => t.startsWith("q") && CONCEPT_TERMS.has(t));
        if (!intent || asksHere(tokens, i, content)) out.push(...concept);
        if (!intent) content += concept.length;
        i += n;
        matched = true;
        break;
      }
    }
    if (!matched) {
      const token = tokens[i++] ?? "";
      out.push(token);
      if (!STOPWORDS.has(token)) content++;
    }
  }
  return out;
}

/** A term for one word: concepts stay, a day of the month is a date, numbers stay, anything else is stemmed. */
function termOf(token: string): string {
  if (/^\d{1,2}(st|nd|rd|th)$/.test(token)) return "date";
  return CONCEPT_TERMS.has(token) || /\d/.test(token) ? token : stem(token);
}

/**
 * Terms of a caller's question or an article's text. With `known`, words the articles never use are
 * read as the nearest word they do use (a typo); articles themselves are analysed without it.
 */
export function analyze(text: string, known?: KnownWords): Analysis {
  const corrected: Analysis["corrected"] = [];
  const tokens = words(text).map((word) => {
    if (!known || STOPWORDS.has(word) || PHRASE_WORDS.has(word) || known.has(word)) return word;
    const fix = correctWord(word, known, FUNCTION_WORDS);
    if (fix) corrected.push({ from: word, to: fix });
    return fix ?? word;
  });
  const terms: string[] = [];
  const seen = new Set<string>();
  for (const token of foldPhrases(joinSeparable(tokens))) {
    if (!token || STOPWORDS.has(token)) continue;
    const term = termOf(token);
    if (!seen.has(term)) {
      seen.add(term);
      terms.push(term);
    }
  }
  return { terms, corrected };
}
