import { describe, expect, it } from 'vitest';
import {
  hasExternalReference,
  parseRelationships,
  parseSheets,
  SheetScanner,
  xmlDecode,
} from '../../src-main/io/read/xlsx-scan';
import { isDateFormat, plainValue } from '../../src-main/io/read/read-xlsx';

describe('external references in formulas', () => {
  it.each([
    ['[1]Sheet1!A1', true],
    ["SUM('[2]Budget 2027'!C4:C9)", true],
    ['[3]!RateTable*2', true],
    ['A1+[12]Rates!B2', true],
    ['SUM(Table1[Amount])', false],
    ['Table1[[#This Row],[1]]', false],
    ['"[1]"&A1', false],
    ["'It''s [1]'!A1", false],
    ['INDEX(A:A,[1])', true],
  ])('%s → %s', (formula, external) => {
    expect(hasExternalReference(formula)).toBe(external);
  });
});

describe('the sheet scanner', () => {
  const xml =
    '<worksheet><dimension ref="A1:C3"/><sheetData>' +
    '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"/></row>' +
    '<x:row r="3"><x:c r="C3"><x:f>SUM(A1:B1)&amp;"[1]"</x:f><x:v>1</x:v></x:c></x:row>' +
    '</sheetData><cols><col min="1"/></cols><conditionalFormatting><cfRule/></conditionalFormatting></worksheet>';

  it('counts rows and cells however the text is cut into chunks', () => {
    for (let cut = 0; cut <= xml.length; cut++) {
      const scanner = new SheetScanner('S', { maxRows: 10, maxCells: 10 }, { cells: 0 });
      scanner.push(xml.slice(0, cut));
      scanner.push(xml.slice(cut));
      scanner.end();
      expect({ cut, rows: scanner.rows, cells: scanner.cells, last: scanner.lastRow }).toEqual({
        cut,
        rows: 2,
        cells: 3,
        last: 3,
      });
    }
  });

  it('finds an external formula split across chunks and names its cell', () => {
    const linked = '<row r="7"><c r="D7"><f>\'[1]Rates\'!B2</f><v>1</v></c></row>';
    for (let cut = 0; cut <= linked.length; cut++) {
      const scanner = new SheetScanner('Plan', { maxRows: 10, maxCells: 10 }, { cells: 0 });
      expect(() => {
        scanner.push(linked.slice(0, cut));
        scanner.push(linked.slice(cut));
        scanner.end();
      }).toThrow('sheet "Plan" cell D7 has a formula that refers to another workbook; paste values instead');
    }
  });
});

describe('workbook structure', () => {
  it('lists worksheets in tab order with their parts, whatever the namespace prefixes', () => {
    const rels = parseRelationships(
      '<Relationships><Relationship Id="rId2" Type="http://x/worksheet" Target="/xl/worksheets/b.xml"/>' +
        '<Relationship Id="rId1" Type="http://x/worksheet" Target="worksheets/../worksheets/a.xml"/>' +
        '<Relationship Id="rId3" Type="http://x/chartsheet" Target="chartsheets/c.xml"/>' +
        '<Relationship Id="rId4" Type="http://x/externalLinkPath" Target="file:///x.xlsx" TargetMode="External"/></Relationships>',
    );
    const sheets = parseSheets(
      '<x:workbook><x:sheets><x:sheet name="R&amp;D" sheetId="5" r:id="rId1"/><x:sheet name="Chart" sheetId="6" r:id="rId3"/>' +
        '<x:sheet name=\'Q&#49;\' sheetId="1" rel:id="rId2"/></x:sheets></x:workbook>',
      rels,
    );
    expect(sheets).toEqual([
      { name: 'R&D', part: 'xl/worksheets/a.xml' },
      { name: 'Q1', part: 'xl/worksheets/b.xml' },
    ]);
  });

  it('decodes XML references', () => {
    expect(xmlDecode('&lt;a&gt; &quot;b&quot; &apos;c&apos; &#8364;&#x20AC; &amp;amp;')).toBe('<a> "b" \'c\' €€ &amp;');
  });
});

describe('cell values', () => {
  it.each([
    ['yyyy-mm-dd', true],
    ['dd/mm/yyyy hh:mm', true],
    ['[$-409]mmm-yy', true],
    ['#,##0.00', false],
    ['#,##0.00 "days"', false],
    ['[Red]#,##0;(#,##0)', false],
    ['0%', false],
    ['General', false],
  ])('%s is a date format: %s', (format, date) => {
    expect(isDateFormat(format)).toBe(date);
  });

  it('turns a formula result under a date format into a date and keeps other results as they are', () => {
    expect(plainValue({ formula: 'A1+1', result: 46419 }, 'yyyy-mm-dd', false)).toEqual(new Date(Date.UTC(2027, 1, 1)));
    expect(plainValue({ formula: 'A1+1', result: 0 }, 'yyyy-mm-dd', true)).toEqual(new Date(Date.UTC(1904, 0, 1)));
    expect(plainValue({ formula: 'B1', result: 'x' }, undefined, false)).toBe('x');
    expect(plainValue({ richText: [{ text: 'a' }, { text: 'b' }] }, undefined, false)).toBe('ab');
    expect(plainValue({ text: 'site', hyperlink: 'https://x' }, undefined, false)).toBe('site');
  });
});
