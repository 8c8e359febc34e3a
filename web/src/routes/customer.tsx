// Customer profile.
import { useParams } from "@solidjs/router";
import { createResource, Show } from "solid-js";
import { api } from "../lib/api";
import { rememberCustomer } from "../lib/recent";

interface Profile {
  customer: { id: string; name: string; status: string };
}

export default function Customer() {
  const params = useParams();
  const [profile] = createResource(
    () => params.id,
    async (id) => {
      const data = await api.get<Profile>(`/api/customers/${id}`);
      rememberCustomer({ id: data.customer.id, name: data.customer.name });
      return data;
    },
  );
  return (
    <Show when={profile()} fallback={<div class="skeleton" style={{ height: "3rem" }} />}>
      {(p) => <h1>{p().customer.name}</h1>}
    </Show>
  );
}
