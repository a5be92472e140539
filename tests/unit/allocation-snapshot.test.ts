import { describe, expect, it } from 'vitest';
import { packInputs, unpackInputs, type SnapshotAggregate } from '../../src-main/services/allocation-snapshot';

describe('the packed inputs of a stored run', () => {
  it('read back exactly as written, with each dimension value stored once', () => {
    const inputs: SnapshotAggregate[] = [
      {
        id: 'bill:1',
        amount: '10.5',
        currency: 'USD',
        dims: { origin: 'cloud', service: 'EC2', 'tag:team': 'A' },
        originalAmount: '9.123456789',
        originalCurrency: 'EUR',
      },
      {
        id: 'gl:2',
        amount: '-3',
        currency: 'USD',
        pool: 'CP-NET',
        dims: { origin: 'gl', service: 'EC2' },
        originalAmount: '-3',
        originalCurrency: 'USD',
      },
    ];
    const packed = packInputs(inputs);
    expect(packed.values.filter((v) => v === 'EC2')).toHaveLength(1);
    expect(unpackInputs(JSON.parse(JSON.stringify(packed)) as typeof packed, 'USD')).toEqual(inputs);
  });
});
