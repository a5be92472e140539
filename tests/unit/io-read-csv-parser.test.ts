import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvParser, type CsvRecord } from '../../src-main/io/read/csv-parser';
import { sniffDelimiter } from '../../src-main/io/read/csv-sniff';

function parseAll(text: string | string[], delimiter = ','): CsvRecord[] {
  const parser = new CsvParser(delimiter);
  const pieces = typeof text === 'string' ? [text] : text;
  return [...pieces.flatMap((p) => parser.push(p)), ...parser.end()];
}

function quote(field: string, delimiter: string, always: boolean): string {
  const special = field.includes('"') || field.includes(delimiter) || /[\r\n]/.test(field) || field === '';
  return always || special ? `"${field.replace(/"/g, '""')}"` : field;
}

/** Split `text` at the given fractional positions (chunk boundaries anywhere, even inside CRLF). */
function chunks(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => Math.floor(c * text.length)))].sort((a, b) => a - b);
  const out: string[] = [];
  let prev = 0;
  for (const a of at) {
    out.push(text.slice(prev, a));
    prev = a;
  }
  out.push(text.slice(prev));
  return out;
}

describe('the CSV parser', () => {
  it('reads quoted delimiters, doubled quotes and line breaks inside quotes', () => {
    const text = 'a,"b,c","say ""hi"""\r\n"two\nlines",x,\n3,"",z';
    expect(parseAll(text)).toEqual([
      { row: 1, cells: ['a', 'b,c', 'say "hi"'] },
      { row: 2, cells: ['two\nlines', 'x', ''] },
      { row: 4, cells: ['3', '', 'z'] },
    ]);
  });

  it('numbers records by the physical line they start on and skips blank lines', () => {
    const text = 'h1;h2\n\n"a\r\nb";1\r\n\r\nc;2\rd;3\n';
    expect(parseAll(text, ';')).toEqual([
      { row: 1, cells: ['h1', 'h2'] },
      { row: 3, cells: ['a\r\nb', '1'] },
      { row: 6, cells: ['c', '2'] },
      { row: 7, cells: ['d', '3'] },
    ]);
  });

  it('keeps stray quotes and text after a closing quote instead of failing', () => {
    expect(parseAll('ab"c,"x"y,z\n')).toEqual([{ row: 1, cells: ['ab"c', 'xy', 'z'] }]);
  });

  it('names the row where an unterminated quote starts', () => {
    expect(() => parseAll('a,b\nc,"open\nmore\n')).toThrow(/row 2: a quoted field is not closed/);
  });

  it('refuses a field longer than its limit', () => {
    const parser = new CsvParser(',', 10);
    expect(() => parser.push('"' + 'x'.repeat(20))).toThrow(/row 1: a field is longer than 10/);
  });

  it('parses back whatever an RFC 4180 writer wrote, however the text is chunked', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', '€', ',', ';', '"', '\n', '\r', ' ', '1') });
    const record = fc.array(field, { minLength: 1, maxLength: 5 }).filter((r) => !(r.length === 1 && r[0] === ''));
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 8 }),
        fc.constantFrom(',', ';', '\t', '|'),
        fc.boolean(),
        fc.constantFrom('\n', '\r\n'),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }),
        (records, delimiter, always, eol, cuts) => {
          let text = '';
          const expected: CsvRecord[] = [];
          let line = 1;
          for (const r of records) {
            expected.push({ row: line, cells: r });
            const serialized = r.map((f) => quote(f, delimiter, always)).join(delimiter) + eol;
            line += (serialized.match(/\r\n|\r|\n/g) ?? []).length;
            text += serialized;
          }
          expect(parseAll(chunks(text, cuts), delimiter)).toEqual(expected);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('delimiter sniffing', () => {
  it('picks ; for a file with decimal commas', () => {
    expect(sniffDelimiter('Date;Cost center;Amount\n2026-01-31;CC100;1.234,50\n2026-02-28;CC200;99,95\n', true)).toBe(
      ';',
    );
  });

  it('picks tab and pipe when they split the lines consistently', () => {
    expect(sniffDelimiter('a\tb\tc\n1\t2,5\t3\n', true)).toBe('\t');
    expect(sniffDelimiter('a|b\n"x|y"|2\n3|4\n', true)).toBe('|');
  });

  it('respects quotes: commas inside quoted fields do not count', () => {
    expect(sniffDelimiter('name;note\n"Smith, J";"a, b, c"\n"Doe, A";x\n', true)).toBe(';');
    expect(sniffDelimiter('name,note\nBob,"a;b;c"\nAl,"d;e"\n', true)).toBe(',');
  });

  it('falls back to comma for a one-column file', () => {
    expect(sniffDelimiter('amount\n12\n13\n', true)).toBe(',');
  });
});
