import { describe, expect, it } from 'vitest';
import { previewSpread, type SpreadForm } from '../../src-renderer/features/budget/spread-preview';
import { sumMoney } from '../../src-shared/money';

const form = (patch: Partial<SpreadForm>): SpreadForm => ({
  method: 'even',
  annual: '0',
  weights: Array.from({ length: 12 }, () => '1'),
  growthPct: '0',
  previous: null,
  ...patch,
});

describe('spread preview', () => {
  it('spreads an annual amount typed as in Excel evenly, adding up to the cent', () => {
    const p = previewSpread(form({ annual: '1,000.01' }), 2);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.target).toBe('1000.01');
    expect(p.total).toBe('1000.01');
    expect(p.months[0]).toBe('83.34');
    expect(p.spread).toEqual({ method: 'even', annual: '1000.01' });
  });

  it('spreads by weights and refuses a negative or non-numeric weight', () => {
    const weights = ['0', '0', '0', '0', '0', '0', '0', '0', '0', '1', '1', '2'];
    const p = previewSpread(form({ method: 'profile', annual: '100', weights }), 2);
    expect(p.ok && p.months.slice(9)).toEqual(['25', '25', '50']);
    const bad = previewSpread(form({ method: 'profile', annual: '100', weights: ['x', ...weights.slice(1)] }), 2);
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('Weight 1 "x"');
    const neg = previewSpread(form({ method: 'profile', annual: '100', weights: ['-1', ...weights.slice(1)] }), 2);
    expect(neg.ok).toBe(false);
  });

  it('grows last year by a percentage and keeps the months adding up to the grown total', () => {
    const previous = Array.from({ length: 12 }, () => '100.01');
    const p = previewSpread(form({ method: 'previous-year', growthPct: '3.5%', previous }), 2);
    expect(p.ok).toBe(true);
    if (!p.ok) return;
    expect(p.target).toBe('1242.12');
    expect(sumMoney(p.months)).toBe(p.target);
    expect(p.spread).toEqual({ method: 'previous-year', growthPct: '3.5' });
  });

  it('refuses an annual amount that is not one', () => {
    const p = previewSpread(form({ annual: '1.2.3' }), 2);
    expect(p.ok).toBe(false);
    if (!p.ok) expect(p.message).toMatch(/more than one decimal separator/);
  });
});
