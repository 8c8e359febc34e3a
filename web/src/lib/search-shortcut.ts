// "/" jumps to search from anywhere (as in most web apps), unless the rep is typing somewhere.
import { useLocation, useNavigate } from "@solidjs/router";
import { onCleanup, onMount } from "solid-js";

export const SEARCH_INPUT_ID = "search-box";

function typingSomewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName) || target.closest("dialog[open]") !== null;
}

/** Focuses the search box, waiting (a few frames at most) for the search screen to render it. */
export function focusSearch(tries = 30): void {
  const input = document.getElementById(SEARCH_INPUT_ID);
  if (input instanceof HTMLInputElement) {
    input.focus();
    input.select();
  } else if (tries > 0) requestAnimationFrame(() => focusSearch(tries - 1));
}

export function useSearchShortcut(enabled: () => boolean): void {
  const navigate = useNavigate();
  const location = useLocation();
  const onKey = (event: KeyboardEvent) => {
    if (!enabled() || event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || typingSomewhere(event.target)) return;
    event.preventDefault();
    if (location.pathname !== "/search") navigate("/search");
    focusSearch();
  };
  onMount(() => document.addEventListener("keydown", onKey));
  onCleanup(() => document.removeEventListener("keydown", onKey));
}
