// Asking for help: what it is about, how urgent, and the details; the new ticket opens on submit.
import { useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import type { TicketPriority } from "../../../../core/domain/tickets";
import { ApiError } from "../../lib/api";
import { portalHelpApi } from "../../lib/portal-help-api";

export function OpenTicketForm() {
  const navigate = useNavigate();
  const [subject, setSubject] = createSignal("");
  const [team, setTeam] = createSignal<"support" | "billing" | "technical">("support");
  const [priority, setPriority] = createSignal<TicketPriority>("normal");
  const [body, setBody] = createSignal("");
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!subject().trim() || !body().trim()) return setProblem("Write a subject and what happened.");
    setBusy(true);
    setProblem(null);
    try {
      const opened = await portalHelpApi.open({ subject: subject().trim(), team: team(), priority: priority(), body: body().trim() });
      navigate(`/portal/help/${opened.ticket.id}`);
    } catch (caught) {
      setProblem(caught instanceof ApiError ? caught.message : "Your request could not be sent; try again.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="card portal-form help-form" onSubmit={submit} aria-labelledby="help-new">
      <h2 id="help-new">Ask for help</h2>
      <div class="field">
        <label for="help-subject">Subject</label>
        <input
          id="help-subject"
          value={subject()}
          maxLength={200}
          onInput={(e) => setSubject(e.currentTarget.value)}
          placeholder="e.g. Payout missing"
        />
      </div>
      <div class="help-choices">
        <div class="field">
          <label for="help-team">About</label>
          <select id="help-team" value={team()} onChange={(e) => setTeam(e.currentTarget.value as "support" | "billing" | "technical")}>
            <option value="support">Something else</option>
            <option value="billing">Payouts, fees or invoices</option>
            <option value="technical">Checkout or integration</option>
          </select>
        </div>
        <div class="field">
          <label for="help-priority">How urgent</label>
          <select id="help-priority" value={priority()} onChange={(e) => setPriority(e.currentTarget.value as TicketPriority)}>
            <option value="low">Whenever you can</option>
            <option value="normal">Normal</option>
            <option value="high">Soon: it affects sales</option>
            <option value="urgent">Urgent: checkout is down</option>
          </select>
        </div>
      </div>
      <div class="field">
        <label for="help-body">What happened</label>
        <textarea id="help-body" rows={4} value={body()} onInput={(e) => setBody(e.currentTarget.value)} />
      </div>
      <Show when={problem()}>
        <p class="notice notice-error" role="alert">
          {problem()}
        </p>
      </Show>
      <button type="submit" class="btn btn-primary" disabled={busy()}>
        Send request
      </button>
    </form>
  );
}
