import { modelsRetiringAsset } from '../repo/tco-repo';
import type { Handlers } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { Asset, AssetEventRecord } from '../../src-shared/model';
import { formatMoney } from '../../src-shared/money';
import { assetCodes, assetEventRow, assetRow, findAsset, findAssetEvent, listAssets } from '../repo/assets-repo';
import { loadAccountingEnv, minorUnitsOf } from './accounting-env';
import { checkCode, checkScale, requireLinks } from './accounting-validate';
import { assetPositions } from './asset-positions';
import { assetSchedule, classifyAsset, ruleText } from './asset-schedule';
import { runCommand } from './command';
import type { WorkbookContext } from './context';
import { newId } from './ids';

type AssetHandlers = Pick<
  Handlers,
  | 'assets/list'
  | 'assets/list-positions'
  | 'assets/save'
  | 'assets/delete'
  | 'assets/add-event'
  | 'assets/delete-event'
  | 'assets/get-schedule'
>;
type SaveArgs = Parameters<Handlers['assets/save']>[0];
type EventArgs = Parameters<Handlers['assets/add-event']>[0]['event'];

function eventLabel(a: Asset, e: EventArgs, minorUnits: number): string {
  switch (e.kind) {
    case 'disposal':
      return `Dispose of asset ${a.code} on ${e.date}`;
    case 'impairment':
      return `Impair asset ${a.code} by ${formatMoney(e.amount, minorUnits)} on ${e.date}`;
    case 'life-change':
      return `Change the useful life of asset ${a.code} from ${e.date}`;
  }
}

/** Assets: saved with their capitalization decision, events, and depreciation schedules. */
export function assetHandlers(ctx: WorkbookContext): AssetHandlers {
  const requireAsset = (id: string): Asset => {
    const a = findAsset(ctx.db, id);
    if (!a) throw new AppError('not-found', `There is no asset with id "${id}".`, { id });
    return a;
  };

  return {
    'assets/list': () => listAssets(ctx.db),
    'assets/list-positions': ({ fiscalYear }) => assetPositions(loadAccountingEnv(ctx), listAssets(ctx.db), fiscalYear),

    'assets/save': (args: SaveArgs) => {
      const existing = args.id ? requireAsset(args.id) : undefined;
      const id = args.id ?? newId();
      checkCode(args.code, assetCodes(ctx.db), id, 'Asset');
      const item = `asset ${args.code}`;
      const env = loadAccountingEnv(ctx);
      const mu = minorUnitsOf(env, args.currency, 'currency', item);
      checkScale(args.cost, args.currency, mu, item, 'cost');
      checkScale(args.salvage, args.currency, mu, item, 'salvage');
      requireLinks(ctx, args);
      const c = classifyAsset(env, args);
      // Without entered values the class's policy decides how the asset depreciates.
      const rule = env.policy.classes[args.assetClass];
      const usefulLifeMonths = args.usefulLifeMonths ?? rule.usefulLifeMonths;
      const method = args.method ?? rule.method;
      const decliningBalancePercent =
        args.decliningBalancePercent !== undefined
          ? args.decliningBalancePercent
          : args.method === undefined
            ? (rule.decliningBalancePercent ?? null)
            : null;
      const asset: Asset = {
        id,
        code: args.code,
        name: args.name,
        description: args.description,
        assetClass: args.assetClass,
        expenseType: c.expenseType,
        classificationRule: '',
        cost: args.cost,
        salvage: args.salvage,
        currency: args.currency,
        quantity: args.quantity,
        bundleTotal: args.bundleTotal,
        inServiceDate: args.inServiceDate,
        usefulLifeMonths,
        method,
        convention: args.convention ?? rule.convention,
        decliningBalancePercent,
        totalUnits: args.totalUnits,
        unitsByPeriod: args.unitsByPeriod,
        unitsLabel: args.unitsLabel,
        costCenterId: args.costCenterId,
        serviceId: args.serviceId,
        accountId: args.accountId,
        vendorId: args.vendorId,
        events: existing?.events ?? [],
      };
      asset.classificationRule = ruleText(c, asset);
      // The schedule is the full check of the asset and its events; it must compute.
      assetSchedule(env, asset);
      const label = `${existing ? 'Edit' : 'Add'} asset ${args.code}`;
      const { seq } = runCommand(ctx, { command: 'assets/save', label, payload: args }, (tx) => {
        if (existing) tx.update('assets', { id }, assetRow(asset));
        else tx.insert('assets', assetRow(asset));
      });
      return { seq, asset: findAsset(ctx.db, id)! };
    },

    'assets/delete': ({ id }) => {
      const a = requireAsset(id);
      const models = modelsRetiringAsset(ctx.db, id);
      if (models.length > 0) {
        const names = models.map((n) => `"${n}"`).join(', ');
        throw new AppError(
          'conflict',
          `Asset ${a.code} is retired by the TCO model${models.length === 1 ? '' : 's'} ${names}; remove it from their SaaS alternatives first.`,
          { id, models },
        );
      }
      const { seq } = runCommand(
        ctx,
        { command: 'assets/delete', label: `Delete asset ${a.code}`, payload: { id } },
        (tx) => {
          // Events first and explicitly, so the journal holds them and undo brings them back.
          tx.deleteRows('asset_events', ['asset_id'], [[id]]);
          tx.delete('assets', { id });
        },
      );
      return { seq };
    },

    'assets/add-event': ({ assetId, event }) => {
      const a = requireAsset(assetId);
      const env = loadAccountingEnv(ctx);
      const record: AssetEventRecord = {
        id: newId(),
        assetId,
        kind: event.kind,
        date: event.date,
        amount: event.kind === 'impairment' ? event.amount : null,
        usefulLifeMonths: event.kind === 'life-change' ? (event.usefulLifeMonths ?? null) : null,
        remainingLifeMonths: event.kind === 'life-change' ? (event.remainingLifeMonths ?? null) : null,
        salvage: event.kind === 'life-change' ? (event.salvage ?? null) : null,
        note: event.note,
      };
      assetSchedule(env, { ...a, events: [...a.events, record] });
      const label = eventLabel(a, event, env.currencies.get(a.currency) ?? 2);
      const { seq } = runCommand(ctx, { command: 'assets/add-event', label, payload: { assetId, event } }, (tx) =>
        tx.insert('asset_events', assetEventRow(record)),
      );
      return { seq, eventId: record.id };
    },

    'assets/delete-event': ({ eventId }) => {
      const e = findAssetEvent(ctx.db, eventId);
      if (!e) throw new AppError('not-found', `There is no asset event with id "${eventId}".`, { id: eventId });
      const a = requireAsset(e.assetId);
      assetSchedule(loadAccountingEnv(ctx), { ...a, events: a.events.filter((x) => x.id !== eventId) });
      const label = `Remove the ${e.kind} of asset ${a.code} on ${e.date}`;
      const { seq } = runCommand(
        ctx,
        { command: 'assets/delete-event', label, payload: { eventId } },
        (tx) => void tx.delete('asset_events', { id: eventId }),
      );
      return { seq };
    },

    'assets/get-schedule': ({ assetId }) => assetSchedule(loadAccountingEnv(ctx), requireAsset(assetId)),
  };
}
