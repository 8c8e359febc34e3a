// Which place in the console is in front of the rep, per customer: screens mark their tab or page,
// dialogs mark themselves over it. The process monitor's capture reads it; nothing else does.
import { createEffect, onCleanup } from "solid-js";
import type { StepLocation } from "../../../core/domain/step-locations";

interface Mark {
  id: number;
  customerId: string;
  at: StepLocation;
  /** Dialogs sit over the screen they open from. */
  layer: number;
}

const marks: Mark[] = [];
const listeners = new Set<() => void>();
let counter = 0;

const changed = () => {
  for (const listener of listeners) listener();
};

/** The place in front of the rep on this customer's screens, or null when none is open. */
export function placeOf(customerId: string): StepLocation | null {
  let top: Mark | null = null;
  for (const mark of marks) if (mark.customerId === customerId && (!top || mark.layer >= top.layer)) top = mark;
  return top?.at ?? null;
}

export function markPlace(customerId: string, at: StepLocation): () => void {
  const id = ++counter;
  marks.push({ id, customerId, at, layer: at.startsWith("dialog.") ? 1 : 0 });
  changed();
  return () => {
    const index = marks.findIndex((m) => m.id === id);
    if (index >= 0) marks.splice(index, 1);
    changed();
  };
}

export function onPlaceChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Marks the place while `at()` names one (a tab, a page, an open dialog). */
export function usePlace(customerId: () => string | null | undefined, at: () => StepLocation | null | false) {
  createEffect(() => {
    const id = customerId();
    const place = at();
    if (id && place) onCleanup(markPlace(id, place));
  });
}
