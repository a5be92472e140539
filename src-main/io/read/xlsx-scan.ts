/**
 * Looking inside an .xlsx workbook's XML without building it: which sheets it has and where,
 * and, streaming through each sheet's XML, how many rows and cells it holds and whether a
 * formula points into another workbook. Only the few tags that matter are matched; the text is
 * cut before its last `<`, so a tag and the text that follows it always arrive whole.
 */

/** A worksheet as the workbook lists it, with the zip part that holds it. */
export interface SheetPart {
  name: string;
  part: string;
}

/** Why a sheet is refused; the guard adds the file name. */
export class SheetLimitError extends Error {
  constructor(
    message: string,
    readonly details: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'SheetLimitError';
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Replace XML character and entity references. */
export function xmlDecode(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (_m, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ENTITIES[ref] ?? '';
  });
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m ? xmlDecode(m[1] ?? m[2] ?? '') : undefined;
}

/** `target` of a relationship in xl/_rels/workbook.xml.rels, as a zip part name. */
function partName(target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

/** Relationships of the workbook part: id → { type, part }. */
export function parseRelationships(xml: string): Map<string, { type: string; part: string }> {
  const rels = new Map<string, { type: string; part: string }>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const id = attr(attrs, 'Id');
    const target = attr(attrs, 'Target');
    if (id && target && attr(attrs, 'TargetMode') !== 'External') {
      rels.set(id, { type: attr(attrs, 'Type') ?? '', part: partName(target) });
    }
  }
  return rels;
}

/** The worksheets of xl/workbook.xml in tab order (chartsheets and dialog sheets left out). */
export function parseSheets(workbookXml: string, rels: Map<string, { type: string; part: string }>): SheetPart[] {
  const sheets: SheetPart[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\s([^>]*)>/g)) {
    const attrs = m[1] ?? '';
    const name = attr(attrs, 'name');
    const id = /\s(?:[\w.-]+:)?id\s*=\s*"([^"]*)"/.exec(` ${attrs}`)?.[1];
    const rel = id ? rels.get(id) : undefined;
    if (name !== undefined && rel && rel.type.endsWith('/worksheet')) sheets.push({ name, part: rel.part });
  }
  return sheets;
}

/**
 * Whether a formula refers to another workbook: in the file format an external reference is
 * `[n]` (an index into xl/externalLinks) before a sheet or name, e.g. `[1]Sheet1!A1` or
 * `'[2]My sheet'!B3`. Table references (`Table1[[#This Row],[1]]`) and text literals are not.
 */
export function hasExternalReference(formula: string): boolean {
  let depth = 0;
  for (let i = 0; i < formula.length; i++) {
    const c = formula[i];
    if (c === '"') {
      i = formula.indexOf('"', i + 1);
      while (i >= 0 && formula[i + 1] === '"') i = formula.indexOf('"', i + 2);
      if (i < 0) return false;
    } else if (c === "'") {
      if (depth === 0 && /^\[\d+\]/.test(formula.slice(i + 1, i + 24))) return true;
      i = formula.indexOf("'", i + 1);
      while (i >= 0 && formula[i + 1] === "'") i = formula.indexOf("'", i + 2);
      if (i < 0) return false;
    } else if (c === '[') {
      const prev = i > 0 ? formula[i - 1]! : '';
      if (depth === 0 && !/[\w.\]]/.test(prev) && /^\[\d+\]/.test(formula.slice(i, i + 24))) return true;
      depth++;
    } else if (c === ']') {
      depth = Math.max(0, depth - 1);
    }
  }
  return false;
}

export interface ScanLimits {
  maxRows: number;
  maxCells: number;
}

/** Counts shared by the sheets of one workbook (the cell limit is for all sheets together). */
export interface ScanTotals {
  cells: number;
}

const R_ATTR = /(?:^|\s)r\s*=\s*"([^"]*)"/;
const TAG = /<(?:[A-Za-z_][\w.-]*:)?(row|c|f|dimension)(?=[\s/>])([^>]*)>([^<]*)/g;

/** Streaming scanner of one sheet's XML; `push` decoded text, then `end`. Throws SheetLimitError. */
export class SheetScanner {
  rows = 0;
  lastRow = 0;
  cells = 0;
  private carry = '';
  private cell = '';

  constructor(
    private readonly sheet: string,
    private readonly limits: ScanLimits,
    private readonly totals: ScanTotals,
  ) {}

  push(text: string): void {
    const buffer = this.carry + text;
    const cut = buffer.lastIndexOf('<');
    if (cut <= 0) {
      this.carry = buffer;
      return;
    }
    this.carry = buffer.slice(cut);
    this.scan(buffer.slice(0, cut));
  }

  end(): void {
    this.scan(this.carry);
    this.carry = '';
  }

  private tooManyRows(rows: number): never {
    throw new SheetLimitError(
      `sheet "${this.sheet}" has ${rows.toLocaleString('en-US')} rows, more than the ${this.limits.maxRows.toLocaleString('en-US')} an import can take`,
      { sheet: this.sheet, rows, maxRows: this.limits.maxRows },
    );
  }

  private scan(piece: string): void {
    TAG.lastIndex = 0;
    for (let m = TAG.exec(piece); m; m = TAG.exec(piece)) {
      const tag = m[1];
      const attrs = m[2] ?? '';
      if (tag === 'c') {
        this.cells++;
        if (++this.totals.cells > this.limits.maxCells) {
          throw new SheetLimitError(
            `more than ${this.limits.maxCells.toLocaleString('en-US')} cells in all sheets (sheet "${this.sheet}" reaches it)`,
            { sheet: this.sheet, maxCells: this.limits.maxCells },
          );
        }
        this.cell = R_ATTR.exec(attrs)?.[1] ?? '';
      } else if (tag === 'row') {
        this.rows++;
        const r = Number(R_ATTR.exec(attrs)?.[1] ?? this.lastRow + 1);
        this.lastRow = Math.max(this.lastRow, Number.isFinite(r) ? r : this.lastRow + 1);
        if (this.lastRow > this.limits.maxRows || this.rows > this.limits.maxRows) this.tooManyRows(this.lastRow);
      } else if (tag === 'f') {
        if (!attrs.endsWith('/') && hasExternalReference(xmlDecode(m[3] ?? ''))) {
          throw new SheetLimitError(
            `sheet "${this.sheet}" cell ${this.cell} has a formula that refers to another workbook; paste values instead`,
            { sheet: this.sheet, cell: this.cell },
          );
        }
      } else {
        const last = /(\d+)$/.exec(attr(attrs, 'ref') ?? '')?.[1];
        if (last !== undefined && Number(last) > this.limits.maxRows) this.tooManyRows(Number(last));
      }
    }
  }
}
