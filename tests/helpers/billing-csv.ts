import { readFileSync } from 'node:fs';
import Decimal from 'decimal.js';

/** A whole small CSV file as records, parsed here independently of the app's CSV parser. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      row.push(field);
      if (!(row.length === 1 && row[0] === '')) rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

const Exact = Decimal.clone({ precision: 200 });

/** Exact decimal.js sum of a column of a CSV file (NULL/null/empty add nothing), as a plain decimal string. */
export function columnSum(path: string, column: string): string {
  const [header, ...rows] = parseCsv(readFileSync(path, 'utf8'));
  const i = header!.findIndex((h) => h === column);
  if (i < 0) throw new Error(`${path} has no column ${column}`);
  let sum = new Exact(0);
  for (const r of rows) {
    const v = r[i] ?? '';
    if (v !== '' && v !== 'NULL' && v !== 'null') sum = sum.plus(v);
  }
  return sum.toFixed();
}

/** Whether two decimal strings are the same number. */
export const sameNumber = (a: string | undefined, b: string): boolean => a !== undefined && new Exact(a).equals(b);
