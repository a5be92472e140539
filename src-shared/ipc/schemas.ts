import { z } from 'zod';
import { isCanonicalMoney } from '../money/money';
import { isMonthKey } from '../calendar/fiscal';

export const zId = z.string().min(1).max(64);
/** Money string at the boundary: canonical decimal, never a JS number. */
export const zMoney = z
  .string()
  .refine(isCanonicalMoney, { message: 'expected a canonical decimal string such as "1234.5"' });
export const zMonth = z.string().refine(isMonthKey, { message: 'expected a month "YYYY-MM"' });
export const zFiscalYear = z.number().int().min(1900).max(2200);
export const zCurrency = z.string().regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code such as "EUR"');
export const zExpenseType = z.enum(['CapEx', 'OpEx']);
/** Percentages and weights are decimal strings or numbers; never amounts. */
export const zRate = z.union([z.string().regex(/^-?\d+(\.\d+)?$/), z.number().finite()]);

export const zLineFields = z.object({
  costCenterId: zId,
  serviceId: zId,
  accountId: zId,
  vendorId: zId.nullable(),
  currency: zCurrency,
  expenseType: zExpenseType,
  description: z.string().max(500),
});

export const zSettingsPatch = z
  .object({
    name: z.string().min(1).max(200),
    baseCurrency: zCurrency,
    fyStartMonth: z.number().int().min(1).max(12),
    fiscalCalendar: z.literal('calendar-months'),
    userName: z.string().min(1).max(100),
  })
  .partial();

const base = { id: zId.optional(), code: z.string(), name: z.string().min(1).max(200) };
export const zDimensionRow = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('department'), row: z.object({ ...base, owner: z.string().max(200) }) }),
  z.object({
    kind: z.literal('cost-center'),
    row: z.object({ ...base, departmentId: zId, parentId: zId.nullable(), owner: z.string().max(200) }),
  }),
  z.object({
    kind: z.literal('service'),
    row: z.object({ ...base, towerId: zId, costPoolId: zId, owner: z.string().max(200) }),
  }),
  z.object({ kind: z.literal('account'), row: z.object({ ...base, expenseType: zExpenseType }) }),
  z.object({ kind: z.literal('vendor'), row: z.object(base) }),
]);
export const zDimensionKind = z.enum(['department', 'cost-center', 'service', 'account', 'vendor']);

export const zCell = z.object({ lineId: zId, month: zMonth, amount: zMoney });

export const zSpread = z.discriminatedUnion('method', [
  z.object({ method: z.literal('even'), annual: zMoney }),
  z.object({ method: z.literal('profile'), annual: zMoney, weights: z.array(zRate).length(12) }),
  z.object({ method: z.literal('previous-year'), growthPct: zRate }),
]);
