// The tab's title names the screen ("Maya Johnson - Tandem"), so a rep with four accounts open can
// tell the tabs apart. Each screen calls useTitle once with what it shows.
import { createEffect, onCleanup } from "solid-js";

export const APP_NAME = "Tandem";

export function titleFor(screen: string | null | undefined): string {
  return screen ? `${screen} - ${APP_NAME}` : APP_NAME;
}

export function useTitle(screen: () => string | null | undefined): void {
  createEffect(() => {
    document.title = titleFor(screen());
  });
  // A screen that goes away leaves no stale name behind while the next one loads.
  onCleanup(() => {
    document.title = APP_NAME;
  });
}
