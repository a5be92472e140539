import type { FiscalCalendarSpec } from '../../src-shared/calendar/calendar-types';
import { createFiscalCalendar } from '../../src-shared/calendar/fiscal-calendar';
import type { Handlers } from '../../src-shared/ipc/contract';
import { ASSET_CLASS_IDS, type CapitalizationPolicyEntry } from '../../src-shared/model';
import { validatePolicy } from '../engine/capitalization';
import {
  accountingSettingsRow,
  hasAccountingSettingsRow,
  readAccountingSettings,
} from '../repo/accounting-settings-repo';
import { policyRow } from '../repo/capitalization-repo';
import { readSettings } from '../repo/settings-repo';
import { loadAccountingEnv } from './accounting-env';
import { runCommand } from './command';
import { recomputeDriverLines } from './driver-costs';
import type { WorkbookContext } from './context';
import { engineCall } from './engine-input';
import { regenerateFiscalPeriods } from './periods';

type SettingsHandlers = Pick<
  Handlers,
  | 'accounting/get-settings'
  | 'accounting/save-settings'
  | 'capitalization/list-policies'
  | 'capitalization/save-policy'
  | 'capitalization/reset-policy'
>;

/**
 * The first calendar month of a fiscal year under a calendar: its start month, or for a
 * retail year the month after its nominal end month (a year ending late January starts in
 * February), so budget months and accounting periods name the same fiscal years.
 */
function budgetStartMonth(calendar: FiscalCalendarSpec): number {
  return calendar.kind === 'calendar-months' ? calendar.startMonth : (calendar.endMonth % 12) + 1;
}

/** Workbook accounting settings (calendar, rounding, accrual policy) and the capitalization policy. */
export function accountingSettingsHandlers(ctx: WorkbookContext): SettingsHandlers {
  const current = () => readAccountingSettings(ctx.db, readSettings(ctx.orm).fyStartMonth);

  return {
    'accounting/get-settings': () => current(),

    'accounting/save-settings': ({ patch }) => {
      const settings = readSettings(ctx.orm);
      const before = current();
      const next = { ...before, ...patch };
      engineCall(() => createFiscalCalendar(next.calendar), 'patch.calendar');
      const startMonth = budgetStartMonth(next.calendar);
      const { seq } = runCommand(
        ctx,
        { command: 'accounting/save-settings', label: 'Change accounting settings', payload: { patch } },
        (tx) => {
          const row = accountingSettingsRow(next);
          if (hasAccountingSettingsRow(ctx.db)) tx.update('accounting_settings', { id: 1 }, row);
          else tx.insert('accounting_settings', row);
          if (startMonth !== settings.fyStartMonth) {
            tx.update('settings', { id: 1 }, { fy_start_month: startMonth });
            regenerateFiscalPeriods(ctx.db, tx, startMonth);
          }
          // Driver-costed lines round with the workbook's mode over its periods.
          if (next.roundingMode !== before.roundingMode || startMonth !== settings.fyStartMonth) {
            recomputeDriverLines(ctx, tx, {});
          }
        },
      );
      return { seq, settings: current() };
    },

    'capitalization/list-policies': () => {
      const env = loadAccountingEnv(ctx);
      return ASSET_CLASS_IDS.map((cls): CapitalizationPolicyEntry => {
        const p = env.policy.classes[cls];
        return {
          assetClass: cls,
          label: p.label,
          treatment: p.treatment,
          threshold: p.threshold,
          thresholdBasis: p.thresholdBasis,
          usefulLifeMonths: p.usefulLifeMonths,
          method: p.method,
          convention: p.convention,
          decliningBalancePercent: p.decliningBalancePercent ?? null,
          isDefault: !env.customClasses.has(cls),
        };
      });
    },

    'capitalization/save-policy': ({ policy }) => {
      const env = loadAccountingEnv(ctx);
      const { decliningBalancePercent, ...rule } = policy;
      const merged = {
        ...env.policy,
        classes: {
          ...env.policy.classes,
          [policy.assetClass]: decliningBalancePercent === null ? rule : { ...rule, decliningBalancePercent },
        },
      };
      engineCall(() => validatePolicy(merged));
      const label = `Change the capitalization rule for ${policy.label}`;
      const { seq } = runCommand(ctx, { command: 'capitalization/save-policy', label, payload: { policy } }, (tx) => {
        const key = { asset_class: policy.assetClass };
        if (tx.get('capitalization_policies', key)) tx.update('capitalization_policies', key, policyRow(policy));
        else tx.insert('capitalization_policies', policyRow(policy));
      });
      return { seq };
    },

    'capitalization/reset-policy': ({ assetClass }) => {
      const label = `Reset the capitalization rule for ${assetClass} to the default`;
      const { seq } = runCommand(
        ctx,
        { command: 'capitalization/reset-policy', label, payload: { assetClass } },
        (tx) => void tx.delete('capitalization_policies', { asset_class: assetClass }),
      );
      return { seq };
    },
  };
}
