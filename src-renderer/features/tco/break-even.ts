import type { TcoResult } from '../../../src-shared/model';

/**
 * The break-even sentence for one ordered pair: "Cloud breaks even against Own data center
 * in 2029-04", or "… never" when the first does not become and stay cheaper in the horizon.
 */
export function breakEvenText(r: TcoResult, cheaper: string, than: string): string {
  const names = new Map(r.alternatives.map((a) => [a.id, a.name]));
  const b = r.breakEven.find((x) => x.cheaper === cheaper && x.than === than);
  const when = b?.monthLabel ? `in ${b.monthLabel}` : 'never';
  return `${names.get(cheaper) ?? cheaper} breaks even against ${names.get(than) ?? than} ${when}`;
}
