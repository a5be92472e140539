import { describe, expect, it } from 'vitest';
import { formatClipboardTable, parseClipboardTable } from '../../src-shared/budget/tsv';

describe('parseClipboardTable', () => {
  it('splits Excel text into rows and cells and ignores the trailing line break', () => {
    const text = '1,234.50\t(500)\t7\r\n10\t20\t30\r\n';
    expect(parseClipboardTable(text)).toEqual([
      ['1,234.50', '(500)', '7'],
      ['10', '20', '30'],
    ]);
  });

  it('accepts LF line breaks and a last row without a line break', () => {
    expect(parseClipboardTable('1\t2\n3\t4')).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
  });

  it('keeps empty cells, including a trailing empty cell', () => {
    expect(parseClipboardTable('1\t\t3\r\n\t5\t\r\n')).toEqual([
      ['1', '', '3'],
      ['', '5', ''],
    ]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes inside', () => {
    const text = '"a\tb"\t"line1\r\nline2"\t"say ""hi"""\r\n';
    expect(parseClipboardTable(text)).toEqual([['a\tb', 'line1\r\nline2', 'say "hi"']]);
  });

  it('treats a quote that does not close the cell as a literal character', () => {
    expect(parseClipboardTable('"12" inch\t4')).toEqual([['"12" inch', '4']]);
  });

  it('returns no rows for empty text', () => {
    expect(parseClipboardTable('')).toEqual([]);
  });
});

describe('formatClipboardTable', () => {
  it('writes rows Excel can paste and reads back to the same cells', () => {
    const rows = [
      ['CC-100', 'Laptops "14 inch"', '1234.5'],
      ['CC-200', 'two\nlines', '-7'],
    ];
    const text = formatClipboardTable(rows);
    expect(text).toBe('CC-100\t"Laptops ""14 inch"""\t1234.5\r\nCC-200\t"two\nlines"\t-7\r\n');
    expect(parseClipboardTable(text)).toEqual(rows);
  });
});
