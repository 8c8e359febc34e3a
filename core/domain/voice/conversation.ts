// The phone assistant's conversation rules: how a caller's keypad and speech are read at each step
// (verify, ask, choose a product, confirm), when keypad verification locks self-service for a number,
// and what the assistant says. The Worker's webhook does the I/O around these decisions.

export type Step = "verify" | "ask" | "product" | "confirm";

/** Keypad tries before self-service locks for the number, the window they count in, and the lock's length. */
export const VERIFY_TRIES = 3;
export const VERIFY_WINDOW_MS = 60 * 60_000;
export const LOCKOUT_MS = 30 * 60_000;
/** Silences or unclear answers at one step before a person takes over. */
export const RETRIES = 2;
/** A speech result longer than this is not a question the assistant can take (characters). */
export const SPEECH_MAX_CHARS = 500;

export type VerificationEntry =
  | { kind: "skip" }
  | { kind: "ssn4"; digits: string }
  | { kind: "zip5"; digits: string }
  | { kind: "invalid" };

/** Keypad entry at the verify step: * skips, 4 digits are the SSN's last 4, 5 a ZIP code. */
export function readVerification(digits: string | undefined): VerificationEntry {
  const d = (digits ?? "").replace(/#$/, "");
  if (d === "*" || d === "") return d === "*" ? { kind: "skip" } : { kind: "invalid" };
  if (/^\d{4}$/.test(d)) return { kind: "ssn4", digits: d };
  if (/^\d{5}$/.test(d)) return { kind: "zip5", digits: d };
  return { kind: "invalid" };
}

/** Failures so far for a number, with the new one counted; the count restarts after the window. */
export function countFailure(previous: { failures: number; firstFailureAt: number } | null, now: number) {
  const fresh = !previous || now - previous.firstFailureAt > VERIFY_WINDOW_MS;
  const failures = fresh ? 1 : previous.failures + 1;
  const firstFailureAt = fresh ? now : previous.firstFailureAt;
  return { failures, firstFailureAt, lockedUntil: failures >= VERIFY_TRIES ? now + LOCKOUT_MS : null };
}

export const isLocked = (lock: { lockedUntil: number | null } | null, now: number) => !!lock?.lockedUntil && lock.lockedUntil > now;

const words = (speech: string | undefined) =>
  (speech ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9' ]+/g, " ")
    .trim();

const YES = /^(yes|yeah|yep|yup|sure|correct|it did|that did|that helped|that's right|right|ok|okay|perfect|great|thanks|thank you)\b/;
const NO = /^(no|nope|nah|not really|it didn't|that didn't|didn't|wrong|negative)\b/;

/** "Did that answer your question?": 1 or yes, 2 or no, anything else unclear. */
export function readYesNo(speech: string | undefined, digits: string | undefined): "yes" | "no" | null {
  if (digits === "1") return "yes";
  if (digits === "2") return "no";
  const said = words(speech);
  if (NO.test(said)) return "no";
  if (YES.test(said)) return "yes";
  return null;
}

/** "Is that about your lease or your loan?": 1 or lease, 2 or loan. */
export function readProduct(speech: string | undefined, digits: string | undefined): "lease" | "loan" | null {
  if (digits === "1") return "lease";
  if (digits === "2") return "loan";
  const said = words(speech);
  const lease = /\b(lease|leasing|rent to own|rental)\b/.test(said);
  const loan = /\b(loan|lone)\b/.test(said);
  return lease === loan ? null : lease ? "lease" : "loan";
}

export type Asked =
  | { kind: "question"; text: string }
  | { kind: "person" }
  | { kind: "silence" }
  | { kind: "too-long"; text: string }
  /** "No, that's all": after an answer, the caller is done. */
  | { kind: "done" };

const PERSON = /\b(agent|representative|operator|human|real person|live person|somebody|someone|a person)\b/;
const DONE = /^(no|nope|nothing|that's all|that is all|that's it|no thanks|no thank you|i'm good|i'm done|bye|goodbye)\b/;

/** What a caller said when asked their question (0 on the keypad, or asking for a person, is a person). */
export function readQuestion(speech: string | undefined, digits: string | undefined, afterAnswer: boolean): Asked {
  if (digits === "0") return { kind: "person" };
  const text = (speech ?? "").trim();
  if (!text) return { kind: "silence" };
  if (text.length > SPEECH_MAX_CHARS) return { kind: "too-long", text: text.slice(0, SPEECH_MAX_CHARS) };
  const said = words(text);
  if (afterAnswer && DONE.test(said)) return { kind: "done" };
  // "Can I talk to someone" is a request for a person; "someone opened an account in my name" is a question.
  if (PERSON.test(said) && /\b(talk|speak|transfer|connect|get me|need|want)\b/.test(said) && said.split(" ").length <= 10)
    return { kind: "person" };
  return { kind: "question", text };
}

/** What the assistant says. Nothing personal before the caller is verified, and never a name. */
export const SAY = {
  greeting: (org: string) => `Thanks for calling ${org}. I'm the automated assistant, and this call is recorded.`,
  verify:
    "To hear your own account details, enter the last four digits of your Social Security number, or your five digit ZIP code, then press pound. To skip, press star.",
  verifyRetry: "That didn't match our records. Please try again, then press pound. Or press star to skip.",
  verified: "Thank you, you're verified.",
  verifyFailed:
    "I'm sorry, I couldn't verify your identity, so I can't share account details by phone right now. A representative will help you.",
  locked:
    "For your security, account details by phone are paused for this number for a while. I can still answer general questions, and a representative can help with your account.",
  ask: "In a few words, what can I help you with? You can also press 0 to talk to a representative.",
  askAgain: "Sorry, I didn't catch that. What's your question?",
  askAnother: "Is there anything else I can help with? If not, just say no.",
  product: "Is your question about a lease or a loan? Say lease or loan, or press 1 for lease and 2 for loan.",
  confirm: "Did that answer your question? Say yes or no, or press 1 for yes and 2 for no.",
  unsure: "I'm not sure I have the right answer for that, so let me connect you with a representative who can help.",
  tooLong: "I'm sorry, that was more than I can follow. Let me connect you with a representative.",
  person: "Sure, let me connect you with a representative.",
  notAnswered: "I'm sorry about that. Let me connect you with a representative who can help.",
  holding: "Please stay on the line; they will see what you asked.",
  goodbye: "Thanks for calling. Goodbye.",
  personalOnlyAfterVerifying: "To hear your own figures, call back and verify, or ask a representative.",
} as const;

export type TransferReason =
  | "unsure"
  | "asked-for-person"
  | "not-answered"
  | "verification-failed"
  | "too-long"
  | "no-question"
  | "unclear";
