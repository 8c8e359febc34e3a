import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "../../../../core/domain/csv";

describe("CSV export cells", () => {
  it("quotes delimiters, quotes and line breaks", () => {
    expect(csvCell('said "hi", then left\nlater')).toBe('"said ""hi"", then left\nlater"');
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell(42)).toBe("42");
  });

  it("defuses spreadsheet formulas in text", () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell("+1 555")).toBe("'+1 555");
    expect(csvCell("@sum")).toBe("'@sum");
    expect(csvCell(-5)).toBe("-5");
  });

  it("writes a header and CRLF-terminated rows", () => {
    const text = toCsv(
      [
        { header: "id", value: (r: { id: string; n: number }) => r.id },
        { header: "n", value: (r: { id: string; n: number }) => r.n },
      ],
      [
        { id: "a", n: 1 },
        { id: "b,c", n: 2 },
      ],
    );
    expect(text).toBe('id,n\r\na,1\r\n"b,c",2\r\n');
  });
});
