// What a plan change does to a merchant's endpoints list: the list after its adds, removals and
// customisations, engineering's model choices folded into the request, and how many endpoints it leaves.
import type { EndpointChange } from "../protocol/merchant-commands";

export interface CurrentEndpoint {
  id: string;
  name: string;
  modelVersionId: string;
  customised: boolean;
}

export interface ResultingEndpoint {
  /** An existing endpoint's id, or `new-<n>` for the n-th endpoint the request adds. */
  ref: string;
  name: string;
  modelVersionId: string | null;
  customised: boolean;
}

export function resultingEndpoints(current: readonly CurrentEndpoint[], changes: readonly EndpointChange[]): ResultingEndpoint[] {
  const removed = new Set(changes.flatMap((c) => (c.op === "remove" ? [c.endpointId] : [])));
  const list: ResultingEndpoint[] = current
    .filter((e) => !removed.has(e.id))
    .map((e) => ({ ref: e.id, name: e.name, modelVersionId: e.modelVersionId, customised: e.customised }));
  for (const change of changes) {
    if (change.op !== "customise") continue;
    const target = list.find((e) => e.ref === change.endpointId);
    if (!target) continue;
    if (change.modelVersionId) target.modelVersionId = change.modelVersionId;
    if (change.thresholds !== undefined) target.customised = change.thresholds !== null;
  }
  let added = 0;
  for (const change of changes)
    if (change.op === "add")
      list.push({ ref: `new-${added++}`, name: change.name, modelVersionId: change.modelVersionId ?? null, customised: false });
  return list;
}

/** Endpoint ids a request names that the merchant does not have (any would make it meaningless). */
export function unknownEndpoints(current: readonly CurrentEndpoint[], changes: readonly EndpointChange[]): string[] {
  const known = new Set(current.map((e) => e.id));
  return changes.flatMap((c) => (c.op !== "add" && !known.has(c.endpointId) ? [c.endpointId] : []));
}

/** Engineering's choices of model for endpoints of the request, written into its changes. */
export function withModelChoices(
  changes: readonly EndpointChange[],
  choices: readonly { ref: string; modelVersionId: string }[],
): EndpointChange[] {
  const next = changes.map((c) => ({ ...c }));
  for (const choice of choices) {
    const index = choice.ref.startsWith("new-") ? Number(choice.ref.slice(4)) : -1;
    if (index >= 0) {
      const adds = next.filter((c) => c.op === "add");
      const target = adds[index];
      if (target && target.op === "add") target.modelVersionId = choice.modelVersionId;
      continue;
    }
    const existing = next.find((c) => c.op === "customise" && c.endpointId === choice.ref);
    if (existing && existing.op === "customise") existing.modelVersionId = choice.modelVersionId;
    else next.push({ op: "customise", endpointId: choice.ref, modelVersionId: choice.modelVersionId });
  }
  return next;
}
