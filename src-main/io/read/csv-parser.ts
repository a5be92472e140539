/**
 * An RFC 4180 CSV parser fed with text in chunks of any size, so a file is never held whole.
 * Records keep the physical line number where they start (a quoted field may span lines).
 * Lenient where files in the wild are: text after a closing quote is kept, a quote inside an
 * unquoted field is literal, and CRLF, LF or a lone CR end a record.
 */

/** One parsed record: its first physical line (1-based) and its fields as raw text. */
export interface CsvRecord {
  row: number;
  cells: string[];
}

/** A line with nothing on it carries no data: it is skipped (other rows keep their line numbers). */
function isBlank(cells: string[]): boolean {
  return cells.length === 1 && cells[0] === '';
}

const QUOTE = 34;
const CR = 13;
const LF = 10;

type State = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

/** Thrown for input the parser cannot make sense of; the reader adds the file name. */
export class CsvSyntaxError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
    this.name = 'CsvSyntaxError';
  }
}

/**
 * Incremental parser: `push(text)` returns the records completed by that text, `end()` the last
 * one. `maxFieldChars` bounds a single field (an unbalanced quote would otherwise swallow the file).
 */
export class CsvParser {
  private readonly delim: number;
  private state: State = 'fieldStart';
  private field = '';
  private cells: string[] = [];
  private line = 1;
  private recordLine = 1;
  /** A CR ended the previous chunk: an LF at the start of the next belongs to it. */
  private pendingCr = false;
  private recordStarted = false;
  /** Same for a CR inside a quoted field (counted as a line only if no LF follows). */
  private pendingQuotedCr = false;

  constructor(
    delimiter: string,
    private readonly maxFieldChars = 10_000_000,
  ) {
    if (delimiter.length !== 1 || delimiter === '"' || delimiter === '\r' || delimiter === '\n') {
      throw new Error(`unusable CSV delimiter ${JSON.stringify(delimiter)}`);
    }
    this.delim = delimiter.charCodeAt(0);
  }

  /** Parse the next piece of text; returns the records it completes. */
  push(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const n = text.length;
    let i = 0;
    if (n === 0) return out;
    if (this.pendingCr) {
      this.pendingCr = false;
      if (text.charCodeAt(0) === LF) i = 1;
    }
    if (this.pendingQuotedCr) {
      this.pendingQuotedCr = false;
      if (text.charCodeAt(0) !== LF) this.line++;
    }
    while (i < n) {
      const ch = text.charCodeAt(i);
      switch (this.state) {
        case 'fieldStart':
          if (!this.recordStarted) {
            this.recordStarted = true;
            this.recordLine = this.line;
          }
          if (ch === QUOTE) {
            this.state = 'quoted';
            i++;
          } else {
            this.state = 'unquoted';
          }
          break;
        case 'unquoted': {
          // Copy the run up to the next delimiter or line break in one slice.
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === this.delim || c === CR || c === LF) break;
            j++;
          }
          this.append(text, i, j);
          i = j;
          if (i < n) i = this.endField(text, i, out);
          break;
        }
        case 'quoted': {
          let j = i;
          while (j < n) {
            const c = text.charCodeAt(j);
            if (c === QUOTE) break;
            if (c === LF) this.line++;
            else if (c === CR) {
              if (j + 1 === n) this.pendingQuotedCr = true;
              else if (text.charCodeAt(j + 1) !== LF) this.line++;
            }
            j++;
          }
          this.append(text, i, j);
          i = j;
          if (i < n) {
            this.state = 'quoteInQuoted';
            i++;
          }
          break;
        }
        case 'quoteInQuoted':
          if (ch === QUOTE) {
            this.append(text, i, i + 1);
            this.state = 'quoted';
            i++;
          } else if (ch === this.delim || ch === CR || ch === LF) {
            i = this.endField(text, i, out);
          } else {
            this.state = 'unquoted';
          }
          break;
      }
    }
    return out;
  }

  /** Finish the input; returns the last record if the text did not end with a line break. */
  end(): CsvRecord[] {
    if (this.state === 'quoted') {
      throw new CsvSyntaxError(
        `row ${this.recordLine}: a quoted field is not closed before the end of the file`,
        this.recordLine,
      );
    }
    if (!this.recordStarted) return [];
    this.cells.push(this.field);
    const record = { row: this.recordLine, cells: this.cells };
    this.reset();
    return isBlank(record.cells) ? [] : [record];
  }

  private append(text: string, from: number, to: number): void {
    if (to <= from) return;
    this.field += text.slice(from, to);
    if (this.field.length > this.maxFieldChars) {
      throw new CsvSyntaxError(
        `row ${this.recordLine}: a field is longer than ${this.maxFieldChars} characters (is a quote left open?)`,
        this.recordLine,
      );
    }
  }

  /** `text[i]` is a delimiter or line break ending the current field; returns the next index. */
  private endField(text: string, i: number, out: CsvRecord[]): number {
    const ch = text.charCodeAt(i);
    this.cells.push(this.field);
    this.field = '';
    this.state = 'fieldStart';
    if (ch === this.delim) {
      this.recordStarted = true;
      return i + 1;
    }
    if (!isBlank(this.cells)) out.push({ row: this.recordLine, cells: this.cells });
    this.reset();
    this.line++;
    if (ch === CR) {
      if (i + 1 === text.length) {
        this.pendingCr = true;
        return i + 1;
      }
      if (text.charCodeAt(i + 1) === LF) return i + 2;
    }
    return i + 1;
  }

  private reset(): void {
    this.cells = [];
    this.field = '';
    this.recordStarted = false;
    this.state = 'fieldStart';
  }
}
