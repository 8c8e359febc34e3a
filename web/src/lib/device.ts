// The device class a rep is on, from the viewport and the pointer: what colleagues see as a glyph.
import type { DeviceClass } from "../../../core/domain/roles";

// Media queries, not window.innerWidth: reading innerWidth while a screen is being built forces the
// browser to lay the page out early (and again later); a media query needs no layout.
const below = (px: number) => window.matchMedia(`(max-width: ${px - 0.02}px)`).matches;

export function deviceClass(): DeviceClass {
  if (below(600)) return "phone";
  const coarse = window.matchMedia("(pointer: coarse)").matches;
  if (below(1100) || coarse) return below(1400) ? "tablet" : "desktop";
  return "desktop";
}
