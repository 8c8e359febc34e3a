// Free-text redaction: worked examples a reviewer can check by eye, then properties over generated
// formats (fixed seed) that no card, SSN or birth date survives and that everyday numbers do.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { redactFreeText } from "../../../../core/domain/redaction";

/** Friday 24 April 2026: "adult" birth years are 2010 and earlier. */
const NOW = Date.UTC(2026, 3, 24, 15, 0);
const redact = (text: string) => redactFreeText(text, NOW);
const RUNS = { seed: 20_260_424, numRuns: 400 };

describe("worked examples", () => {
  it.each([
    // cards: any separators, any length 13-19, last 4 kept
    ["card 4000.0566.5566.5556 exp 12/27", "card •••• 5556 exp 12/27"],
    ["card 4000  0566  5566  5556 ok", "card •••• 5556 ok"],
    ["4000\t0566\t5566\t5556", "•••• 5556"],
    ["4000-0566-5566-5556, 4000/0566/5566/5556", "•••• 5556, •••• 5556"],
    // two numbers joined by separators alone are one stretch; a Luhn-valid window across both hides both
    ["4000-0566-5566-5556 / 4000/0566/5566/5556", "•••• 5556"],
    ["4000_0566_5566_5556 and 4000056655665556", "•••• 5556 and •••• 5556"],
    ["card 4000 - 0566 - 5566 - 5556.", "card •••• 5556."],
    ["mixed 4000 0566-5566.5556", "mixed •••• 5556"],
    ["amex 3782 822463 10005, diners 3056 9309 0259 04", "amex •••• 0005, diners •••• 5904"],
    ["visa 4222222222222 (13 digits)", "visa •••• 2222 (13 digits)"],
    ["unionpay 6205 5000 0000 0000 004", "unionpay •••• 0004"],
    ["old 4242 4242 4242 4242, new 4000 0566 5566 5556", "old •••• 4242, new •••• 5556"],
    ["Visa4000 0566 5566 5556", "Visa•••• 5556"],
    // a Luhn-valid stretch runs from the card into the date or SSN after it; the mask stops at the card
    ["4000 0566 5566 5556 01/15/1980", "•••• 5556 ••/••/••••"],
    ["4000 0566 5566 5556 123-45-6789", "•••• 5556 ***-**-6789"],
    ["رقم البطاقة ٤٠٠٠ ٠٥٦٦ ٥٥٦٦ ٥٥٥٦", "رقم البطاقة •••• 5556"],
    ["カード ４０００ ０５６６ ５５６６ ５５５６", "カード •••• 5556"],
    ["card 4000\u200E 0566 5566 5556", "card •••• 5556"],
    // not cards
    ["card 4000 0566 5566 5557 fails Luhn", "card 4000 0566 5566 5557 fails Luhn"],
    ["tracking 1234567812345678", "tracking 1234567812345678"],
    ["ending in 5556", "ending in 5556"],
    ["called +49 151 12345678", "called +49 151 12345678"],
    // SSNs
    ["SSN 123-45-6789", "SSN ***-**-6789"],
    ["123 45 6789 on file", "***-**-6789 on file"],
    ["read back 123.45.6789", "read back ***-**-6789"],
    ["ssn: 123456789", "ssn: ***-**-6789"],
    ["her social is 219099999", "her social is ***-**-9999"],
    ["Social Security number 123 456 789", "Social Security number ***-**-6789"],
    ["SS# 123456789", "SS# ***-**-6789"],
    ["123456789 (SSN)", "***-**-6789 (SSN)"],
    ["ITIN 912-70-1234", "ITIN ***-**-1234"],
    ["routing 021000021, order 123456789", "routing 021000021, order 123456789"],
    ["SSN verified; order 123456789", "SSN verified; order 123456789"],
    ["order 123456789 SSN 987-65-4321", "order 123456789 SSN ***-**-4321"],
    ["SSN 2-4-72 9263 6 (a date shape inside labelled digits)", "SSN ***-**-2636 (a date shape inside labelled digits)"],
    ["DOB 01/02/1980 123 45 6789", "DOB ••/••/•••• ***-**-6789"],
    // dates of birth: labelled (any past date), or an adult's birth year (2010 or before)
    ["DOB 01/02/1980", "DOB ••/••/••••"],
    ["D.O.B. 1/2/80", "D.O.B. ••/••/••••"],
    ["date of birth 1980-01-02", "date of birth ••/••/••••"],
    ["born 02.01.1980", "born ••/••/••••"],
    ["birthday Jan 2, 1980", "birthday ••/••/••••"],
    ["born on 2 January 1980", "born on ••/••/••••"],
    ["Born on the 2nd of January, 1980", "Born on the ••/••/••••"],
    ["DOB 19800102", "DOB ••/••/••••"],
    ["confirmed 01/02/2015 [DOB]", "confirmed ••/••/•••• [DOB]"],
    ["DOB 03/15/2012 (the son)", "DOB ••/••/•••• (the son)"],
    ["confirmed 3/14/1975 with caller", "confirmed ••/••/•••• with caller"],
    ["verified 1955-07-30", "verified ••/••/••••"],
    ["signed 2010-05-01", "signed ••/••/••••"],
    ["signed 2011-05-01", "signed 2011-05-01"],
    // dates that stay
    ["promised to pay $120 on 12/15/2026", "promised to pay $120 on 12/15/2026"],
    ["call back Friday 3 pm", "call back Friday 3 pm"],
    ["paid 03/01/2026, lease started 2019-06-01", "paid 03/01/2026, lease started 2019-06-01"],
    ["promise 1/15/27, lease ends Jan 15, 2029", "promise 1/15/27, lease ends Jan 15, 2029"],
    ["born in Ohio, pays 12/15/2026", "born in Ohio, pays 12/15/2026"],
    // both ranges are Luhn-valid read as one 16-digit number; dates side by side are a range, not a card
    ["plan 01/15/2026 - 07/15/2026, then 01/15/2026-08/15/2026", "plan 01/15/2026 - 07/15/2026, then 01/15/2026-08/15/2026"],
    ["birthday Jan 2, born in 1980", "birthday Jan 2, born in 1980"],
    // everyday numbers
    ["(555) 010-2233, 555.010.2233, +1 555 010 2233", "(555) 010-2233, 555.010.2233, +1 555 010 2233"],
    ["$1,234.56 at 10:30 am for ORD-100234", "$1,234.56 at 10:30 am for ORD-100234"],
    // all at once, on several lines
    [
      "DOB 01/02/1980\nSSN 123-45-6789\ncard 4000 0566 5566 5556\npromised $120 on 12/15/2026",
      "DOB ••/••/••••\nSSN ***-**-6789\ncard •••• 5556\npromised $120 on 12/15/2026",
    ],
  ])("%j -> %j", (input, expected) => {
    expect(redact(input)).toBe(expected);
  });
});

/** The check digit as the card networks state it: from the right, double every second digit of the body. */
function luhnDigit(body: string): string {
  let sum = 0;
  [...body].reverse().forEach((char, i) => {
    const doubled = Number(char) * (i % 2 === 0 ? 2 : 1);
    sum += doubled > 9 ? doubled - 9 : doubled;
  });
  return String((10 - (sum % 10)) % 10);
}

const digitsOnly = (text: string) => text.replace(/\D/g, "");
/** Words without digits or labels, in several scripts, so anything redacted came from the number. */
const WORD = fc.constantFrom(
  "Client",
  "called",
  "about",
  "the",
  "card",
  "please",
  "José",
  "Zoë",
  "محمد",
  "王小明",
  "🙂",
  "ok,",
  "(urgent)",
  "said:",
);
const words = fc.array(WORD, { minLength: 1, maxLength: 5 }).map((w) => w.join(" "));
/** Everyday pieces with digits, to sit next to a card. */
const NOISE = fc.oneof(WORD, fc.stringMatching(/^\d{1,6}$/), fc.constantFrom("$1,234.56", "12/15/2026", "10:30", "ORD-100234"));
const SEPARATORS = [" ", "  ", "   ", "\t", ".", "-", "/", "_", " - ", "\\", "–", "\u00A0"];

/** Writes digits with a random separator (or none) between each pair. */
const spelled = (digits: string) =>
  fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constant("") }, { weight: 2, arbitrary: fc.constantFrom(...SEPARATORS) }), {
      minLength: digits.length,
      maxLength: digits.length,
    })
    .map((gaps) => [...digits].map((digit, i) => (i === digits.length - 1 ? digit : digit + gaps[i])).join(""));

const CARD = fc
  .integer({ min: 13, max: 19 })
  .chain((length) => fc.stringMatching(new RegExp(`^[1-9]\\d{${length - 2}}$`)))
  .map((body) => body + luhnDigit(body));

describe("cards in generated text", () => {
  it("computes check digits the way the networks' test numbers have them", () => {
    for (const number of ["4000056655665556", "4242424242424242", "378282246310005", "30569309025904", "6205500000000000004"])
      expect(luhnDigit(number.slice(0, -1))).toBe(number.slice(-1));
  });

  it("masks every Luhn-valid card, whatever its separators, to its last 4, leaving the words around it", () => {
    fc.assert(
      fc.property(words, CARD.chain(spelled), words, (before, written, after) => {
        const digits = digitsOnly(written);
        const out = redact(`${before} ${written} ${after}`);
        expect(out).toBe(`${before} •••• ${digits.slice(-4)} ${after}`);
        expect(digitsOnly(out)).not.toContain(digits.slice(0, 12));
      }),
      RUNS,
    );
  });

  it("never lets a card's first 12 digits through, even chained to other numbers", () => {
    fc.assert(
      fc.property(fc.array(NOISE, { maxLength: 6 }), CARD, fc.nat(), (noise, card, at) => {
        const pieces = [...noise];
        pieces.splice(at % (noise.length + 1), 0, card);
        const out = redact(pieces.join(" "));
        expect(digitsOnly(out)).not.toContain(card.slice(0, 12));
        expect(out).toContain("•••• ");
      }),
      RUNS,
    );
  });
});

const SSN = fc.tuple(fc.stringMatching(/^\d{3}$/), fc.stringMatching(/^\d{2}$/), fc.stringMatching(/^\d{4}$/));

describe("SSNs in generated text", () => {
  it("masks 123-45-6789, 123 45 6789 and 123.45.6789 to the last 4", () => {
    fc.assert(
      fc.property(words, SSN, fc.constantFrom("-", " ", "."), words, (before, [area, group, serial], sep, after) => {
        const out = redact(`${before} ${area}${sep}${group}${sep}${serial} ${after}`);
        expect(out).toBe(`${before} ***-**-${serial} ${after}`);
      }),
      RUNS,
    );
  });

  it("masks nine digits written any way when a label says they are an SSN", () => {
    const label = fc.constantFrom("SSN", "ssn:", "SS#", "S.S.N.", "social", "Social Security number", "soc sec no.", "ITIN");
    fc.assert(
      fc.property(
        words,
        label,
        SSN.chain(([a, g, s]) => spelled(a + g + s)),
        words,
        (before, name, written, after) => {
          const digits = digitsOnly(written);
          const out = redact(`${before} ${name} ${written} ${after}`);
          expect(out).toBe(`${before} ${name} ***-**-${digits.slice(-4)} ${after}`);
          expect(digitsOnly(out)).not.toContain(digits.slice(0, 5));
        },
      ),
      RUNS,
    );
  });
});

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const pad = (n: number) => String(n).padStart(2, "0");
/** A calendar date in every way people write one. */
const written = ([year, month, day]: [number, number, number]) =>
  fc.constantFrom(
    `${pad(month)}/${pad(day)}/${year}`,
    `${month}/${day}/${year}`,
    `${year}-${pad(month)}-${pad(day)}`,
    `${pad(day)}.${pad(month)}.${year}`,
    `${MONTHS[month - 1]?.slice(0, 3)} ${day}, ${year}`,
    `${day} ${MONTHS[month - 1]} ${year}`,
    `${MONTHS[month - 1]} ${day}th, ${year}`,
  );
const dateIn = (from: number, to: number) =>
  fc.tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }));

describe("dates of birth in generated text", () => {
  const label = fc.constantFrom("DOB", "DOB:", "d.o.b.", "date of birth", "Born", "born on", "birthday", "Birth date:");

  it("masks any past date a label calls a birth date, even a recent one", () => {
    fc.assert(
      fc.property(words, label, dateIn(1920, 2025).chain(written), words, (before, name, date, after) => {
        expect(redact(`${before} ${name} ${date} ${after}`)).toBe(`${before} ${name} ••/••/•••• ${after}`);
      }),
      RUNS,
    );
  });

  it("masks two-digit years too when labelled (1/2/80)", () => {
    fc.assert(
      fc.property(
        label,
        fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 99 })),
        (name, [m, d, yy]) => {
          expect(redact(`${name} ${m}/${d}/${pad(yy)}`)).toBe(`${name} ••/••/••••`);
        },
      ),
      RUNS,
    );
  });

  it("masks an unlabelled full date when its year is an adult's birth year (2010 or before)", () => {
    fc.assert(
      fc.property(words, dateIn(1900, 2010).chain(written), words, (before, date, after) => {
        expect(redact(`${before} ${date} ${after}`)).toBe(`${before} ••/••/•••• ${after}`);
      }),
      RUNS,
    );
  });
});

/** Numbers a note is for: none of them may change. */
const EVERYDAY = fc.oneof(
  fc.constantFrom("(555) 010-2233", "555.010.2233", "555-010-2233", "+1 555 010 2233", "+44 20 7946 0958", "+49 151 12345678"),
  fc.constantFrom("$1,234.56", "$120", "1,234.56 USD", "$12,345,678.90", "3 pm", "10:30", "10:30 am", "9.30am"),
  fc.stringMatching(/^\d{6,9}$/).map((n) => `ORD-${n}`),
  fc.stringMatching(/^\d{9}$/),
  dateIn(2011, 2035).chain(written),
  fc
    .tuple(dateIn(2011, 2035), dateIn(2011, 2035))
    .map(([[y1, m1, d1], [y2, m2, d2]]) => `${pad(m1)}/${pad(d1)}/${y1} - ${pad(m2)}/${pad(d2)}/${y2}`),
  fc.stringMatching(/^[1-9]\d{14}$/).map((body) => body + String((Number(luhnDigit(body)) + 1) % 10)),
);

describe("everyday numbers in generated text", () => {
  it("keeps phones, money, times, order numbers, recent and future dates (and ranges of them) and non-Luhn 16-digit runs intact", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(WORD, EVERYDAY), { minLength: 1, maxLength: 6 }), (pairs) => {
        const text = pairs.map(([word, number]) => `${word} ${number}`).join(" ");
        expect(redact(text)).toBe(text);
      }),
      RUNS,
    );
  });
});

describe("redacting twice", () => {
  // A takeover reason is redacted where it enters the room and again where its note is written.
  it("does not read a mask's last 4 as the start of a new number", () => {
    const once = redact("SSN 000050094 12/15/2026 10:30");
    expect(once).toBe("SSN ***-**-0094 12/15/2026 10:30");
    expect(redact(once)).toBe(once);
  });

  it("changes nothing the second time", () => {
    const piece = fc.oneof(
      WORD,
      NOISE,
      CARD.chain(spelled),
      SSN.map(([a, g, s]) => `SSN ${a}${g}${s}`),
      dateIn(1900, 2035).chain(written),
      dateIn(1900, 2025)
        .chain(written)
        .map((date) => `DOB ${date}`),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const once = redact(pieces.join(" "));
        expect(redact(once)).toBe(once);
      }),
      RUNS,
    );
  });
});
