// Which of the three layouts the viewport is in, as a signal (the shell's breakpoints: 600, 1100).
import { type Accessor, createRoot, createSignal } from "solid-js";

export type Layout = "phone" | "tablet" | "desktop";

export const layout: Accessor<Layout> = createRoot(() => {
  const tablet = window.matchMedia("(min-width: 600px)");
  const desktop = window.matchMedia("(min-width: 1100px)");
  const read = (): Layout => (desktop.matches ? "desktop" : tablet.matches ? "tablet" : "phone");
  const [current, setCurrent] = createSignal<Layout>(read());
  tablet.addEventListener("change", () => setCurrent(read()));
  desktop.addEventListener("change", () => setCurrent(read()));
  return current;
});
