// What went wrong, what to do, and the typed code to read to support.
import { Show } from "solid-js";
import { ApiError } from "../../lib/api";
import "../../styles/common.css";

const ADVICE: Record<string, string> = {
  NETWORK: "Check your connection; this retries when you are back online.",
  NOT_FOUND: "It may have been removed, or it belongs to another organisation.",
  FORBIDDEN: "Your role does not allow this. Ask your team lead if you need it.",
  UNAUTHENTICATED: "Your session ended. Sign in again.",
  LOCK_HELD: "Someone else owns this account. Ask them for a handoff.",
  LOCK_NOT_HELD: "Take ownership first, then try again.",
  LOCK_STALE: "Ownership changed while you were working. Take ownership again, then save.",
  VALIDATION: "Check the highlighted fields.",
  NOTE_REQUIRED: "Add a note that says why.",
  RATE_LIMITED: "Too many requests; wait a moment.",
  BAD_ANSWER: "The server answered in a shape this screen does not know. Reload the page; if it keeps happening, tell support the code.",
};

export function errorParts(error: unknown): { code: string; message: string; advice: string } {
  if (error instanceof ApiError)
    return {
      code: error.code,
      message: error.message,
      advice: ADVICE[error.code] ?? "Try again; if it keeps happening, tell support the code.",
    };
  return {
    code: "INTERNAL",
    message: error instanceof Error ? error.message : "Something went wrong",
    advice: "Try again; if it keeps happening, tell support the code.",
  };
}

export function ErrorPanel(props: { error: unknown; title?: string; onRetry?: () => void }) {
  const parts = () => errorParts(props.error);
  return (
    <div class="notice notice-error error-panel" role="alert">
      <strong>{props.title ?? "This could not be loaded"}</strong>
      <p>
        {parts().message}. {parts().advice}
      </p>
      <p class="error-code">
        Code: <code>{parts().code}</code>
      </p>
      <Show when={props.onRetry}>
        {(retry) => (
          <button type="button" class="btn" onClick={() => retry()()}>
            Try again
          </button>
        )}
      </Show>
    </div>
  );
}
