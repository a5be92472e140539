import type { DemoData } from '../../../src-main/demo/types';

/**
 * A literal, hand-checkable demo workbook: FY starting in April, two scenarios,
 * three lines (one in EUR), amounts in FY2026 (Apr 2025–Mar 2026) and FY2027, two actuals.
 */
export function smallDemo(): DemoData {
  const base = 'bbbbbbbb-0000-4000-8000-00000000000';
  const what = 'wwwwwwww-0000-4000-8000-00000000000';
  return {
    settings: {
      name: 'Small Co',
      baseCurrency: 'USD',
      fyStartMonth: 4,
      fiscalCalendar: 'calendar-months',
      userName: 'demo',
    },
    departments: [{ id: 'dep-1', code: 'INF', name: 'Infrastructure', owner: 'Ada' }],
    costCenters: [
      { id: 'cc-1', code: 'CC-100', name: 'Servers', departmentId: 'dep-1', parentId: null, owner: 'Ada' },
      { id: 'cc-2', code: 'CC-110', name: 'Storage', departmentId: 'dep-1', parentId: 'cc-1', owner: 'Bo' },
    ],
    services: [
      { id: 'svc-1', code: 'SVC-HOST', name: 'Hosting', towerCode: 'TW-COMP', costPoolCode: 'CP-HW', owner: 'Ada' },
    ],
    accounts: [
      { id: 'acc-1', code: '6100', name: 'Hardware maintenance', expenseType: 'OpEx' },
      { id: 'acc-2', code: '1700', name: 'Servers (capital)', expenseType: 'CapEx' },
    ],
    vendors: [{ id: 'ven-1', code: 'DELL', name: 'Dell Technologies' }],
    scenarios: [
      { id: 'sc-base', name: 'Baseline', kind: 'baseline', copiedFromId: null, createdAt: '2026-01-01T00:00:00.000Z' },
      {
        id: 'sc-what',
        name: 'Cloud shift',
        kind: 'what-if',
        copiedFromId: 'sc-base',
        createdAt: '2026-01-02T00:00:00.000Z',
      },
    ],
    budgetLines: [
      {
        id: `${base}1`,
        scenarioId: 'sc-base',
        costCenterId: 'cc-1',
        serviceId: 'svc-1',
        accountId: 'acc-1',
        vendorId: 'ven-1',
        currency: 'USD',
        expenseType: 'OpEx',
        description: 'Support contract',
        amounts: { '2025-04': '100.1', '2026-03': '0.2', '2026-04': '50' },
      },
      {
        id: `${base}2`,
        scenarioId: 'sc-base',
        costCenterId: 'cc-2',
        serviceId: 'svc-1',
        accountId: 'acc-2',
        vendorId: null,
        currency: 'EUR',
        expenseType: 'CapEx',
        description: 'Disk shelves',
        amounts: { '2025-06': '1000' },
      },
      {
        id: `${what}1`,
        scenarioId: 'sc-what',
        costCenterId: 'cc-1',
        serviceId: 'svc-1',
        accountId: 'acc-1',
        vendorId: 'ven-1',
        currency: 'USD',
        expenseType: 'OpEx',
        description: 'Support contract',
        amounts: { '2025-04': '80', '2025-05': '0' },
      },
    ],
    actuals: [
      {
        id: 'act-1',
        month: '2024-12',
        costCenterId: 'cc-1',
        serviceId: 'svc-1',
        accountId: 'acc-1',
        vendorId: 'ven-1',
        amount: '99.99',
        currency: 'USD',
        source: 'GL',
        reference: 'INV-1',
      },
      {
        id: 'act-2',
        month: '2025-04',
        costCenterId: 'cc-1',
        serviceId: 'svc-1',
        accountId: 'acc-1',
        vendorId: null,
        amount: '-5',
        currency: 'USD',
        source: 'GL',
        reference: 'CR-1',
      },
    ],
  };
}
