// The busy call the PII crawl listens to: a socket per role in the marked customer's room while a
// lead moves the address, a rep types a card number into a note and then edits it, the customer
// types one into the app's promo box, the lead resets the promo lockout and reveals five fields,
// and a director takes over and lets go. Answers every socket with its role.
import { expect } from "vitest";
import { ROLES, type Role } from "../../../core/domain/roles";
import { signIn } from "../support/http";
import { patch, post } from "../support/json";
import { lockOut, sendLoyaltyEvent } from "../support/loyalty";
import { joinRoom, type RoomClient } from "../support/room-client";
import { MOVED, TYPED_CARD } from "./pii-markers";
import { MARKED_CUSTOMER, MARKED_LOAN } from "./pii-plant";
import { ROLE_USERS } from "./rig";

export interface Listener {
  role: Role;
  client: RoomClient;
  /** In the room before the address moved, so it must have had the customer-updated frame. */
  heardEdit: boolean;
}

/** Reveals the lead asks for (5, the per-minute quota): the values go to the lead's answer only. */
export const REVEALED = [
  { field: "ssn" },
  { field: "bankAccountNumber" },
  { field: "dateOfBirth" },
  { field: "monthlyIncomeCents" },
  { field: "disbursementAccount", recordId: MARKED_LOAN },
] as const;

export async function workTheAccount(): Promise<Listener[]> {
  const path = `/api/customers/${MARKED_CUSTOMER}`;
  const listeners: Listener[] = [];
  for (const role of ROLES) {
    if (role === "engineering") continue; // may not open customer rooms at all (the matrix checks the refusal)
    listeners.push({ role, client: (await joinRoom(await signIn(ROLE_USERS[role]), MARKED_CUSTOMER)).client, heardEdit: true });
  }
  const lead = await signIn(ROLE_USERS.team_lead);
  const rep = await signIn(ROLE_USERS.rep);
  const owner = (await joinRoom(lead, MARKED_CUSTOMER)).client;
  const granted = await owner.request({ type: "lock-request" }, ["lock-granted"]);
  const lockToken = Number(granted.token);
  expect((await patch(`${path}/profile`, lead, { lockToken, note: "Moved house", changes: MOVED })).status).toBe(200);
  const note = await post<{ noteId: string }>(`${path}/notes`, rep, { text: `Customer read card ${TYPED_CARD} aloud` });
  expect(note.status).toBe(201);
  const edited = await patch(`${path}/notes/${note.body.noteId}`, rep, { text: "Customer read their card aloud; told them not to" });
  expect(edited.status).toBe(200);
  const typed = TYPED_CARD.replace(/(\d{4})(?=\d)/g, "$1 ");
  const claim = await sendLoyaltyEvent({ customerId: MARKED_CUSTOMER, event: { kind: "promo-claim", code: typed, channel: "app" } });
  expect(claim.status).toBe(201);
  await lockOut(MARKED_CUSTOMER);
  const reset = await post(`${path}/promos/lockout/reset`, lead, { lockToken, note: "Locked out after typos; reset on the call" });
  expect(reset.status).toBe(200);
  for (const reveal of REVEALED) {
    const answer = await post<{ value: string }>(`${path}/reveal`, lead, { ...reveal, note: "Verified caller asked" });
    expect(answer.status, reveal.field).toBe(200);
  }
  const director = (await joinRoom(await signIn(ROLE_USERS.director), MARKED_CUSTOMER)).client;
  expect((await director.request({ type: "lock-takeover", reason: "Escalation" }, ["lock-granted"])).type).toBe("lock-granted");
  expect((await director.request({ type: "lock-release" }, ["lock-released"])).type).toBe("lock-released");
  const done = await post<{ noteId: string }>(`${path}/notes`, rep, { text: "Wrap-up" });
  listeners.push({ role: "team_lead", client: owner, heardEdit: true }, { role: "director", client: director, heardEdit: false });
  // Every socket has heard the whole call once the last note reaches it.
  for (const { client } of listeners)
    await client.next((f) => f.type === "activity" && JSON.stringify(f).includes(done.body.noteId), { timeoutMs: 5_000 });
  return listeners;
}
