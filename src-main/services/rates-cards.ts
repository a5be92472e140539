import type { ChannelArgs } from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import type { RateCardDetail, RateCardSummary, RateSheet } from '../../src-shared/model/rates';
import { draftRateCard, publishRateCard } from '../engine/chargeback';
import {
  cardVersions,
  ENTRY_COLUMNS,
  findRateCard,
  listChargebackServices,
  rateCardRates,
  rateCardRow,
} from '../repo/rates-repo';
import { runCommand, type TrackedTx } from './command';
import { currentSettings, type WorkbookContext } from './context';
import { engineCall } from './engine-input';
import { newId } from './ids';
import { loadYear, priceYear, type CostMeasure } from './rates-pricing';

/** The card with this id, or 'not-found'. */
export function requireCard(ctx: WorkbookContext, id: string): RateCardSummary {
  const card = findRateCard(ctx.db, id);
  if (!card) throw new AppError('not-found', `There is no rate card with id "${id}".`, { id });
  return card;
}

function requireDraft(ctx: WorkbookContext, id: string): RateCardSummary {
  const card = requireCard(ctx, id);
  if (card.status === 'published') {
    throw new AppError(
      'conflict',
      `Rate card ${card.fiscalYear} v${card.version} is published and cannot be changed; draft a new version.`,
      { id, field: 'status' },
    );
  }
  return card;
}

/** Services a card shows: those it prices, and for a draft every active one (priced at the proposal). */
function servicesOfCard(ctx: WorkbookContext, card: RateCardSummary, rates: ReadonlyMap<string, string>) {
  return listChargebackServices(ctx.db).filter((s) => rates.has(s.id) || (card.status === 'draft' && s.active));
}

/** A card with its lines priced from today's costs and volumes. */
export function cardDetail(ctx: WorkbookContext, cardId: string, measure: CostMeasure): RateCardDetail {
  const card = requireCard(ctx, cardId);
  const rates = rateCardRates(ctx.db, cardId);
  const sheet = priceYear(ctx, loadYear(ctx, card.fiscalYear, measure), {
    basis: card.basis,
    markupPct: card.markupPct,
    rates: Object.fromEntries(rates),
    services: servicesOfCard(ctx, card, rates),
  });
  return { ...sheet, card };
}

/** Write a card's entries from a priced sheet (services without a rate are left off). */
function writeEntries(tx: TrackedTx, cardId: string, sheet: RateSheet): void {
  const rows = sheet.lines.filter((l) => l.rate !== null).map((l) => [cardId, l.serviceId, l.rate, l.cost, l.volume]);
  tx.insertRows('rate_card_entries', ENTRY_COLUMNS, rows);
}

/** Check entries the way the engine drafts a card (catalogue services, once each, rates ≥ 0). */
function checkEntries(ctx: WorkbookContext, fiscalYear: number, sheet: RateSheet): number {
  const catalogue = listChargebackServices(ctx.db).map((s) => ({ id: s.id, name: s.name, unit: s.unit }));
  const existing = cardVersions(ctx.db, fiscalYear).map((version) => ({
    fiscalYear,
    version,
    status: 'draft' as const,
    entries: [],
  }));
  const entries = sheet.lines.flatMap((l) => (l.rate === null ? [] : [{ serviceId: l.serviceId, rate: l.rate }]));
  return engineCall(() => draftRateCard(existing, fiscalYear, entries, catalogue)).version;
}

/** Draft the next version of a year's card at the proposed rates, as one command. */
export function draftCard(
  ctx: WorkbookContext,
  args: ChannelArgs<'rates/draft-card'>,
): { seq: number; id: string; version: number } {
  const sheet = priceYear(ctx, loadYear(ctx, args.fiscalYear, args.measure), args);
  const version = checkEntries(ctx, args.fiscalYear, sheet);
  const id = newId();
  const card = {
    id,
    fiscalYear: args.fiscalYear,
    version,
    status: 'draft' as const,
    basis: args.basis,
    markupPct: sheet.markupPct,
    note: args.note,
    createdAt: ctx.now().toISOString(),
    createdBy: currentSettings(ctx).userName,
    publishedAt: null,
    publishedBy: null,
  };
  const label = `Draft rate card ${args.fiscalYear} v${version}`;
  const { seq } = runCommand(ctx, { command: 'rates/draft-card', label, payload: args }, (tx) => {
    tx.insert('rate_cards', rateCardRow(card));
    writeEntries(tx, id, sheet);
  });
  return { seq, id, version };
}

/** Replace a draft's basis, markup, note and rates as one command; published cards are refused. */
export function saveDraft(ctx: WorkbookContext, args: ChannelArgs<'rates/save-draft'>): { seq: number } {
  const card = requireDraft(ctx, args.cardId);
  const onCard = rateCardRates(ctx.db, card.id);
  const catalogue = listChargebackServices(ctx.db);
  for (const id of Object.keys(args.rates)) {
    if (!catalogue.some((s) => s.id === id))
      throw new AppError('validation', `Rate for "${id}": not a service of the catalogue.`, { field: 'rates', id });
  }
  const services = catalogue.filter((s) => s.id in args.rates || onCard.has(s.id) || s.active);
  const sheet = priceYear(ctx, loadYear(ctx, card.fiscalYear, args.measure), { ...args, services });
  const label = `Edit rate card ${card.fiscalYear} v${card.version}`;
  const { seq } = runCommand(ctx, { command: 'rates/save-draft', label, payload: args }, (tx) => {
    tx.update('rate_cards', { id: card.id }, { basis: args.basis, markup_pct: sheet.markupPct, note: args.note });
    tx.deleteRows('rate_card_entries', ['card_id'], [[card.id]]);
    writeEntries(tx, card.id, sheet);
  });
  return { seq };
}

/** Publish a draft as one command; it then prices its year (the highest published version wins). */
export function publishCard(ctx: WorkbookContext, cardId: string): { seq: number } {
  const card = requireDraft(ctx, cardId);
  const rates = rateCardRates(ctx.db, cardId);
  if (rates.size === 0) {
    throw new AppError('validation', `Rate card ${card.fiscalYear} v${card.version} prices no service yet.`, {
      field: 'rates',
    });
  }
  const entries = [...rates].map(([serviceId, rate]) => ({ serviceId, rate }));
  engineCall(() => publishRateCard({ ...card, entries }));
  const label = `Publish rate card ${card.fiscalYear} v${card.version}`;
  const { seq } = runCommand(ctx, { command: 'rates/publish-card', label, payload: { cardId } }, (tx) => {
    tx.update(
      'rate_cards',
      { id: cardId },
      { status: 'published', published_at: ctx.now().toISOString(), published_by: currentSettings(ctx).userName },
    );
  });
  return { seq };
}

/** Delete a draft card and its entries as one command. */
export function deleteDraft(ctx: WorkbookContext, cardId: string): { seq: number } {
  const card = requireDraft(ctx, cardId);
  const label = `Delete draft rate card ${card.fiscalYear} v${card.version}`;
  const { seq } = runCommand(ctx, { command: 'rates/delete-draft', label, payload: { cardId } }, (tx) => {
    tx.deleteRows('rate_card_entries', ['card_id'], [[cardId]]);
    tx.delete('rate_cards', { id: cardId });
  });
  return { seq };
}
