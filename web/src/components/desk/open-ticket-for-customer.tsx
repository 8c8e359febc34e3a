// From a customer's profile: open a service-desk ticket on the customer's behalf (the customer gets
// the ticket's updates by email); the new ticket opens in the desk.
import { useNavigate } from "@solidjs/router";
import { createSignal, Show } from "solid-js";
import type { TicketPriority } from "../../../../core/domain/tickets";
import { ApiError } from "../../lib/api";
import { deskApi } from "../../lib/desk-api";
import { Dialog } from "../common/dialog";

export function OpenTicketForCustomer(props: { customerId: string; customerName: string }) {
  const navigate = useNavigate();
  const [open, setOpen] = createSignal(false);
  const [subject, setSubject] = createSignal("");
  const [priority, setPriority] = createSignal<TicketPriority>("normal");
  const [body, setBody] = createSignal("");
  const [problem, setProblem] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!subject().trim() || !body().trim()) return setProblem("Write a subject and the first message to the customer.");
    setBusy(true);
    setProblem(null);
    try {
      const opened = await deskApi.openForCustomer({
        customerId: props.customerId,
        subject: subject().trim(),
        priority: priority(),
        team: "support",
        body: body().trim(),
      });
      setOpen(false);
      navigate(`/desk/${opened.ticketId}`);
    } catch (caught) {
      setProblem(caught instanceof ApiError ? caught.message : "The ticket could not be opened; try again.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button type="button" class="btn btn-small" onClick={() => setOpen(true)}>
        Open a ticket
      </button>
      <Dialog open={open()} title={`Ticket for ${props.customerName}`} onClose={() => setOpen(false)}>
        <form class="ticket-open-form" onSubmit={submit}>
          <div class="field">
            <label for="cto-subject">Subject</label>
            <input id="cto-subject" value={subject()} maxLength={200} onInput={(e) => setSubject(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for="cto-priority">Priority</label>
            <select id="cto-priority" value={priority()} onChange={(e) => setPriority(e.currentTarget.value as TicketPriority)}>
              <option value="low">Low (72 h)</option>
              <option value="normal">Normal (24 h)</option>
              <option value="high">High (4 h)</option>
              <option value="urgent">Urgent (1 h)</option>
            </select>
          </div>
          <div class="field">
            <label for="cto-body">First message to the customer (emailed)</label>
            <textarea id="cto-body" rows={4} value={body()} onInput={(e) => setBody(e.currentTarget.value)} />
          </div>
          <Show when={problem()}>
            <p class="notice notice-error" role="alert">
              {problem()}
            </p>
          </Show>
          <button type="submit" class="btn btn-primary" disabled={busy()}>
            Open ticket
          </button>
        </form>
      </Dialog>
    </>
  );
}
