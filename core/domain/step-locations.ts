// Where work happens in the console, as the places the web app marks and a step names: a profile tab,
// an order's page, a personal-shopper stage, a servicing action or a dialog. Kept apart from the
// processes so the room protocol (loaded by every screen) carries only these names.
import * as v from "valibot";

export const STEP_LOCATION_KEYS = [
  "profile.overview",
  "profile.orders",
  "profile.products",
  "profile.activity",
  "profile.notes",
  "profile.profile",
  "profile.loyalty",
  "order.detail",
  "shopper.intake",
  "dialog.payment",
  "dialog.promise",
  "dialog.promise-resolve",
  "dialog.agreement",
  "dialog.card",
  "dialog.order-status",
  "dialog.note",
] as const;
export type StepLocation = (typeof STEP_LOCATION_KEYS)[number];
export const StepLocationSchema = v.picklist(STEP_LOCATION_KEYS, "must be a known place in the console");
