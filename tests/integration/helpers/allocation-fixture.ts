import Decimal from 'decimal.js';
import type { ChannelInput } from '../../../src-shared/ipc/contract';
import { accountingWorkbook, type AccountingFixture } from './accounting-fixture';
import { seedActuals, seedAggregates } from '../../helpers/seed-aggregates';

/** Exact inputs of October 2026 (effective, billed, currency); the November one must be ignored. */
export const AGGREGATES = [
  {
    id: 'a1',
    service: 'AmazonEC2',
    tags: { team: 'CC-100' },
    currency: 'USD',
    effective: '100.123456789',
    billed: '90',
  },
  {
    id: 'a2',
    service: 'AmazonEC2',
    tags: { team: 'CC-200' },
    currency: 'USD',
    effective: '50.333333333',
    billed: '50',
  },
  { id: 'a3', service: 'AmazonS3', tags: { team: null }, currency: 'EUR', effective: '10.005', billed: '10' },
  { id: 'a4', service: 'Networking', provider: 'Azure', tags: {}, currency: 'USD', effective: '300', billed: '310' },
] as const;
export const EUR_USD = '1.1';
export const GL_EUR = '1000';

/** Rules as the screen would save them, in order (targets by node id). */
export function ruleDrafts(pool: string): ChannelInput<'allocation/save-rule'>[] {
  return [
    {
      name: 'Network to its service',
      source: { kind: 'match' as const, dims: { service: 'Networking' } },
      method: { kind: 'even' as const, targets: ['svc:NET'] },
      enabled: true,
      note: '',
    },
    {
      name: 'GL by headcount',
      source: { kind: 'pool' as const, pool },
      method: { kind: 'driver' as const, driver: 'HEADCOUNT' },
      enabled: true,
      note: '',
    },
    {
      name: 'Untagged remainder',
      source: { kind: 'untagged' as const, key: 'tag:team' },
      method: { kind: 'even' as const, targets: ['bu:FIN', 'bu:HR'] },
      enabled: true,
      note: '',
    },
    {
      name: 'Tagged AWS',
      source: { kind: 'match' as const, dims: { provider: 'AWS' } },
      method: { kind: 'direct' as const, key: 'tag:team', nodeKind: 'cc' as const },
      enabled: true,
      note: '',
    },
    {
      name: 'Network step-down',
      source: { kind: 'node' as const, node: 'svc:NET' },
      method: {
        kind: 'percent' as const,
        shares: [
          { target: 'bu:FIN', percent: '60' },
          { target: 'bu:HR', percent: '40' },
        ],
      },
      enabled: true,
      note: '',
    },
  ];
}

/** Base-currency amounts of the inputs, in the order the service reads them (billing by id, then GL). */
export function exactInputs(basis: 'effective' | 'billed'): { id: string; exact: Decimal }[] {
  return [
    ...AGGREGATES.map((a) => ({
      id: `bill:${a.id}`,
      exact: new Decimal(basis === 'effective' ? a.effective : a.billed).times(a.currency === 'EUR' ? EUR_USD : 1),
    })),
    { id: 'gl:act-oct', exact: new Decimal(GL_EUR).times(EUR_USD) },
  ];
}

/** The workbook: business units FIN/HR (INF from the basics), CC-200 in FIN, service NET, EUR rate, inputs. */
export async function allocationWorkbook(): Promise<AccountingFixture & { pool: string; driverId: string }> {
  const f = await accountingWorkbook('allocation.outlay');
  const { s, b } = f;
  const fin = await s.call('dimensions/save', { kind: 'department', row: { code: 'FIN', name: 'Finance', owner: '' } });
  await s.call('dimensions/save', { kind: 'department', row: { code: 'HR', name: 'People', owner: '' } });
  await s.call('dimensions/save', {
    kind: 'cost-center',
    row: { code: 'CC-200', name: 'Ledger', departmentId: fin.id, parentId: null, owner: '' },
  });
  await s.call('dimensions/save', {
    kind: 'service',
    row: { code: 'NET', name: 'Network', towerId: b.towerId, costPoolId: b.costPoolId, owner: '' },
  });
  await s.call('fx/save-rates', {
    rates: [{ from: 'EUR', to: 'USD', period: '2026-10', budgetRate: '1.2', actualRate: EUR_USD }],
  });
  seedAggregates(f.path, [
    ...AGGREGATES.map((a) => ({
      id: a.id,
      chargePeriod: '2026-10',
      provider: 'provider' in a ? a.provider : 'AWS',
      service: a.service,
      tags: a.tags,
      currency: a.currency,
      billedCost: a.billed,
      effectiveCost: a.effective,
    })),
    { id: 'a5', chargePeriod: '2026-11', service: 'AmazonEC2', billedCost: '999', effectiveCost: '999' },
  ]);
  seedActuals(f.path, [
    {
      id: 'act-oct',
      month: '2026-10',
      costCenterId: b.costCenterId,
      serviceId: b.serviceId,
      accountId: b.accountId,
      amount: GL_EUR,
      currency: 'EUR',
    },
  ]);
  const dims = await s.call('dimensions/get-all', {});
  const pool = dims.costPools.find((p) => p.id === b.costPoolId)!.code;
  const { id: driverId } = await s.call('allocation/save-driver', {
    code: 'HEADCOUNT',
    name: 'Headcount',
    unit: 'FTE',
  });
  await s.call('allocation/set-driver-values', {
    driverId,
    period: '',
    values: [
      { target: 'bu:FIN', quantity: '30' },
      { target: 'bu:HR', quantity: '10' },
      { target: 'bu:INF', quantity: '7' },
    ],
  });
  await s.call('allocation/set-driver-values', {
    driverId,
    period: '2026-10',
    values: [{ target: 'bu:HR', quantity: '13' }],
  });
  return { ...f, pool, driverId };
}
