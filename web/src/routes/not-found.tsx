// Unknown addresses inside the app.
import { A } from "@solidjs/router";
import { useTitle } from "../lib/title";

export default function NotFound() {
  useTitle(() => "Not found");
  return (
    <section class="empty">
      <h1>Nothing here</h1>
      <p>This address does not match any screen in Tandem.</p>
      <A class="btn btn-primary" href="/">
        Go home
      </A>
    </section>
  );
}
