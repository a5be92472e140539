/**
 * Guessing a CSV file's delimiter from its first lines: the candidate that splits the most
 * records into the same number (more than one) of fields wins, quotes respected — so `;` files
 * with decimal commas are read as `;`.
 */
import { CsvParser, type CsvRecord } from './csv-parser';

/** Delimiters tried, in order of preference when they score the same. */
export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const;

const SAMPLE_RECORDS = 50;

interface Score {
  delimiter: string;
  consistent: number;
  fields: number;
}

function sampleRecords(sample: string, delimiter: string, complete: boolean): CsvRecord[] {
  const parser = new CsvParser(delimiter);
  let records = parser.push(sample);
  if (complete) {
    try {
      records = records.concat(parser.end());
    } catch {
      // An open quote in the sample: score on the records that did close.
    }
  }
  return records.slice(0, SAMPLE_RECORDS);
}

function score(delimiter: string, records: CsvRecord[]): Score {
  const counts = new Map<number, number>();
  for (const r of records) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  let best = { fields: 1, consistent: 0 };
  for (const [fields, n] of counts) {
    if (fields > 1 && (n > best.consistent || (n === best.consistent && fields > best.fields))) {
      best = { fields, consistent: n };
    }
  }
  return { delimiter, ...best };
}

/**
 * The delimiter `sample` (the file's first decoded text) most likely uses; `,` when nothing
 * splits it (a one-column file). `complete` says the sample is the whole file.
 */
export function sniffDelimiter(sample: string, complete: boolean): string {
  let best: Score = { delimiter: ',', consistent: 0, fields: 1 };
  for (const delimiter of CSV_DELIMITERS) {
    const s = score(delimiter, sampleRecords(sample, delimiter, complete));
    if (s.consistent > best.consistent || (s.consistent === best.consistent && s.fields > best.fields)) best = s;
  }
  return best.delimiter;
}
