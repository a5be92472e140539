/**
 * Excel tables (ListObjects) for exceljs's streaming writer, which writes rows, styles,
 * frozen panes, defined names, hidden sheets and protection but has no tables: the in-memory
 * writer does, at the price of keeping every cell in memory (see README "Export to Excel").
 * A table is three small parts the writer never touches otherwise: the table XML, a
 * relationship from the sheet, and a `<tableParts>` element at the end of the sheet, plus its
 * content type. This module adds them through the writer's (private, stable since exceljs 1.x)
 * zip, sheet-relationship writer and sheet-closing hook.
 */
import type { stream, Worksheet } from 'exceljs';
import { colLetter } from './formats';

const TABLE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table';
const TABLE_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml';

/** The parts of exceljs's streaming writers this module relies on. */
interface ZipInternals {
  zip: { append(source: string, data: { name: string }): void };
}
interface SheetInternals {
  _sheetRelsWriter: { addRelationship(rel: { Target: string; Type: string }): string };
  _writeLegacyData(): void;
  _write(text: string): void;
}

/** One table: name, header row and columns; the data rows are those under the header up to `lastRow`. */
export interface TableSpec {
  name: string;
  headerRow: number;
  lastRow: number;
  firstCol: number;
  headers: readonly string[];
  style?: string;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Registers tables on a streaming workbook; `install` once, then `add` before each sheet's commit. */
export class StreamingTables {
  private count = 0;
  private readonly parts = new Map<Worksheet, string[]>();
  private readonly zip: ZipInternals['zip'];

  constructor(workbook: stream.xlsx.WorkbookWriter) {
    this.zip = (workbook as unknown as ZipInternals).zip;
    const append = this.zip.append.bind(this.zip);
    // The content types are written at commit; add one override per table to them.
    this.zip.append = (source, data) => {
      if (data.name === '[Content_Types].xml' && typeof source === 'string') {
        const overrides = Array.from(
          { length: this.count },
          (_, i) => `<Override PartName="/xl/tables/table${i + 1}.xml" ContentType="${TABLE_TYPE}"/>`,
        ).join('');
        return append(source.replace('</Types>', `${overrides}</Types>`), data);
      }
      return append(source, data);
    };
  }

  /** Add a table over the sheet's rows; call after its rows are written, before `commit`. */
  add(sheet: Worksheet, spec: TableSpec): void {
    const id = ++this.count;
    const internals = sheet as unknown as SheetInternals;
    const rId = internals._sheetRelsWriter.addRelationship({ Target: `../tables/table${id}.xml`, Type: TABLE_REL });
    let parts = this.parts.get(sheet);
    if (!parts) {
      const list: string[] = [];
      parts = list;
      this.parts.set(sheet, list);
      const closeLegacy = internals._writeLegacyData.bind(sheet);
      // One <tableParts> per sheet, after <legacyDrawing> and before </worksheet>.
      internals._writeLegacyData = () => {
        closeLegacy();
        const refs = list.map((r) => `<tablePart r:id="${r}"/>`).join('');
        internals._write(`<tableParts count="${list.length}">${refs}</tableParts>`);
      };
    }
    parts.push(rId);
    const lastCol = colLetter(spec.firstCol + spec.headers.length - 1);
    const ref = `${colLetter(spec.firstCol)}${spec.headerRow}:${lastCol}${Math.max(spec.lastRow, spec.headerRow + 1)}`;
    const columns = spec.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${xml(h)}"/>`).join('');
    this.zip.append(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${xml(spec.name)}" ` +
        `displayName="${xml(spec.name)}" ref="${ref}" totalsRowShown="0">` +
        `<autoFilter ref="${ref}"/><tableColumns count="${spec.headers.length}">${columns}</tableColumns>` +
        `<tableStyleInfo name="${spec.style ?? 'TableStyleMedium2'}" showFirstColumn="0" showLastColumn="0" ` +
        'showRowStripes="1" showColumnStripes="0"/></table>',
      { name: `xl/tables/table${id}.xml` },
    );
  }
}
