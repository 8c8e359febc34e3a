// Callers the phone assistant handed to a person, at the top of the call list: what each asked, what
// the assistant answered and how sure it was. It refreshes the moment the team floor says callers
// changed; "Take" claims one (nobody else's list keeps it) and opens the account.
import { useNavigate } from "@solidjs/router";
import { createResource, createSignal, For, onCleanup, Show } from "solid-js";
import type { WaitingCaller } from "../../../../core/protocol/voice-answers";
import { ApiError } from "../../lib/api";
import { onCallsChanged } from "../../lib/floor";
import { voiceApi } from "../../lib/voice-api";
import { RelativeTime } from "../common/relative-time";
import "../../styles/faq.css";

const REASONS: Record<string, string> = {
  unsure: "assistant unsure",
  "asked-for-person": "asked for a person",
  "not-answered": "answer did not help",
  "verification-failed": "failed verification",
  "too-long": "too long to follow",
  "no-question": "no question heard",
  unclear: "not understood",
};

/** Long answers are cut in the list; the profile shows them whole. */
const short = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

function Caller(props: { caller: WaitingCaller; onTaken: () => void }) {
  const navigate = useNavigate();
  const [error, setError] = createSignal<string | null>(null);
  const c = () => props.caller;
  const take = async () => {
    setError(null);
    try {
      await voiceApi.take(c().id);
      props.onTaken();
      const customer = c().customer;
      navigate(customer ? `/customers/${customer.id}` : "/search");
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : "The caller could not be taken");
      props.onTaken();
    }
  };
  return (
    <li class="result-row waiting-caller">
      <div class="result-main">
        <span class="result-name">{c().customer?.name ?? `Unknown caller ${c().caller}`}</span>
        <span class="result-meta">
          Caller asked “{c().question ?? "nothing"}” · assistant answered {c().answer ? `“${short(c().answer ?? "")}”` : "nothing"} ·
          confidence {c().confidence === null ? "—" : `${Math.round((c().confidence ?? 0) * 100)}%`}
        </span>
        <span class="result-meta muted">
          {REASONS[c().reason ?? ""] ?? "handed over"} · {c().verified ? "verified" : "not verified"} ·{" "}
          <RelativeTime at={c().transferredAt} />
        </span>
        <Show when={error()}>
          <span class="field-error" role="alert">
            {error()}
          </span>
        </Show>
      </div>
      <button type="button" class="btn btn-primary" onClick={() => void take()}>
        Take
      </button>
    </li>
  );
}

export function WaitingCallers() {
  const [list, { refetch }] = createResource(() => voiceApi.waiting());
  onCleanup(onCallsChanged(() => void refetch()));
  const items = () => list.latest?.items ?? [];
  return (
    <Show when={items().length > 0}>
      <section class="call-section waiting-callers" aria-live="polite">
        <h3>
          Callers waiting for a rep <span class="count">{items().length}</span>
        </h3>
        <ul class="result-list">
          <For each={items()}>{(caller) => <Caller caller={caller} onTaken={() => void refetch()} />}</For>
        </ul>
      </section>
    </Show>
  );
}
