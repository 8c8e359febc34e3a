// A screen that fails to render shows what happened and a way back, instead of blanking the app.
// The boundary resets when the rep goes elsewhere, so the next screen starts clean.
import { A, useLocation } from "@solidjs/router";
import { createEffect, ErrorBoundary, type JSX, on } from "solid-js";
import { errorParts } from "./error-panel";

function RenderError(props: { error: unknown; reset: () => void }) {
  const parts = () => errorParts(props.error);
  // The console keeps the stack for support; the screen keeps the rep moving.
  console.error("screen failed to render", props.error);
  return (
    <section class="notice notice-error error-panel render-error" role="alert">
      <h1>This screen ran into a problem</h1>
      <p>
        {parts().message}. Nothing you saved is lost: every change was written when you saved it. Try the screen again, or go back to where
        you were.
      </p>
      <p class="error-code">
        Code: <code>{parts().code}</code>
      </p>
      <div class="dialog-actions">
        <button type="button" class="btn btn-primary" onClick={() => props.reset()}>
          Try again
        </button>
        <button type="button" class="btn" onClick={() => history.back()}>
          Go back
        </button>
        <A class="btn btn-ghost" href="/">
          Home
        </A>
      </div>
    </section>
  );
}

export function ScreenBoundary(props: { children: JSX.Element }) {
  const location = useLocation();
  let reset: (() => void) | undefined;
  createEffect(
    on(
      () => location.pathname,
      () => reset?.(),
      { defer: true },
    ),
  );
  return (
    <ErrorBoundary
      fallback={(error, retry) => {
        reset = retry;
        return <RenderError error={error} reset={retry} />;
      }}
    >
      {props.children}
    </ErrorBoundary>
  );
}
