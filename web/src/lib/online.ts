// Whether the browser believes it has a network, as a signal.
import { createRoot, createSignal } from "solid-js";

export const online = createRoot(() => {
  const [value, setValue] = createSignal(navigator.onLine);
  window.addEventListener("online", () => setValue(true));
  window.addEventListener("offline", () => setValue(false));
  return value;
});
