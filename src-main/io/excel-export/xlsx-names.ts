/**
 * Defined names for exceljs's streaming writer without its cell-by-cell bookkeeping:
 * `definedNames.add` records every cell of a range (a million entries for a 50,000-line
 * table), so names are kept here as range texts and added to the model the writer renders.
 */
import type { stream } from 'exceljs';

interface NameEntry {
  name: string;
  ranges: string[];
}

const extra = new WeakMap<object, NameEntry[]>();

/** Name `ref` (e.g. `'Budget'!$A$9:$X$50008`) as `name` in the workbook. */
export function defineName(wb: stream.xlsx.WorkbookWriter, name: string, ref: string): void {
  const names = wb.definedNames;
  let entries = extra.get(names);
  if (!entries) {
    const list: NameEntry[] = [];
    entries = list;
    extra.set(names, list);
    const proto = Object.getPrototypeOf(names) as object;
    const own = Object.getOwnPropertyDescriptor(proto, 'model')?.get;
    Object.defineProperty(names, 'model', {
      get: () => [...((own?.call(names) as NameEntry[] | undefined) ?? []), ...list],
    });
  }
  entries.push({ name, ranges: [ref] });
}
