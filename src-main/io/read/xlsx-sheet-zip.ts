/**
 * A one-sheet zip stream cut from an .xlsx file, for exceljs's streaming WorkbookReader.
 * That reader takes parts in file order: a sheet that comes before the shared strings is
 * copied to a temporary file (left open if the caller stops early), and it only knows sheets
 * named `xl/worksheets/sheetN.xml`. Handing it the workbook, styles and shared strings first,
 * then just the wanted sheet as `sheet1.xml`, avoids all that. The compressed bytes are copied
 * as they are (no re-compression); sizes and CRCs come from the central directory.
 */
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import { parseRelationships } from './xlsx-scan';
import { entryDataStart, inflateEntry, readZipDirectory, ZipFormatError, type ZipEntry } from './zip-directory';

const EMPTY_SHARED_STRINGS = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>',
);

interface Sizes {
  method: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
}

function localHeader(name: string, sizes: Sizes): Buffer {
  const nameBytes = Buffer.from(name, 'utf8');
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(sizes.method, 8);
  header.writeUInt32LE(sizes.crc32 >>> 0, 14);
  header.writeUInt32LE(sizes.compressedSize, 18);
  header.writeUInt32LE(sizes.uncompressedSize, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return Buffer.concat([header, nameBytes]);
}

/** An empty central directory: the end of the archive for a sequential reader. */
function endOfArchive(): Buffer {
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  return end;
}

/**
 * The bytes of a zip holding the workbook parts exceljs needs and `sheetPart` as
 * `xl/worksheets/sheet1.xml`, streamed from `path`.
 * @throws ZipFormatError when a part is missing or damaged
 */
export async function* oneSheetZip(path: string, sheetPart: string): AsyncGenerator<Buffer> {
  const handle = await open(path, 'r');
  try {
    const entries = await readZipDirectory(handle, (await handle.stat()).size);
    const byName = new Map(entries.map((e) => [e.name, e]));
    const relsEntry = byName.get('xl/_rels/workbook.xml.rels');
    const sheet = byName.get(sheetPart);
    if (!relsEntry || !sheet)
      throw new ZipFormatError(`part ${relsEntry ? sheetPart : 'xl/_rels/workbook.xml.rels'} is missing`);
    const chunks: Buffer[] = [];
    for await (const c of inflateEntry(handle, path, relsEntry, relsEntry.uncompressedSize)) chunks.push(c);
    const rels = [...parseRelationships(Buffer.concat(chunks).toString('utf8')).values()];
    const byType = (suffix: string): ZipEntry | undefined => {
      const rel = rels.find((r) => r.type.endsWith(suffix));
      return rel ? byName.get(rel.part) : undefined;
    };
    const parts: [string, ZipEntry | Buffer | undefined][] = [
      ['xl/_rels/workbook.xml.rels', relsEntry],
      ['xl/workbook.xml', byName.get('xl/workbook.xml')],
      ['xl/styles.xml', byType('/styles')],
      ['xl/sharedStrings.xml', byType('/sharedStrings') ?? EMPTY_SHARED_STRINGS],
      ['xl/worksheets/sheet1.xml', sheet],
    ];
    for (const [name, part] of parts) {
      if (!part) continue;
      if (Buffer.isBuffer(part)) {
        yield localHeader(name, {
          method: 0,
          crc32: crc32(part),
          compressedSize: part.length,
          uncompressedSize: part.length,
        });
        yield part;
        continue;
      }
      yield localHeader(name, part);
      if (part.compressedSize === 0) continue;
      const start = await entryDataStart(handle, part);
      for await (const chunk of createReadStream(path, { start, end: start + part.compressedSize - 1 })) {
        yield chunk as Buffer;
      }
    }
    yield endOfArchive();
  } finally {
    await handle.close();
  }
}
