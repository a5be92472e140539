import { describe, expect, it } from 'vitest';
import { planPaste } from '../../src-shared/budget/paste-plan';
import { parseClipboardTable } from '../../src-shared/budget/tsv';

const rows = [
  { lineId: 'L1', label: 'CC-100 / Laptops' },
  { lineId: 'L2', label: 'CC-100 / Monitors' },
  { lineId: 'L3', label: 'CC-200 / Azure' },
];
const columns = [
  { month: '2026-07', label: 'Jul 2026' },
  { month: '2026-08', label: 'Aug 2026' },
  { month: '2026-09', label: 'Sep 2026' },
  { month: '2026-10', label: 'Oct 2026' },
];

describe('planPaste', () => {
  it('maps a 3×4 Excel block onto the rows and months after the focused cell', () => {
    const block = parseClipboardTable('1,234.50\t(500)\t0.01\t2,000\r\n1\t2\t3\t4\r\n-7\t8\t9\t"10"\r\n');
    const plan = planPaste(block, rows, columns);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    expect(plan.rows).toBe(3);
    expect(plan.columns).toBe(4);
    expect(plan.cells).toHaveLength(12);
    expect(plan.cells[0]).toEqual({ lineId: 'L1', month: '2026-07', amount: '1234.5' });
    expect(plan.cells[1]).toEqual({ lineId: 'L1', month: '2026-08', amount: '-500' });
    expect(plan.cells[3]).toEqual({ lineId: 'L1', month: '2026-10', amount: '2000' });
    expect(plan.cells[8]).toEqual({ lineId: 'L3', month: '2026-07', amount: '-7' });
    expect(plan.cells[11]).toEqual({ lineId: 'L3', month: '2026-10', amount: '10' });
  });

  it('refuses the whole block when one cell is not an amount and names the cell', () => {
    const plan = planPaste(
      [
        ['1', '2'],
        ['3', 'abc'],
      ],
      rows,
      columns,
    );
    expect(plan.ok).toBe(false);
    if (plan.ok) return;
    expect(plan.message).toContain('Aug 2026');
    expect(plan.message).toContain('CC-100 / Monitors');
    expect(plan.message).toContain('"abc"');
    expect(plan.at).toEqual({ row: 1, column: 1, text: 'abc' });
  });

  it('refuses two decimal separators', () => {
    const plan = planPaste([['1.2.3']], rows, columns);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(/more than one decimal separator/);
  });

  it('clears a month where the pasted cell is empty', () => {
    const plan = planPaste([['', '5']], rows, columns);
    expect(plan.ok && plan.cells.map((c) => c.amount)).toEqual(['0', '5']);
  });

  it('refuses a block taller than the lines that follow', () => {
    const plan = planPaste([['1'], ['2']], rows.slice(2), columns);
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(/2 rows but only 1 budget line follow/);
  });

  it('refuses a block wider than the months that follow', () => {
    const plan = planPaste([['1', '2', '3']], rows, columns.slice(2));
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toMatch(/3 columns but only 2 month columns/);
  });

  it('refuses an empty clipboard', () => {
    expect(planPaste([], rows, columns).ok).toBe(false);
  });
});
