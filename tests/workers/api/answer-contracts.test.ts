// Answers the authorization matrix never sees succeed, parsed with their schemas from core/protocol
// like the matrix does for every other route: the public signing page (the matrix only knows
// unknown links) and what a command resent with the same client id answers.
import type * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { NoteAddedSchema } from "../../../core/protocol/activity-answers";
import { AgreementSignedSchema, PublicAgreementSchema, SigningCodeSentSchema } from "../../../core/protocol/agreements";
import { CardIssuedSchema, ShopperOrderStartedSchema } from "../../../core/protocol/order-answers";
import { answerProblems } from "../authorization/answer-check";
import { seedSmall, signIn } from "../support/http";
import { type Answer, get, post } from "../support/json";
import { fundedOrder, intake, lastMessage, SOFA, sendAgreement } from "../support/orders";
import { own } from "../support/ownership";

let ana: string;

beforeAll(async () => {
  await seedSmall();
  ana = await signIn("rep.ana@tandem.test");
});

/** The answer's status, and what is wrong with it by its schema (nothing, when it keeps the contract). */
function checked(schema: v.GenericSchema, answer: Answer<unknown>) {
  const text = JSON.stringify(answer.body);
  const problems = answerProblems(schema, { status: answer.status, contentType: answer.headers.get("Content-Type") ?? "", text });
  return { status: answer.status, problems };
}

describe("answers outside the matrix", () => {
  it("the signing page's answers keep their contract from the link to the signature", async () => {
    const owned = await own(ana, "cus_0005");
    const { orderId } = await intake(ana, "cus_0005", owned.token);
    const token = await sendAgreement(ana, orderId, owned.token);

    const page = await get<{ document: { preparedFor: string } }>(`/api/public/agreements/${token}`);
    expect(checked(PublicAgreementSchema, page)).toEqual({ status: 200, problems: [] });
    const asked = await post(`/api/public/agreements/${token}/code`, undefined, { channel: "sms" });
    expect(checked(SigningCodeSentSchema, asked)).toEqual({ status: 201, problems: [] });
    const code = (await lastMessage("agreement.code")).text.match(/\b(\d{6})\b/)?.[1];
    const signed = await post(`/api/public/agreements/${token}/sign`, undefined, {
      typedName: page.body.document.preparedFor,
      consent: true,
      code,
    });
    expect(checked(AgreementSignedSchema, signed)).toEqual({ status: 200, problems: [] });
    // A used link still answers the page, without the document.
    const used = await get(`/api/public/agreements/${token}`);
    expect(checked(PublicAgreementSchema, used)).toEqual({ status: 200, problems: [] });
    expect(used.body).toMatchObject({ state: "used", document: null });
    await owned.release();
  });

  it("a note, an order and a card resent with the same client id answer as their schemas say", async () => {
    const owned = await own(ana, "cus_0006");
    const note = { text: "Called about the delivery date", clientId: "answer-contract-note-1" };
    const first = await post(`/api/customers/cus_0006/notes`, ana, note);
    const again = await post(`/api/customers/cus_0006/notes`, ana, note);
    expect(checked(NoteAddedSchema, first)).toEqual({ status: 201, problems: [] });
    expect(checked(NoteAddedSchema, again)).toEqual({ status: 201, problems: [] });
    expect(again.body).toMatchObject({ duplicate: true });

    const order = { lockToken: owned.token, note: "Client sent the link", source: "link", merchant: "BrightHome", items: [SOFA] };
    const started = await post(`/api/customers/cus_0006/shopper-orders`, ana, { ...order, clientId: "contract0order1" });
    const restarted = await post(`/api/customers/cus_0006/shopper-orders`, ana, { ...order, clientId: "contract0order1" });
    expect(checked(ShopperOrderStartedSchema, started)).toEqual({ status: 201, problems: [] });
    expect(checked(ShopperOrderStartedSchema, restarted)).toEqual({ status: 201, problems: [] });
    expect(restarted.body).toMatchObject({ duplicate: true });

    const funded = await fundedOrder(ana, "cus_0006", owned.token);
    const card = { lockToken: owned.token, note: "Placing the order by hand", clientId: "contract0card01" };
    const issued = await post(`/api/orders/${funded}/cards`, ana, card);
    const reissued = await post(`/api/orders/${funded}/cards`, ana, card);
    expect(checked(CardIssuedSchema, issued)).toEqual({ status: 201, problems: [] });
    expect(checked(CardIssuedSchema, reissued)).toEqual({ status: 201, problems: [] });
    expect(reissued.body).toMatchObject({ card: { numberShown: true } });
    await owned.release();
  });
});
