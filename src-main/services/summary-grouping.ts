import type { DimensionLinks, SummaryBy } from '../../src-shared/model';
import { listCostCenters, listServices, listTowers } from '../repo/dimensions-repo';
import type { WorkbookContext } from './context';

const SEP = '\u0001';

/** How summary cells are keyed and how they fold into the rows of one `by`. */
export interface SummaryGrouping {
  /**
   * The conversion grain of an item: its cost center and tower, whatever the `by`. Every
   * cell is converted and rounded at this grain and only then summed into rows, so the
   * total is the same to the cent in every grouping.
   */
  cellOf(l: DimensionLinks): string;
  /** The row key of a cell for this `by` (a cost center or tower id, '' for none). */
  rowOf(cell: string): string;
  /** Name of a row key. */
  label(key: string): string;
  /** Name of the '' row. */
  none: string;
}

/** The grouping of one `by`, with the names of the workbook's cost centers and towers. */
export function summaryGrouping(ctx: WorkbookContext, by: SummaryBy): SummaryGrouping {
  const towerOfService = new Map(listServices(ctx.orm).map((s) => [s.id, s.towerId]));
  const cellOf = (l: DimensionLinks) =>
    `${l.costCenterId ?? ''}${SEP}${l.serviceId ? (towerOfService.get(l.serviceId) ?? '') : ''}`;
  if (by === 'capex-opex') return { cellOf, rowOf: () => '', label: (k) => k, none: '' };
  if (by === 'cost-center') {
    const names = new Map(listCostCenters(ctx.orm).map((c) => [c.id, `${c.code} ${c.name}`]));
    return {
      cellOf,
      rowOf: (cell) => cell.slice(0, cell.indexOf(SEP)),
      label: (key) => names.get(key) ?? key,
      none: '(no cost center)',
    };
  }
  const names = new Map(listTowers(ctx.orm).map((t) => [t.id, `${t.code} ${t.name}`]));
  return {
    cellOf,
    rowOf: (cell) => cell.slice(cell.indexOf(SEP) + 1),
    label: (key) => names.get(key) ?? key,
    none: '(no service)',
  };
}
