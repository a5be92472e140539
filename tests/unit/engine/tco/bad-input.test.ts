import { describe, expect, it } from 'vitest';
import { EngineInputError } from '../../../../src-main/engine/errors';
import { computeTco, type TcoModel } from '../../../../src-main/engine/tco';
import { baseModel, cloud, dataCenter } from './fixtures';

function refusal(model: TcoModel): EngineInputError {
  try {
    computeTco(model);
  } catch (e) {
    if (e instanceof EngineInputError) return e;
    throw e;
  }
  throw new Error('the model was accepted');
}

const dc = dataCenter();
const hw = dc.hardware[0]!;

describe('bad input is refused with a message naming the item and the field', () => {
  it.each([
    ['a horizon of 2 years', baseModel([cloud()], { years: 2 }), 'model', 'years', 'model: years 2 is outside 3…10'],
    ['a horizon of 11 years', baseModel([cloud()], { years: 11 }), 'model', 'years', 'model: years 11 is outside 3…10'],
    [
      'a discount rate of −100 %',
      baseModel([cloud()], { discountRatePercent: '-100' }),
      'model',
      'discountRatePercent',
      'model: discountRatePercent -100 must be above -100 %',
    ],
    [
      'a start month that is not one',
      baseModel([cloud()], { startMonth: '2026-13' }),
      'model',
      'startMonth',
      'model: startMonth "2026-13" is not a month ("YYYY-MM")',
    ],
    [
      'negative demand',
      baseModel([cloud()], {
        demand: { vms: { start: '-400', growthPercent: '10' }, storageTb: { start: '1', growthPercent: '0' } },
      }),
      'demand',
      'vms.start',
      'demand: vms.start -400 is below 0',
    ],
    [
      'a reserved coverage above 100 %',
      baseModel([
        cloud({ compute: { pricePerVmMonth: '100', reservedCoveragePercent: '120', reservedDiscountPercent: '30' } }),
      ]),
      'cloud',
      'compute.reservedCoveragePercent',
      'cloud: compute.reservedCoveragePercent 120 is above 100 %',
    ],
    [
      'an amount written with a thousands separator',
      baseModel([dataCenter({ hardware: [{ ...hw, unitCost: '12,000' }] })]),
      'dc',
      'hardware[0].unitCost',
      'dc: hardware[0].unitCost "12,000" is not a number (expected a decimal string)',
    ],
    [
      'a server that hosts no VMs',
      baseModel([dataCenter({ hardware: [{ ...hw, capacityPerUnit: '0' }] })]),
      'dc',
      'hardware[0].capacityPerUnit',
      'dc: hardware[0].capacityPerUnit 0 must be above 0',
    ],
    [
      'a PUE below 1',
      baseModel([dataCenter({ facility: { ...dc.facility, pue: '0.9' } })]),
      'dc',
      'facility.pue',
      'dc: facility.pue 0.9 is below 1',
    ],
    [
      'a one-off cost after the horizon',
      baseModel([cloud({ oneOffs: [{ name: 'Exit', amount: '1', month: 37 }] })]),
      'cloud',
      'oneOffs[0].month',
      'cloud: oneOffs[0].month 37 is outside 1…36',
    ],
    [
      'a driver the model has no demand for',
      baseModel([dataCenter({ hardware: [{ ...hw, driver: 'users' }] })]),
      'dc',
      'hardware[0].driver',
      'dc: hardware[0].driver needs demand.users, which the model does not have',
    ],
    [
      'an amount in a currency without a rate',
      baseModel([cloud({ storage: { pricePerTbMonth: { amount: '20', currency: 'EUR' } } })]),
      'cloud',
      'storage.pricePerTbMonth',
      'cloud: storage.pricePerTbMonth is in EUR, and there is no EUR→USD rate for 2026-01',
    ],
    [
      'two alternatives with one id',
      baseModel([cloud(), cloud()]),
      'cloud',
      'id',
      'cloud: id "cloud" is used by two alternatives',
    ],
  ])('%s', (_what, model, item, field, message) => {
    const e = refusal(model);
    expect(e.item).toBe(item);
    expect(e.field).toBe(field);
    expect(e.message).toBe(message);
  });

  it('names the tier of a SaaS subscription whose thresholds go down', () => {
    const e = refusal(
      baseModel(
        [
          {
            id: 'saas',
            name: 'SaaS',
            kind: 'saas',
            subscription: {
              tiers: [
                { fromUsers: '0', pricePerUserMonth: '10' },
                { fromUsers: '500', pricePerUserMonth: '9' },
                { fromUsers: '200', pricePerUserMonth: '8' },
              ],
            },
            goLiveMonth: 1,
            dualRunningMonths: 0,
          },
        ],
        { demand: { users: { start: '100', growthPercent: '0' } } },
      ),
    );
    expect([e.item, e.field]).toEqual(['saas', 'subscription.tiers[2].fromUsers']);
    expect(e.message).toBe('saas: subscription.tiers[2].fromUsers 200 must be above the tier before (500)');
  });

  it('names a dual-running period that runs the legacy system past the horizon', () => {
    const { id: _id, name: _name, ...legacy } = dataCenter();
    const e = refusal(
      baseModel(
        [
          {
            id: 'saas',
            name: 'SaaS',
            kind: 'saas',
            subscription: { tiers: [{ fromUsers: '0', pricePerUserMonth: '10' }] },
            goLiveMonth: 30,
            dualRunningMonths: 12,
            legacy,
          },
        ],
        {
          demand: { users: { start: '100', growthPercent: '0' }, vms: { start: '40', growthPercent: '0' } },
        },
      ),
    );
    expect([e.item, e.field]).toEqual(['saas', 'dualRunningMonths']);
    expect(e.message).toBe('saas: dualRunningMonths 12 runs the legacy system past the horizon (month 36)');
  });
});
