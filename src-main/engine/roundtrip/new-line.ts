import type { NewLine } from '../../../src-shared/ipc/import-changes-contract';
import type { ExpenseType } from '../../../src-shared/model';
import { sumMoney, type Money } from '../../../src-shared/money';
import { cellAmount } from './amounts';
import type { ColumnPlace, ExportedFile, FileRow } from './types';

/** The workbook's codes (case-insensitive keys, upper-cased) and what they stand for. */
export interface Codes {
  costCenters: ReadonlyMap<string, string>;
  services: ReadonlyMap<string, string>;
  accounts: ReadonlyMap<string, { id: string; expenseType: ExpenseType }>;
  vendors: ReadonlyMap<string, string>;
  /** Currency code → minor units. */
  currencies: ReadonlyMap<string, number>;
}

type Problem = { col: ColumnPlace | undefined; why: string };

/**
 * The code a dimension cell names: the cell itself ("CC-100"), or its first word when the
 * export (or the user) wrote "CC-100 · Servers" or "CC-100 - Servers".
 */
function lookup<T>(map: ReadonlyMap<string, T>, text: string): T | undefined {
  const exact = map.get(text.toUpperCase());
  if (exact !== undefined) return exact;
  const first = /^(\S+)\s+[·\-–—:|]\s+/.exec(text);
  return first ? map.get(first[1]!.toUpperCase()) : undefined;
}

/**
 * A row added in Excel as a new line: cost center, service and account must name existing
 * codes, the vendor one when given; currency defaults to the base currency and CapEx/OpEx
 * to the account's. Each unknown code or bad amount is a problem naming its column.
 */
export function newLineOf(
  row: FileRow,
  file: ExportedFile,
  codes: Codes,
  baseCurrency: string,
): { line: NewLine } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const cols = file.columns;
  const need = <T>(map: ReadonlyMap<string, T>, text: string, col: ColumnPlace | undefined, what: string) => {
    if (!col) {
      problems.push({ col, why: `the ${what} column is missing, so a row without a Line ID cannot become a line` });
      return undefined;
    }
    if (text === '') {
      problems.push({ col, why: `a new line needs a ${what} code` });
      return undefined;
    }
    const hit = lookup(map, text);
    if (hit === undefined) problems.push({ col, why: `"${text}" is not a ${what} code of this workbook` });
    return hit;
  };
  const costCenterId = need(codes.costCenters, row.costCenter, cols.costCenter, 'cost center');
  const serviceId = need(codes.services, row.service, cols.service, 'service');
  const account = need(codes.accounts, row.account, cols.account, 'account');
  let vendorId: string | null = null;
  if (row.vendor !== '') {
    vendorId = lookup(codes.vendors, row.vendor) ?? null;
    if (vendorId === null)
      problems.push({ col: cols.vendor, why: `"${row.vendor}" is not a vendor code of this workbook` });
  }
  const currency = row.currency === '' ? baseCurrency : row.currency.toUpperCase();
  const minorUnits = codes.currencies.get(currency);
  if (minorUnits === undefined) {
    problems.push({ col: cols.currency, why: `"${row.currency}" is not a currency of this workbook` });
  }
  let expenseType: ExpenseType | undefined = account?.expenseType;
  if (row.expenseType !== '') {
    const t = row.expenseType.toLowerCase();
    expenseType = t === 'capex' ? 'CapEx' : t === 'opex' ? 'OpEx' : undefined;
    if (!expenseType) problems.push({ col: cols.expenseType, why: `"${row.expenseType}" is neither CapEx nor OpEx` });
  }
  const amounts: Money[] = [];
  row.months.forEach((cell, i) => {
    // An unknown currency is already reported; its amounts are still checked for being numbers.
    const a = cellAmount(cell, currency, minorUnits ?? Number.MAX_SAFE_INTEGER);
    if ('amount' in a) amounts.push(a.amount);
    else problems.push({ col: file.monthColumns[i], why: a.why });
  });
  if (problems.length > 0 || !costCenterId || !serviceId || !account || !expenseType) return { problems };
  const label = [row.costCenter, row.service, row.account, ...(row.vendor ? [row.vendor] : [])].join(' · ');
  return {
    line: {
      key: `row:${row.row}`,
      fields: {
        costCenterId,
        serviceId,
        accountId: account.id,
        vendorId,
        currency,
        expenseType,
        description: row.description,
      },
      label: row.description ? `${label} — ${row.description}` : label,
      amounts,
      total: sumMoney(amounts),
      place: { sheet: file.sheet, row: row.row },
    },
  };
}
