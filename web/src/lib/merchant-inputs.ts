// Money as people type it ("1,250.5", "$99") into whole cents, without floating point; null when it is not an amount.
export function parseCents(text: string): number | null {
  const match = /^\$?\s*(\d{1,9}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!match) return null;
  const dollars = Number((match[1] ?? "0").replace(/,/g, ""));
  const cents = Number((match[2] ?? "").padEnd(2, "0"));
  return dollars * 100 + cents;
}

/** A `datetime-local` value for a moment, in the person's own time zone, to the second. */
export function localDateTime(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}
