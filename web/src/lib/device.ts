// The device class a rep is on, from the viewport and the pointer: what colleagues see as a glyph.
import type { DeviceClass } from "../../../core/domain/roles";

export function deviceClass(): DeviceClass {
  const width = window.innerWidth;
  if (width < 600) return "phone";
  const coarse = window.matchMedia("(pointer: coarse)").matches;
  if (width < 1100 || coarse) return width < 1400 ? "tablet" : "desktop";
  return "desktop";
}
