// A ticket on its own screen (a phone opens tickets here; a link to a ticket works on any device).
import { A, useParams } from "@solidjs/router";
import { Show } from "solid-js";
import { TicketWorkspace } from "../components/desk/ticket-workspace";
import { useTitle } from "../lib/title";
import "../styles/customer.css";
import "../styles/customer-panels.css";
import "../styles/desk.css";

export default function DeskTicket() {
  const params = useParams();
  useTitle(() => "Ticket");
  return (
    <div class="desk-ticket-page">
      <A href="/desk" class="back-link">
        ← Queue
      </A>
      <Show when={params.id} keyed>
        {(id) => <TicketWorkspace id={id} />}
      </Show>
    </div>
  );
}
