import { describe, expect, it } from 'vitest';
import { readDriverPaste } from '../../src-renderer/features/allocation/driver-paste';

const rows = [
  { target: 'bu:FIN', name: 'Finance' },
  { target: 'bu:HR', name: 'People' },
  { target: 'bu:OPS', name: 'Operations' },
];

describe('pasting driver quantities', () => {
  it('reads one column down the rows from the focused one, as Excel copies it', () => {
    expect(readDriverPaste('1,200\r\n\r\n', rows, 1)).toEqual({
      values: [
        { target: 'bu:HR', quantity: '1200' },
        { target: 'bu:OPS', quantity: null },
      ],
      problems: [],
    });
  });

  it('reads target and quantity columns, naming targets by id or name', () => {
    expect(readDriverPaste('people\t4.5\nbu:FIN\t7', rows, 0).values).toEqual([
      { target: 'bu:HR', quantity: '4.5' },
      { target: 'bu:FIN', quantity: '7' },
    ]);
  });

  it('lists unknown targets, negative and unreadable quantities with their line', () => {
    const { problems } = readDriverPaste('Nobody\t3\nFinance\t-2\nPeople\tabc', rows, 0);
    expect(problems).toEqual([
      'Line 1: no target "Nobody"',
      'Line 2: bu:FIN quantity "-2" is negative',
      'Line 3: bu:HR quantity "abc" is not a number',
    ]);
  });
});
