// Home: a greeting and the way into the work (the queue and the floor arrive with later screens).
import { A } from "@solidjs/router";
import { Show } from "solid-js";
import { session } from "../lib/session";

export default function Home() {
  return (
    <Show when={session.me()}>
      {(me) => (
        <section>
          <h1>Hello, {me().name.split(" ")[0]}</h1>
          <p class="muted">
            {me().org.name}
            {me().team ? ` · Team ${me().team?.name}` : ""}
          </p>
          <A class="btn btn-primary" href="/search">
            Find a customer
          </A>
        </section>
      )}
    </Show>
  );
}
