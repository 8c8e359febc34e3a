// Short messages a screen shows in its status region: successes fade on their own, problems stay.
import { createSignal } from "solid-js";

export type NoticeTone = "info" | "success" | "warning" | "danger";
export interface Notice {
  id: number;
  tone: NoticeTone;
  text: string;
  code?: string;
}

const FADE_MS = 5_000;
let nextId = 1;

export function createNotices() {
  const [list, setList] = createSignal<Notice[]>([]);
  const dismiss = (id: number) => setList((items) => items.filter((n) => n.id !== id));
  return {
    list,
    dismiss,
    push(tone: NoticeTone, text: string, code?: string): void {
      const id = nextId++;
      // The same message twice in a row is one notice.
      setList((items) => [...items.filter((n) => n.text !== text), { id, tone, text, ...(code ? { code } : {}) }].slice(-4));
      if (tone === "info" || tone === "success") window.setTimeout(() => dismiss(id), FADE_MS);
    },
  };
}
