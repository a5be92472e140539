import { beforeEach, describe, expect, it, vi } from 'vitest';

const bytes = vi.hoisted(() => ({ next: null as Buffer | null }));
vi.mock('node:crypto', async (orig) => {
  const real = await orig<typeof import('node:crypto')>();
  return { ...real, randomBytes: (n: number) => bytes.next ?? real.randomBytes(n) };
});

const { newId } = await import('../../src-main/services/ids');
const { sourceKeyOf } = await import('../../src-main/engine/mapped-import/source-key');

const UUID7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('row ids made in bulk', () => {
  beforeEach(() => {
    bytes.next = null;
  });

  it('are version 7 UUIDs carrying the millisecond, unique and in the order they were made', () => {
    const ms = Date.UTC(2031, 0, 1);
    const ids = Array.from({ length: 20_000 }, () => newId(ms));
    expect(ids.every((id) => UUID7.test(id))).toBe(true);
    expect(ids[0]!.replace(/-/g, '').slice(0, 12)).toBe(ms.toString(16).padStart(12, '0'));
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1]!)).toBe(true);
  });

  it('carry from the low 32 bits into the higher ones within a millisecond', () => {
    // rand_a 0x123 (top bit cleared), then rand_b's high part 0 and low part all ones.
    bytes.next = Buffer.from([0x01, 0x23, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]);
    const ms = Date.UTC(2031, 0, 2);
    const [a, b, c] = [newId(ms), newId(ms), newId(ms)];
    expect(a.slice(14)).toBe('7123-8000-0000ffffffff');
    expect(b.slice(14)).toBe('7123-8000-000100000000');
    expect(c.slice(14)).toBe('7123-8000-000100000001');
    expect(a < b && b < c).toBe(true);
  });
});

describe('source keys', () => {
  it('keep the text earlier imports stored, so re-imports are still recognised', () => {
    const v = {
      reference: 'B-7',
      date: '2026-03-05',
      month: '2026-03',
      costCenterId: 'cc',
      serviceId: 'svc',
      accountId: 'acc',
      vendorId: null,
      amount: '12.50',
      currency: 'EUR',
      poNumber: 'PO-1',
      poLine: '',
      description: 'Licence',
      personId: 'P9',
      hours: '7.5',
    };
    expect(sourceKeyOf('actuals', v)).toBe('act|B-7|2026-03-05|cc|svc|acc||12.50|EUR|');
    expect(sourceKeyOf('purchase-orders', v)).toBe('po|PO-1|2026-03-05|cc|12.50|EUR|Licence|');
    expect(sourceKeyOf('purchase-orders', { ...v, poLine: '3' })).toBe('po|PO-1|3|');
    expect(sourceKeyOf('labour', { ...v, date: '' })).toBe('lab|P9|2026-03|cc|svc|acc|7.5|12.50|EUR|');
  });
});
