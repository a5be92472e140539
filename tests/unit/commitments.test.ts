import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeCommitments,
  type CommitmentRow,
  sumColumn,
  utilizationByMonth,
} from '../../src-main/engine/commitments';
import { EngineInputError } from '../../src-main/engine/errors';
import { D } from '../../src-shared/money';
import { referenceFile } from '../helpers/reference-data';

/** A deliberately simple CSV read: the spec example has no quoted fields, CRLF and blank lines between rows. */
function readFocusSample(path: string): Record<string, string | null>[] {
  const [header, ...rows] = readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim() !== '');
  const columns = header!.split(',');
  return rows.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(columns.map((c, i) => [c, cells[i] === 'null' ? null : cells[i]!]));
  });
}

function toRow(r: Record<string, string | null>): CommitmentRow {
  const status = r.CommitmentDiscountStatus;
  return {
    commitmentDiscountId: r.CommitmentDiscountId ?? null,
    commitmentDiscountType: r.CommitmentDiscountType ?? null,
    commitmentDiscountStatus: status === 'Used' || status === 'Unused' ? status : null,
    chargeCategory: r.ChargeCategory!,
    pricingCategory: r.PricingCategory ?? null,
    billedCost: r.BilledCost!,
    effectiveCost: r.EffectiveCost!,
    listCost: r.ListCost!,
    contractedCost: r.ContractedCost ?? null,
    chargePeriodStart: r.ChargePeriodStart!,
  };
}

function row(over: Partial<CommitmentRow>): CommitmentRow {
  return {
    commitmentDiscountId: null,
    commitmentDiscountStatus: null,
    chargeCategory: 'Usage',
    pricingCategory: 'Standard',
    billedCost: '0',
    effectiveCost: '0',
    listCost: '0',
    contractedCost: null,
    chargePeriodStart: '2026-07-01T00:00:00Z',
    ...over,
  };
}

describe('commitment analytics on the FOCUS spec example (100 % utilisation, flexibility over 2 resources)', () => {
  const raw = readFocusSample(
    referenceFile('focus/focus-spec-example_commitment_discount_flexibility_2_resources.csv'),
  );
  const rows = raw.map(toRow);

  it('reads the three rows whose totals SOURCES.md states (BilledCost 2, EffectiveCost 2, ListCost 8)', () => {
    expect(rows).toHaveLength(3);
    expect([sumColumn(rows, 'billedCost'), sumColumn(rows, 'effectiveCost'), sumColumn(rows, 'listCost')]).toEqual([
      '2',
      '2',
      '8',
    ]);
  });

  it('finds the commitment fully used: the purchase (2) amortized over two used hours of effective cost 1 each', () => {
    const [c] = analyzeCommitments(rows).commitments;
    expect(c).toMatchObject({
      commitmentDiscountId: '<my-commitment-discount-id>',
      purchasedCost: '2',
      usedCost: '2',
      unusedCost: '0',
      commitmentCost: '2',
      utilizationPct: '100',
      onDemandEquivalent: '4',
      savingsVsList: '2',
      savingsVsContracted: null,
      netSavings: '2',
      roiPct: '100',
    });
  });

  it('covers all eligible usage: the file has no on-demand rows', () => {
    const report = analyzeCommitments(rows);
    expect([report.coveredOnDemandCost, report.uncoveredOnDemandCost, report.coveragePct]).toEqual(['4', '0', '100']);
  });
});

describe('commitment analytics, hand-checked', () => {
  const rows: CommitmentRow[] = [
    row({
      commitmentDiscountId: 'ri-1',
      commitmentDiscountType: 'Reserved Instance',
      chargeCategory: 'Purchase',
      billedCost: '720',
    }),
    row({
      commitmentDiscountId: 'ri-1',
      commitmentDiscountStatus: 'Used',
      pricingCategory: 'Committed',
      effectiveCost: '450',
      listCost: '750',
      contractedCost: '700',
    }),
    row({
      commitmentDiscountId: 'ri-1',
      commitmentDiscountStatus: 'Used',
      pricingCategory: 'Committed',
      effectiveCost: '90',
      listCost: '150',
      contractedCost: '140',
      chargePeriodStart: '2026-07-02T00:00:00Z',
    }),
    row({
      commitmentDiscountId: 'ri-1',
      commitmentDiscountStatus: 'Unused',
      pricingCategory: 'Committed',
      effectiveCost: '180',
    }),
    row({
      commitmentDiscountId: 'sp-1',
      commitmentDiscountType: 'Savings Plan',
      commitmentDiscountStatus: 'Used',
      pricingCategory: 'Committed',
      effectiveCost: '100',
      listCost: '130',
    }),
    row({ billedCost: '1000', effectiveCost: '1000', listCost: '1000' }),
    row({ billedCost: '70', effectiveCost: '70', listCost: '70' }),
    row({ pricingCategory: 'Dynamic', billedCost: '150', effectiveCost: '150', listCost: '500' }),
    row({ chargeCategory: 'Tax', billedCost: '99', effectiveCost: '99', listCost: '99' }),
  ];
  const terms = new Map([['ri-1', { start: '2026-01-01', end: '2027-01-01' }]]);
  const report = analyzeCommitments(rows, { terms });

  it('reports a reserved instance at 75 % utilisation: 540 used of 720, 180 unused', () => {
    expect(report.commitments[0]).toEqual({
      commitmentDiscountId: 'ri-1',
      commitmentDiscountType: 'Reserved Instance',
      purchasedCost: '720',
      usedCost: '540',
      unusedCost: '180',
      commitmentCost: '720',
      utilizationPct: '75',
      onDemandEquivalent: '900',
      savingsVsList: '360',
      savingsVsContracted: '300',
      netSavings: '180',
      roiPct: '25',
      // 2026-01-01 → 2026-07-02 is 182 of 365 days.
      termElapsedPct: '49.86',
    });
  });

  it('leaves savings vs contracted cost unknown when no ContractedCost was given', () => {
    expect(report.commitments[1]).toMatchObject({
      commitmentDiscountId: 'sp-1',
      utilizationPct: '100',
      savingsVsList: '30',
      savingsVsContracted: null,
      roiPct: '30',
      termElapsedPct: null,
    });
  });

  it('measures coverage in on-demand terms over eligible usage only (1030 of 2100 = 49.05 %)', () => {
    expect([report.coveredOnDemandCost, report.uncoveredOnDemandCost, report.coveragePct]).toEqual([
      '1030',
      '1070',
      '49.05',
    ]);
    const spotCounts = analyzeCommitments(rows, {
      isEligible: (r) => r.chargeCategory === 'Usage' && !r.commitmentDiscountId,
    });
    expect(spotCounts.uncoveredOnDemandCost).toBe('1570');
  });

  it('gives utilisation per commitment and month for a trend', () => {
    const august = row({
      commitmentDiscountId: 'ri-1',
      commitmentDiscountStatus: 'Unused',
      effectiveCost: '720',
      chargePeriodStart: '2026-08-01T00:00:00Z',
    });
    expect(
      utilizationByMonth([...rows, august]).map((m) => [
        m.commitmentDiscountId,
        m.month,
        m.usedCost,
        m.unusedCost,
        m.utilizationPct,
      ]),
    ).toEqual([
      ['ri-1', '2026-07', '540', '180', '75'],
      ['ri-1', '2026-08', '0', '720', '0'],
      ['sp-1', '2026-07', '100', '0', '100'],
    ]);
  });

  it('refuses an unparseable amount, naming the row and the FOCUS column', () => {
    const bad = [...rows.slice(0, 2), row({ effectiveCost: '1,5' })];
    try {
      analyzeCommitments(bad);
      throw new Error('accepted');
    } catch (e) {
      expect(e).toBeInstanceOf(EngineInputError);
      expect(e).toMatchObject({ item: 'row 3', field: 'EffectiveCost' });
    }
  });

  it('keeps net savings equal to on-demand value minus commitment cost, and utilisation within 0…100 (property)', () => {
    const cents = fc.bigInt({ min: 0n, max: 10n ** 9n }).map((c) => new D(c.toString()).div(100).toFixed());
    const usage = fc.record({ used: fc.boolean(), effective: cents, list: cents });
    fc.assert(
      fc.property(fc.array(usage, { minLength: 1, maxLength: 30 }), (us) => {
        const rs = us.map((u) =>
          row({
            commitmentDiscountId: 'c',
            commitmentDiscountStatus: u.used ? 'Used' : 'Unused',
            effectiveCost: u.effective,
            listCost: u.used ? u.list : '0',
          }),
        );
        const [c] = analyzeCommitments(rs).commitments;
        expect(new D(c!.netSavings).eq(new D(c!.onDemandEquivalent).minus(c!.commitmentCost))).toBe(true);
        if (c!.utilizationPct !== null) {
          expect(new D(c!.utilizationPct).gte(0) && new D(c!.utilizationPct).lte(100)).toBe(true);
        }
      }),
    );
  });
});
