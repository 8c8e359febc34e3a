// The inbound signature rule: published HMAC-SHA256 vectors, the signed text, the 5-minute replay
// window at its edges, the header format, and the whole check as the endpoint runs it. Expected
// digests come from RFC 4231 and from `openssl dgst -sha256 -hmac`, never from the code under test.
import { describe, expect, it } from "vitest";
import { checkTimestamp, parseSignatures, sameHex, signatureMatches, signedText } from "../../../../core/domain/webhook-signature";
import { webhookHmac } from "../../../../db/crypto";
import { checkSigned } from "../../../../worker/integrations/signing";

// RFC 4231, test case 2.
const RFC_KEY = "Jefe";
const RFC_DATA = "what do ya want for nothing?";
const RFC_MAC = "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

// printf '%s' '1767225600.{"id":"evt_1","type":"test.ping"}' | openssl dgst -sha256 -hmac 'whsec_tandem_vector_key_0001'
const KEY = "whsec_tandem_vector_key_0001";
const TIMESTAMP = "1767225600"; // 2026-01-01T00:00:00Z
const BODY = '{"id":"evt_1","type":"test.ping"}';
const MAC = "56aca60e4a8b9c9f482f749107bddd4db45a9a36c581e24632b5dd9fbd5836e6";
const AT = Date.UTC(2026, 0, 1);

describe("HMAC-SHA256", () => {
  it("matches RFC 4231 test case 2", async () => {
    expect(await webhookHmac(RFC_KEY, RFC_DATA)).toBe(RFC_MAC);
  });

  it("signs the timestamp, a dot, and the body exactly as sent", async () => {
    expect(signedText(TIMESTAMP, BODY)).toBe(`1767225600.${BODY}`);
    expect(await webhookHmac(KEY, signedText(TIMESTAMP, BODY))).toBe(MAC);
  });
});

describe("the replay window", () => {
  const cases: [string, string | null, number, ReturnType<typeof checkTimestamp>][] = [
    ["now", TIMESTAMP, AT, { ok: true, seconds: 1_767_225_600 }],
    ["300 s old (the edge)", TIMESTAMP, AT + 300_000, { ok: true, seconds: 1_767_225_600 }],
    ["301 s old", TIMESTAMP, AT + 301_000, { ok: false, reason: "stale" }],
    ["300 s ahead (clock drift)", TIMESTAMP, AT - 300_000, { ok: true, seconds: 1_767_225_600 }],
    ["301 s ahead", TIMESTAMP, AT - 301_000, { ok: false, reason: "stale" }],
    ["missing", null, AT, { ok: false, reason: "missing" }],
    ["empty", "", AT, { ok: false, reason: "missing" }],
    ["milliseconds", "1767225600000", AT, { ok: false, reason: "malformed" }],
    ["not digits", "2026-01-01", AT, { ok: false, reason: "malformed" }],
  ];
  it.each(cases)("a timestamp %s", (_, header, now, expected) => {
    expect(checkTimestamp(header, now)).toEqual(expected);
  });
});

describe("the signature header", () => {
  it("reads v1 signatures, several while a key rotates, and ignores the rest", () => {
    expect(parseSignatures(`v1=${MAC}`)).toEqual([MAC]);
    expect(parseSignatures(`v1=${"a".repeat(64)}, v1=${MAC.toUpperCase()}`)).toEqual(["a".repeat(64), MAC]);
    expect(parseSignatures(`v0=${MAC},v1=short,${MAC}`)).toEqual([]);
    expect(parseSignatures(undefined)).toEqual([]);
  });

  it("compares whole strings only", () => {
    expect(sameHex(MAC, MAC)).toBe(true);
    expect(sameHex(MAC, `${MAC.slice(0, 63)}7`)).toBe(false);
    expect(sameHex(MAC, MAC.slice(0, 63))).toBe(false);
    expect(signatureMatches(MAC, ["0".repeat(64), MAC])).toBe(true);
    expect(signatureMatches(MAC, [])).toBe(false);
  });
});

describe("the endpoint's check", () => {
  const headers = (timestamp: string, signature: string) => new Headers({ "Tandem-Timestamp": timestamp, "Tandem-Signature": signature });

  it("accepts the vector within the window", async () => {
    expect(await checkSigned(headers(TIMESTAMP, `v1=${MAC}`), BODY, KEY, AT + 1_000)).toBeNull();
  });

  it("refuses a body changed by one character, another key, an old request, and no timestamp", async () => {
    expect(await checkSigned(headers(TIMESTAMP, `v1=${MAC}`), BODY.replace("evt_1", "evt_2"), KEY, AT)).toBe("bad_signature");
    expect(await checkSigned(headers(TIMESTAMP, `v1=${MAC}`), BODY, `${KEY}x`, AT)).toBe("bad_signature");
    expect(await checkSigned(headers(TIMESTAMP, `v1=${MAC}`), BODY, KEY, AT + 301_000)).toBe("stale_timestamp");
    expect(await checkSigned(headers("", `v1=${MAC}`), BODY, KEY, AT)).toBe("missing_timestamp");
    // The timestamp is signed too: moving it forward to pass the window breaks the signature.
    expect(await checkSigned(headers("1767225900", `v1=${MAC}`), BODY, KEY, AT + 400_000)).toBe("bad_signature");
  });
});
