// Where import rows come from: a CSV file (header row, then one record per line; `record` names the
// kind) or the back-end simulator's export. Either way, rows of strings, each with where it came
// from, so a rejected row can be found again.
import { readFileSync } from "node:fs";
import { parseCsv } from "../../core/domain/csv";

export interface SourceRow {
  /** "line 17" in a file, "row 17" of the simulator's export. */
  where: string;
  values: Record<string, string>;
}

export function csvRows(path: string): SourceRow[] {
  const [header, ...lines] = parseCsv(readFileSync(path, "utf8"));
  if (!header) return [];
  const names = header.cells.map((name) => name.trim().toLowerCase());
  if (!names.includes("record")) throw new Error(`${path}: the header row needs a "record" column (customer, order, lease or loan)`);
  return lines.map(({ line, cells }) => ({
    where: `line ${line}`,
    values: Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ""]).filter(([name]) => name !== "")),
  }));
}

export async function simulatorRows(baseUrl: string): Promise<SourceRow[]> {
  const rows: SourceRow[] = [];
  let cursor: number | null = 0;
  while (cursor !== null) {
    const response = await fetch(`${baseUrl}/export?cursor=${cursor}&limit=1000`);
    if (!response.ok) throw new Error(`the simulator's export answered ${response.status}`);
    const page = (await response.json()) as { rows: Record<string, string>[]; next: number | null };
    for (const values of page.rows) rows.push({ where: `row ${rows.length + 1}`, values });
    cursor = page.next;
  }
  return rows;
}
