// Placeholder until the free-text redaction lands: card numbers only.
import { redactCardNumbers } from "./pii";

export function redactFreeText(text: string, _now: number): string {
  return redactCardNumbers(text);
}
