import { randomUUID } from 'node:crypto';
import { AppError } from '../../src-shared/ipc/errors';
import { zEscalationRule } from '../../src-shared/ipc/accounting-schemas';
import { ASSET_CLASS_IDS, type AssetEventRecord } from '../../src-shared/model';
import { D, isCanonicalMoney, toMoney } from '../../src-shared/money';
import { checkCodeFormat } from '../../src-shared/validation/codes';
import type { RowWriter } from '../db/row-writer';
import type { DemoData } from '../demo/types';
import { defaultCapitalizationPolicy } from '../engine/capitalization';
import { assetEventRow, assetRow } from '../repo/assets-repo';
import { policyRow } from '../repo/capitalization-repo';
import { contractRow } from '../repo/contracts-repo';
import { costItemRow } from '../repo/cost-items-repo';
import { fxRateRow } from '../repo/fx-repo';

const bad = (message: string) => new AppError('validation', message);
/** "1.0800" → "1.08", as fx/save-rates stores rates. */
const canonicalRate = (rate: string) => toMoney(new D(rate));

function checkCode(what: string, code: string): void {
  const p = checkCodeFormat(code, `${what} code`);
  if (p) throw bad(p.message);
}

function checkAmount(amount: string, where: string): void {
  if (!isCanonicalMoney(amount)) throw bad(`${where}: "${amount}" is not a canonical decimal amount.`);
}

/**
 * Write the accounting part of generated demo data as seedWorkbook writes the rest:
 * directly, inside its transaction, untracked. The demo's capitalization policy is stored
 * for the classes where it differs from the default; assets keep the classification the
 * generator made; invoices of contracts carry the contract's dimension links.
 * `baseMinorUnits`: decimals of the base currency (for the default policy).
 */
export function seedAccounting(w: RowWriter, demo: DemoData, baseMinorUnits: number): void {
  const policy = demo.capitalizationPolicy;
  if (policy) {
    const defaults = defaultCapitalizationPolicy(demo.settings.baseCurrency, baseMinorUnits);
    for (const cls of ASSET_CLASS_IDS) {
      const p = policy.classes[cls];
      if (JSON.stringify(p) === JSON.stringify(defaults.classes[cls])) continue;
      w.insert(
        'capitalization_policies',
        policyRow({ ...p, decliningBalancePercent: p.decliningBalancePercent ?? null }),
      );
    }
  }
  for (const a of demo.assets ?? []) {
    checkCode('Asset', a.code);
    checkAmount(a.cost, `Asset ${a.code} cost`);
    checkAmount(a.salvage, `Asset ${a.code} salvage`);
    w.insert(
      'assets',
      assetRow({
        id: a.id,
        code: a.code,
        name: a.name,
        description: '',
        assetClass: a.assetClass,
        expenseType: a.expenseType,
        classificationRule: a.capitalizationRule,
        cost: a.cost,
        salvage: a.salvage,
        currency: a.currency,
        quantity: a.quantity,
        bundleTotal: null,
        inServiceDate: a.inServiceDate,
        usefulLifeMonths: a.usefulLifeMonths,
        method: a.method,
        convention: a.convention,
        decliningBalancePercent: a.decliningBalancePercent ?? null,
        totalUnits: a.totalUnits ?? null,
        unitsByPeriod: { ...a.unitsByPeriod },
        unitsLabel: a.unitsLabel ?? '',
        costCenterId: a.costCenterId,
        serviceId: a.serviceId,
        accountId: a.accountId,
        vendorId: a.vendorId,
      }),
    );
    for (const e of a.events ?? []) {
      const record: AssetEventRecord = {
        id: randomUUID(),
        assetId: a.id,
        kind: e.kind,
        date: e.date,
        amount: e.kind === 'impairment' ? e.amount : null,
        usefulLifeMonths: e.kind === 'life-change' ? (e.usefulLifeMonths ?? null) : null,
        remainingLifeMonths: e.kind === 'life-change' ? (e.remainingLifeMonths ?? null) : null,
        salvage: e.kind === 'life-change' ? (e.salvage ?? null) : null,
        note: '',
      };
      w.insert('asset_events', assetEventRow(record));
    }
  }
  const contracts = new Map((demo.contracts ?? []).map((c) => [c.id, c]));
  for (const c of contracts.values()) {
    checkCode('Contract', c.code);
    checkAmount(c.baseAmount, `Contract ${c.code} base amount`);
    w.insert(
      'contracts',
      contractRow({
        id: c.id,
        code: c.code,
        name: c.name,
        description: '',
        costCenterId: c.costCenterId,
        serviceId: c.serviceId,
        accountId: c.accountId,
        vendorId: c.vendorId,
        currency: c.currency,
        expenseType: c.expenseType,
        baseAmount: c.baseAmount,
        billing: c.billing,
        start: c.start,
        end: c.end,
        // The stored rule is the boundary schema's: a rule it refuses must not be seeded.
        escalation: zEscalationRule.parse(c.escalation),
        renewal: c.renewal ? { ...c.renewal } : null,
        paymentTerms: c.paymentTerms,
        invoiceTiming: c.invoiceTiming,
        prepaid: c.prepaid,
      }),
    );
  }
  for (const i of demo.costItems ?? []) {
    const c = contracts.get(i.contractId);
    if (!c) throw bad(`Cost item ${i.reference} names an unknown contract "${i.contractId}".`);
    if (i.paymentSchedule) throw bad(`Cost item ${i.reference}: payment schedules are not stored.`);
    checkAmount(i.amount, `Cost item ${i.reference}`);
    w.insert(
      'cost_items',
      costItemRow({
        id: i.id,
        description: i.description ?? '',
        reference: i.reference,
        amount: i.amount,
        currency: i.currency,
        expenseType: i.expenseType,
        invoiceDate: i.invoiceDate,
        paymentDate: i.paymentDate ?? null,
        paymentTerms: i.paymentTerms ?? null,
        serviceStart: i.servicePeriod.start,
        serviceEnd: i.servicePeriod.end,
        contractId: c.id,
        costCenterId: c.costCenterId,
        serviceId: c.serviceId,
        accountId: c.accountId,
        vendorId: c.vendorId,
      }),
    );
  }
  for (const r of demo.fxRates ?? []) {
    w.insert(
      'fx_rates',
      fxRateRow({
        from: r.from,
        to: r.to,
        period: r.period,
        budgetRate: canonicalRate(r.budgetRate),
        actualRate: r.actualRate === undefined ? null : canonicalRate(r.actualRate),
      }),
    );
  }
}
