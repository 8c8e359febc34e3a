// The PII crawl's matcher on worked examples: partial leaks in the shapes people write them are
// found and named, while masked forms a role may see, ids, timestamps and other dates are not.
import { describe, expect, it } from "vitest";
import { leaks, type Reader } from "./pii-scan";

/** reader, text, and the leak it must be reported as ("field level"). */
const LEAKS: [Reader, string, string][] = [
  ["rep", "SSN 538-47-0471", "ssn full"],
  ["rep", "ssn=538470471", "ssn full"],
  ["rep", "***-47-0471", "ssn beyond-mask"],
  ["rep", "538-47-****", "ssn beyond-mask"],
  ["sales", "***-**-0471", "ssn masked-part"],
  ["finance", "+1 738 469 0386", "phone full"],
  ["finance", "738.469.0386", "phone full"],
  ["finance", "(738) 469-••••", "phone beyond-mask"],
  ["finance", "•••-469-0386", "phone beyond-mask"],
  ["finance", "(738) •••-0386", "phone beyond-mask"],
  ["finance", "738-•••-••••", "phone beyond-mask"],
  ["finance", "(•••) 469-••••", "phone beyond-mask"],
  ["engineering", "•••-•••-0386", "phone masked-part"],
  ["finance", "MJ.KESTRELWOOD91@FERNCASTLE-MAIL.TEST", "email full"],
  ["finance", "mj.kestrel•••@ferncastle-mail.test", "email beyond-mask"],
  ["engineering", "m•••@ferncastle-mail.test", "email masked-part"],
  ["finance", "9306 Wrenhollow Court", "addressLine1 full"],
  ["finance", '{"house":4417}', "addressLine1 beyond-mask"],
  ["engineering", "•••• Quillfeather Lane", "addressLine1 masked-part"],
  ["finance", "ZIP 04761", "postalCode full"],
  ["rep", "born Nov 27, 1958", "dateOfBirth full"],
  ["rep", "11/27/1958", "dateOfBirth full"],
  ["rep", "1958-••-••", "dateOfBirth beyond-mask"],
  ["rep", "••••-11-27", "dateOfBirth beyond-mask"],
  ["rep", "7305 9105 29", "bankAccountNumber full"],
  ["rep", "••••••910529", "bankAccountNumber beyond-mask"],
  ["sales", "•••• 0529", "bankAccountNumber masked-part"],
  ["rep", "routing 064910917", "bankRoutingNumber full"],
  ["rep", "06491••••", "bankRoutingNumber beyond-mask"],
  ["rep", '{"monthlyIncomeCents":641738}', "monthlyIncomeCents full"],
  ["rep", "$6,417.38 a month", "monthlyIncomeCents full"],
  ["rep", "income 6,417", "monthlyIncomeCents beyond-mask"],
  ["rep", '{"income":6417}', "monthlyIncomeCents beyond-mask"],
  ["rep", "paid out to 5820370648", "disbursementAccount full"],
  ["rep", "•••• 370648", "disbursementAccount beyond-mask"],
  ["rep", "4716-2894-5103-0734", "cardOnFileNumber full"],
  ["rep", "471628••••••0734", "cardOnFileNumber beyond-mask"],
  ["rep", "XXXXXX910529", "bankAccountNumber beyond-mask"],
  ["sales", "XXX-XX-0471", "ssn masked-part"],
  ["sales", "card •••• 0734", "cardOnFileNumber masked-part"],
  ["nobody", "Customer read card 5425 2334 3019 0788 aloud", "typedCard full"],
  ["nobody", '{"field":"ssn","value":"***-**-0471"}', "ssn masked-part"],
];

/** reader and text: nothing beyond the reader's allowance, however much it looks like a marker. */
const CLEAN: [Reader, string][] = [
  ["rep", '{"ssn":"***-**-0471","dob":"••••-••-••","income":"•••••","bank":"•••• 0529","routing":"•••••0917"}'],
  ["rep", '{"card":"•••• 0734","payout":"•••• 0648","phone":"(738) 469-0386","street":"4417 Quillfeather Lane"}'],
  ["finance", '{"phone":"•••-•••-0386","email":"m•••@ferncastle-mail.test","address":"•••• Quillfeather Lane","zip":"04•••"}'],
  ["finance", '{"bank":"7305910529","routing":"064910917","income":"641738","payout":"5820370648"}'],
  ["sales", "mj.kestrelwood91@ferncastle-mail.test (738) 469-0386 9306 Wrenhollow Court 02893"],
  ["nobody", '{"at":1762041604417,"id":"not_ab0471cd9306","seq":17305910529000}'],
  ["nobody", "x-request-id: d8f6bc12-24a4-4417-8301-0386aa0c9e11"],
  ["nobody", '{"hash":"9f0e7305910529ab0471c","prevHash":"e4417-9306d","token":"Qa5820370648b"}'],
  ["nobody", '{"dueDate":"2026-11-27","paidOn":"11/27/2025","note":"Customer read card •••• 0788 aloud"}'],
  ["nobody", '{"amountCents":64173,"points":19580,"zip":"047610","count":738,"seq":469}'],
];

/** A fixed stream of pseudo-random hex (xorshift32), so the sample below is the same on every run. */
function hexStream(seed: number): (length: number) => string {
  let state = seed;
  return (length) => {
    let out = "";
    for (let i = 0; i < length; i++) {
      state ^= state << 13;
      state ^= state >>> 17;
      state ^= state << 5;
      out += ((state >>> 0) % 16).toString(16);
    }
    return out;
  };
}

describe("the PII crawl's matcher", () => {
  it.each(LEAKS)("reports what %s must not get in %j as %s", (reader, text, expected) => {
    const found = leaks(text, reader);
    expect(
      found.some((leak) => leak.startsWith(`${expected.replace(" ", " (")}:`)),
      `${expected} in ${JSON.stringify(found)}`,
    ).toBe(true);
  });

  it.each(CLEAN)("reports nothing %s may see in %j", (reader, text) => {
    expect(leaks(text, reader)).toEqual([]);
  });

  it("never reads the digits inside hashes, ids or request ids as a marker", () => {
    const hex = hexStream(2_463_534_242);
    const found: string[] = [];
    for (let i = 0; i < 20_000; i++) {
      const uuid = `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`;
      found.push(...leaks(JSON.stringify({ hash: hex(64), id: `act_${hex(20)}`, reqId: uuid }), "nobody"));
    }
    expect(found).toEqual([]);
  });
});
