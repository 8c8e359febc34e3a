// The voice provider's signature scheme, held to the provider's own published example.
import { describe, expect, it } from "vitest";
import { sameSignature, signedText } from "../../../../../core/domain/voice/signature";
import { hmacSha1Base64 } from "../../../../../db/crypto";

// The provider's documented request-validation example: auth token 12345, this URL and these parameters.
const URL = "https://mycompany.com/myapp.php?foo=1&bar=2";
const PARAMS: [string, string][] = [
  ["Digits", "1234"],
  ["To", "+18005551212"],
  ["From", "+14158675309"],
  ["Caller", "+14158675309"],
  ["CallSid", "CA1234567890ABCDE"],
];

describe("the signed text", () => {
  it("is the URL, then each parameter's name and value sorted by name, with no separators", () => {
    expect(signedText(URL, PARAMS)).toBe(`${URL}CallSidCA1234567890ABCDECaller+14158675309Digits1234From+14158675309To+18005551212`);
  });

  it("signs to the provider's published signature", async () => {
    expect(await hmacSha1Base64("12345", signedText(URL, PARAMS))).toBe("RSOYDt4T1cUTdK1PDd93/VVr8B8=");
  });

  it("compares signatures whole", () => {
    expect(sameSignature("RSOYDt4T1cUTdK1PDd93/VVr8B8=", "RSOYDt4T1cUTdK1PDd93/VVr8B8=")).toBe(true);
    expect(sameSignature("RSOYDt4T1cUTdK1PDd93/VVr8B8=", "RSOYDt4T1cUTdK1PDd93/VVr8B8")).toBe(false);
    expect(sameSignature("RSOYDt4T1cUTdK1PDd93/VVr8B8=", "RSOYDt4T1cUTdK1PDd93/VVr8B9=")).toBe(false);
  });
});
