// Only the customer can sign: the link goes to the customer's phone, never to the rep, and signing
// needs a one-time code sent to the phone or email on file. Everything the rep's screens receive
// while sending it (the reply, the order, the profile, notes, the feed, every room frame) is not
// enough to sign; a guessed code runs out of tries.
import { beforeAll, describe, expect, it } from "vitest";
import { seedSmall, signIn } from "../support/http";
import { get, post } from "../support/json";
import { intake, lastMessage, receivedLinkToken, requestCode } from "../support/orders";
import { own } from "../support/ownership";

let ana: string;
const LINK_TOKEN = /[A-Za-z0-9_-]{43}/g;

beforeAll(async () => {
  await seedSmall();
  ana = await signIn("rep.ana@tandem.test");
});

describe("signing an agreement", () => {
  it("cannot be completed by the rep with everything the rep's screens received", async () => {
    const owned = await own(ana, "cus_0031");
    const { orderId } = await intake(ana, "cus_0031", owned.token);
    const sent = await post(`/api/orders/${orderId}/agreement`, ana, { lockToken: owned.token, note: "Sent the agreement by text" });
    expect(sent.status).toBe(201);
    const seen = [JSON.stringify(sent.body)];
    for (const path of [
      `/api/orders/${orderId}`,
      "/api/customers/cus_0031",
      "/api/customers/cus_0031/notes",
      "/api/customers/cus_0031/activity",
    ])
      seen.push(JSON.stringify((await get(path, ana)).body));
    await owned.client.request({ type: "heartbeat", active: true }, ["ack"]);
    seen.push(JSON.stringify(owned.client.frames));
    const everything = seen.join("\n");

    const token = await receivedLinkToken();
    expect(everything).not.toContain(token);
    // No string the rep received works as a signing link.
    const candidates = [...new Set(everything.match(LINK_TOKEN) ?? [])];
    for (const candidate of candidates) expect((await get(`/api/public/agreements/${candidate}`)).status).toBe(404);

    // Even with the link (forwarded by the customer, say), no code means no signature, and the page
    // does not print the name to type: it names where the code goes, masked.
    const page = await get<{ contacts: { channel: string; to: string }[] }>(`/api/public/agreements/${token}`);
    expect(page.body.contacts).toEqual([
      { channel: "sms", to: expect.stringMatching(/^•••-•••-\d{4}$/) },
      { channel: "email", to: expect.stringMatching(/^.•••@/) },
    ]);
    const page2 = await get<{ document: { preparedFor: string } }>(`/api/public/agreements/${token}`);
    const name = page2.body.document.preparedFor;
    const noCode = await post(`/api/public/agreements/${token}/sign`, undefined, { typedName: name, consent: true, code: "000000" });
    expect(noCode).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining("Ask for a code") } } });
    await owned.release();
  });

  it("runs out of tries for a guessed code, and sends codes only to the contacts on file", async () => {
    const owned = await own(ana, "cus_0032");
    const { orderId } = await intake(ana, "cus_0032", owned.token);
    await post(`/api/orders/${orderId}/agreement`, ana, { lockToken: owned.token, note: "Sent the agreement by text" });
    const token = await receivedLinkToken();
    const real = await requestCode(token);
    const codeMessage = await lastMessage("agreement.code");
    const customer = await get<{ customer: { pii: { phone: { value: string } } } }>("/api/customers/cus_0032", ana);
    expect(codeMessage.to).toBe(customer.body.customer.pii.phone.value);
    const name = (await get<{ document: { preparedFor: string } }>(`/api/public/agreements/${token}`)).body.document.preparedFor;
    const wrong = real === "111111" ? "222222" : "111111";
    const answers = [];
    for (let i = 0; i < 5; i++)
      answers.push((await post(`/api/public/agreements/${token}/sign`, undefined, { typedName: name, consent: true, code: wrong })).status);
    expect(answers).toEqual([400, 400, 400, 400, 429]);
    // The right code no longer works either: five wrong tries spent it.
    const late = await post(`/api/public/agreements/${token}/sign`, undefined, { typedName: name, consent: true, code: real });
    expect(late.status).toBe(429);
    // A new code cannot be asked for at once, and the body cannot redirect it anywhere.
    const again = await post(`/api/public/agreements/${token}/code`, undefined, { channel: "sms" });
    expect(again.status).toBe(429);
    const elsewhere = await post(`/api/public/agreements/${token}/code`, undefined, { channel: "sms", to: "+15550009999" });
    expect([400, 429]).toContain(elsewhere.status);
    await owned.release();
  });
});
