// The voice-webhook reply dialect the common programmable-voice providers share (TwiML): a
// <Response> of <Say>, <Gather> (speech and keypad), <Dial>, <Enqueue>, <Hangup>. Pure strings,
// every text and attribute escaped, so nothing a caller said can become markup.

export type Verb =
  | { verb: "Say"; text: string }
  | {
      verb: "Gather";
      action: string;
      input: "speech dtmf" | "dtmf";
      timeout: number;
      finishOnKey?: string;
      numDigits?: number;
      hints?: string;
      say: string[];
    }
  | { verb: "Dial"; number: string }
  | { verb: "Enqueue"; queue: string }
  | { verb: "Pause"; seconds: number }
  | { verb: "Hangup" };

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const VOICE = 'voice="Polly.Joanna" language="en-US"';

function attrs(pairs: Record<string, string | number | undefined>): string {
  return Object.entries(pairs)
    .filter(([, value]) => value !== undefined && value !== "")
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join("");
}

const say = (text: string) => `<Say ${VOICE}>${escapeXml(text)}</Say>`;

function render(verb: Verb): string {
  switch (verb.verb) {
    case "Say":
      return say(verb.text);
    case "Gather":
      return `<Gather${attrs({
        input: verb.input,
        action: verb.action,
        method: "POST",
        timeout: verb.timeout,
        speechTimeout: verb.input === "dtmf" ? undefined : "auto",
        finishOnKey: verb.finishOnKey,
        numDigits: verb.numDigits,
        hints: verb.hints,
        language: "en-US",
        actionOnEmptyResult: "true",
      })}>${verb.say.map(say).join("")}</Gather>`;
    case "Dial":
      return `<Dial>${escapeXml(verb.number)}</Dial>`;
    case "Enqueue":
      return `<Enqueue>${escapeXml(verb.queue)}</Enqueue>`;
    case "Pause":
      return `<Pause length="${verb.seconds}"/>`;
    case "Hangup":
      return "<Hangup/>";
  }
}

export function twiml(verbs: readonly Verb[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${verbs.map(render).join("")}</Response>`;
}
