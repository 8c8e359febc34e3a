// Unique element ids, so labels and descriptions pair up even when a component shows twice.
let next = 0;

export function uid(prefix: string): string {
  next += 1;
  return `${prefix}-${next}`;
}
