import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { Driver, DriverAssumption, DriverLineModel } from '../../src-shared/model/drivers';
import { checkLineModel } from '../engine/drivers';
import {
  assumptionRow,
  assumptionsOfDriver,
  driverRow,
  driverValueRow,
  driverValues,
  findAssumption,
  findLineModel,
  lineModelRow,
  listDrivers,
  modelsOfLines,
} from '../repo/drivers-repo';
import { findScenario } from '../repo/scenarios-repo';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { recomputeDriverLines } from './driver-costs';
import { checkDriverCode, checkForecastMethod, checkGrowth, checkQuantity, requireDriver } from './driver-validate';
import { driversView } from './driver-view';
import { engineCall } from './engine-input';
import { newId } from './ids';

type DriverChannels =
  | 'drivers/list'
  | 'drivers/save'
  | 'drivers/delete'
  | 'drivers/set-values'
  | 'drivers/save-assumption'
  | 'drivers/delete-assumption'
  | 'drivers/attach-line'
  | 'drivers/detach-line'
  | 'drivers/view';
type SliceHandlers = Pick<Handlers, DriverChannels>;

/** The channels of drivers, growth assumptions and driver-based lines. */
export function driverHandlers(ctx: WorkbookContext): SliceHandlers {
  const requireScenario = (id: string) => {
    const s = findScenario(ctx.orm, id);
    if (!s)
      throw new AppError('validation', `scenarioId: there is no scenario with id "${id}".`, { field: 'scenarioId' });
    return s;
  };
  const requireAssumption = (id: string): DriverAssumption => {
    const a = findAssumption(ctx.db, id);
    if (!a) throw new AppError('not-found', `There is no growth assumption with id "${id}".`, { field: 'id', id });
    return a;
  };

  return {
    'drivers/list': () => listDrivers(ctx.db),

    'drivers/save': (args) => {
      const existing = args.id === undefined ? undefined : requireDriver(ctx.db, args.id, 'id');
      checkDriverCode(ctx.db, args.code, existing?.id ?? null);
      checkForecastMethod(args.forecastMethod);
      const driver: Driver = {
        id: existing?.id ?? newId(),
        code: args.code,
        name: args.name,
        unit: args.unit,
        description: args.description,
        forecastMethod: args.forecastMethod,
        createdAt: existing?.createdAt ?? ctx.now().toISOString(),
      };
      const label = existing ? `Edit driver ${driver.code}` : `Add driver ${driver.code}`;
      const { seq } = runCommand(ctx, { command: 'drivers/save', label, payload: args }, (tx) => {
        if (existing) tx.update('drivers', { id: driver.id }, driverRow(driver));
        else tx.insert('drivers', driverRow(driver));
        // A new forecast method changes the forecast months of every line costed from it.
        if (existing) recomputeDriverLines(ctx, tx, { driverId: driver.id });
      });
      return { seq, id: driver.id };
    },

    'drivers/delete': ({ id }) => {
      const d = requireDriver(ctx.db, id, 'id');
      const used = modelsOfLines(ctx.db, { driverId: id });
      if (used.length > 0) {
        const names = used.slice(0, 3).map((u) => `"${u.description || u.model.lineId}"`);
        throw new AppError(
          'validation',
          `Driver ${d.code} costs ${used.length} budget line(s) (${names.join(', ')}); detach them first.`,
          { field: 'id', lines: used.map((u) => u.model.lineId) },
        );
      }
      const label = `Delete driver ${d.code}`;
      const { seq } = runCommand(ctx, { command: 'drivers/delete', label, payload: { id } }, (tx) => {
        tx.deleteRows('driver_values', ['driver_id'], [[id]]);
        for (const a of assumptionsOfDriver(ctx.db, id)) tx.delete('driver_assumptions', { id: a.id });
        tx.delete('drivers', { id });
      });
      return { seq };
    },

    'drivers/set-values': ({ driverId, kind, values }) => {
      const d = requireDriver(ctx.db, driverId);
      const have = new Map(driverValues(ctx.db, [driverId]).map((v) => [v.month, v]));
      const wanted = values.map((v, i) => ({
        month: v.month,
        value: v.value === null || v.value.trim() === '' ? null : checkQuantity(d, v.month, v.value, i),
        index: i,
      }));
      for (const w of wanted) {
        if (kind === 'plan' && w.value !== null && have.get(w.month)?.kind === 'actual') {
          throw new AppError(
            'validation',
            `Driver ${d.code}, ${w.month}: the month has an actual value; a plan is for a month without one.`,
            { field: `values[${w.index}].value`, month: w.month },
          );
        }
      }
      const label = `Set ${values.length} ${kind} value(s) of driver ${d.code}`;
      const { seq, result } = runCommand(
        ctx,
        { command: 'drivers/set-values', label, payload: { driverId, kind, values } },
        (tx) => {
          let changed = 0;
          for (const w of wanted) {
            const was = have.get(w.month);
            const key = { driver_id: driverId, month: w.month };
            if (w.value === null) {
              if (was?.kind === kind && tx.delete('driver_values', key)) changed++;
            } else if (!was) {
              tx.insert('driver_values', driverValueRow({ driverId, month: w.month, kind, value: w.value }));
              changed++;
            } else if (was.kind !== kind || was.value !== w.value) {
              tx.update('driver_values', key, { kind, value: w.value });
              changed++;
            }
          }
          if (changed > 0) recomputeDriverLines(ctx, tx, { driverId });
          return changed;
        },
      );
      return { seq, changed: result };
    },

    'drivers/save-assumption': (args) => {
      const existing = args.id === undefined ? undefined : requireAssumption(args.id);
      const scenario = requireScenario(args.scenarioId);
      const d = requireDriver(ctx.db, args.driverId);
      const a: DriverAssumption = {
        id: existing?.id ?? newId(),
        scenarioId: scenario.id,
        driverId: d.id,
        fromMonth: args.fromMonth,
        annualGrowth: checkGrowth(args.annualGrowth),
        note: args.note,
      };
      const what = `${a.annualGrowth}%/yr on ${d.code} from ${a.fromMonth} in "${scenario.name}"`;
      const label = existing ? `Edit growth assumption ${what}` : `Add growth assumption ${what}`;
      const scenarios = [...new Set([a.scenarioId, existing?.scenarioId ?? a.scenarioId])];
      const { seq } = runCommand(ctx, { command: 'drivers/save-assumption', label, payload: args }, (tx) => {
        if (existing) tx.update('driver_assumptions', { id: a.id }, assumptionRow(a));
        else tx.insert('driver_assumptions', assumptionRow(a));
        recomputeDriverLines(ctx, tx, { scenarioIds: scenarios });
      });
      return { seq, id: a.id };
    },

    'drivers/delete-assumption': ({ id }) => {
      const a = requireAssumption(id);
      const label = `Delete growth assumption ${a.annualGrowth}%/yr from ${a.fromMonth}`;
      const { seq } = runCommand(ctx, { command: 'drivers/delete-assumption', label, payload: { id } }, (tx) => {
        tx.delete('driver_assumptions', { id });
        recomputeDriverLines(ctx, tx, { scenarioIds: [a.scenarioId] });
      });
      return { seq };
    },

    'drivers/attach-line': ({ model }) => {
      const [line] = ctx.budget.linesByIds([model.lineId]);
      if (!line) {
        throw new AppError('validation', `lineId: there is no budget line with id "${model.lineId}".`, {
          field: 'lineId',
        });
      }
      requireDriver(ctx.db, model.driverId);
      const minor = ctx.budget.lineCurrencies([line.id]).get(line.id)!.minorUnits;
      const m: DriverLineModel = { ...model };
      const name = line.description ? `"${line.description}"` : line.id;
      engineCall(() => checkLineModel({ ...m, line: name }, minor));
      const existing = findLineModel(ctx.db, line.id);
      const label = `${existing ? 'Edit' : 'Attach'} driver model of line ${name}`;
      const { seq } = runCommand(ctx, { command: 'drivers/attach-line', label, payload: { model } }, (tx) => {
        if (existing) tx.update('driver_line_models', { line_id: line.id }, lineModelRow(m));
        else tx.insert('driver_line_models', lineModelRow(m));
        recomputeDriverLines(ctx, tx, { lineIds: [line.id], scenarioIds: [line.scenario_id] });
      });
      return { seq };
    },

    'drivers/detach-line': ({ lineId }) => {
      if (!findLineModel(ctx.db, lineId)) {
        throw new AppError('not-found', `Budget line "${lineId}" is not costed from a driver.`, { field: 'lineId' });
      }
      const { seq } = runCommand(
        ctx,
        { command: 'drivers/detach-line', label: 'Detach driver model from a line', payload: { lineId } },
        (tx) => void tx.delete('driver_line_models', { line_id: lineId }),
      );
      return { seq };
    },

    'drivers/view': ({ scenarioId, fiscalYear }) => driversView(ctx, scenarioId, fiscalYear),
  };
}
