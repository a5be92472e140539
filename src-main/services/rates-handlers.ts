import type { Handlers } from '../../src-shared/ipc/contract';
import { listChargebackServices, listRateCards } from '../repo/rates-repo';
import type { WorkbookContext } from './context';
import { cardDetail, deleteDraft, draftCard, publishCard, saveDraft } from './rates-cards';
import { deleteChargebackService, saveChargebackService } from './rates-catalogue';
import { loadYear, priceYear } from './rates-pricing';
import { recoveryOfYear } from './rates-recovery';
import { setCapacity, setUsage, volumesOfMonth } from './rates-volumes';

type RatesChannels = Extract<keyof Handlers, `rates/${string}`>;
type SliceHandlers = Pick<Handlers, RatesChannels>;

/** The channels of the rates area: catalogue, volumes, rate cards, what-if and recovery. */
export function ratesHandlers(ctx: WorkbookContext): SliceHandlers {
  return {
    'rates/list-services': () => listChargebackServices(ctx.db),
    'rates/save-service': (args) => saveChargebackService(ctx, args),
    'rates/delete-service': ({ id }) => deleteChargebackService(ctx, id),
    'rates/get-volumes': ({ month }) => volumesOfMonth(ctx, month),
    'rates/set-usage': (args) => setUsage(ctx, args),
    'rates/set-capacity': (args) => setCapacity(ctx, args),
    'rates/list-cards': ({ fiscalYear }) => listRateCards(ctx.db, fiscalYear),
    'rates/propose-card': (args) => priceYear(ctx, loadYear(ctx, args.fiscalYear, args.measure), args),
    'rates/what-if': (args) => priceYear(ctx, loadYear(ctx, args.fiscalYear, args.measure), args),
    'rates/get-card': ({ cardId, measure }) => cardDetail(ctx, cardId, measure),
    'rates/draft-card': (args) => draftCard(ctx, args),
    'rates/save-draft': (args) => saveDraft(ctx, args),
    'rates/publish-card': ({ cardId }) => publishCard(ctx, cardId),
    'rates/delete-draft': ({ cardId }) => deleteDraft(ctx, cardId),
    'rates/recovery': ({ fiscalYear, cardId, measure }) => recoveryOfYear(ctx, fiscalYear, measure, cardId),
  };
}
