import type { ApplyChangesResult, ImportChangesPreview } from '../../../src-shared/ipc/import-changes-contract';
import { exactFixed } from '../money-text';
import { textTable } from '../text-table';

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/**
 * The text form of a preview: what the file is, then each section that has something
 * (changed cells, conflicts, new lines, deleted lines, problems with sheet/row/column).
 */
export function formatPreview(p: ImportChangesPreview, minorUnits: (currency: string) => number): string {
  const m = (x: string, c: string) => exactFixed(x, minorUnits(c));
  const out: string[] = [];
  out.push(
    `${p.fileName} (sheet "${p.sheet}", SHA-256 ${p.sha256.slice(0, 12)}…): scenario ${p.scenarioName}, FY${p.fiscalYear}, ` +
      `exported ${p.exportedAt || 'at an unknown time'}` +
      (p.currentSeq !== p.exportedSeq ? '; the workbook has changed since the export' : '') +
      '\n',
  );
  out.push(
    `${plural(p.changes.length, 'changed cell')}, ${plural(p.conflicts.length, 'conflict')}, ` +
      `${plural(p.newLines.length, 'new line')}, ${plural(p.deletedLines.length, 'deleted line')}, ` +
      `${plural(p.problems.length, 'problem')}\n`,
  );
  if (p.changes.length) {
    const rows = p.changes.map((c) => [c.label, c.month, c.currency, m(c.from, c.currency), m(c.to, c.currency)]);
    out.push(
      `\nChanged cells:\n${textTable(['Line', 'Month', 'Currency', 'Outlay', 'Excel'], rows, ['left', 'left', 'left', 'right', 'right'])}`,
    );
  }
  if (p.conflicts.length) {
    const rows = p.conflicts.map((c) => [
      c.label,
      c.month,
      c.currency,
      m(c.base, c.currency),
      m(c.outlay, c.currency),
      m(c.excel, c.currency),
    ]);
    out.push(
      `\nConflicts (changed in Outlay and in Excel since the export; choose with --take excel|outlay):\n` +
        textTable(['Line', 'Month', 'Currency', 'Exported', 'Outlay', 'Excel'], rows, [
          'left',
          'left',
          'left',
          'right',
          'right',
          'right',
        ]),
    );
  }
  if (p.newLines.length) {
    const rows = p.newLines.map((l) => [
      `row ${l.place.row}`,
      l.label,
      l.fields.currency,
      m(l.total, l.fields.currency),
    ]);
    out.push(
      `\nNew lines:\n${textTable(['Row', 'Line', 'Currency', 'FY total'], rows, ['left', 'left', 'left', 'right'])}`,
    );
  }
  if (p.deletedLines.length) {
    const rows = p.deletedLines.map((l) => [l.label, l.currency, m(l.total, l.currency)]);
    out.push(
      `\nDeleted lines (not in the file any more):\n${textTable(['Line', 'Currency', 'FY total'], rows, ['left', 'left', 'right'])}`,
    );
  }
  if (p.problems.length) out.push(`\nNot applied:\n${p.problems.map((x) => `  ${x.message}\n`).join('')}`);
  return out.join('');
}

/** One line saying what an apply wrote. */
export function formatApplied(r: ApplyChangesResult, fileName: string): string {
  if (r.cells + r.added + r.deleted === 0) return `Nothing to apply from ${fileName}; the workbook is unchanged.\n`;
  return (
    `Applied from ${fileName}: ${plural(r.cells, 'cell')} changed, ${plural(r.added, 'line')} added, ` +
    `${plural(r.deleted, 'line')} deleted (journal #${r.seq}, one command: Undo in the app reverts it).\n`
  );
}
