// The owner is asked for the account: hand it over or keep it.
import { Show } from "solid-js";
import type { AccountRoom } from "../../lib/room";

export function HandoffRequest(props: { room: AccountRoom }) {
  const asked = () => {
    const request = props.room.handoff();
    const mine = props.room.owner()?.staffId === props.room.me();
    return request && mine ? request : null;
  };
  return (
    <Show when={asked()}>
      {(request) => (
        <div class="notice handoff-request" role="alert">
          <div>
            <strong>{request().from.name} asks you to hand this account over.</strong>
            <Show when={request().message}>
              <p>“{request().message}”</p>
            </Show>
          </div>
          <div class="handoff-actions">
            <button type="button" class="btn btn-primary" onClick={() => void props.room.answerHandoff(request().id, true)}>
              Hand over
            </button>
            <button type="button" class="btn" onClick={() => void props.room.answerHandoff(request().id, false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
    </Show>
  );
}
