/**
 * Telling apart the two kinds of OLE compound files (CFB) people save with an .xlsx or .xls
 * name: an old binary .xls workbook, and a password-protected .xlsx (Office wraps the encrypted
 * package in a CFB container with an `EncryptionInfo` stream). Only the directory is read.
 */
import type { FileHandle } from 'node:fs/promises';

/** The first eight bytes of every compound file. */
export const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

const END_OF_CHAIN = 0xfffffffe;
const MAX_SECTORS = 1 << 20;

async function sector(handle: FileHandle, shift: number, n: number): Promise<Buffer> {
  const size = 1 << shift;
  const buf = Buffer.alloc(size);
  const { bytesRead } = await handle.read(buf, 0, size, (n + 1) * size);
  if (bytesRead < size) throw new Error('truncated compound file');
  return buf;
}

/** FAT sector numbers: the 109 in the header, then the DIFAT chain. */
async function fatSectors(handle: FileHandle, header: Buffer, shift: number): Promise<number[]> {
  const count = header.readUInt32LE(0x2c);
  const out: number[] = [];
  for (let i = 0; i < 109 && out.length < count; i++) out.push(header.readUInt32LE(0x4c + 4 * i));
  let next = header.readUInt32LE(0x44);
  const perSector = (1 << shift) / 4 - 1;
  for (let guard = 0; next < END_OF_CHAIN && out.length < count && guard < MAX_SECTORS; guard++) {
    const difat = await sector(handle, shift, next);
    for (let i = 0; i < perSector && out.length < count; i++) out.push(difat.readUInt32LE(4 * i));
    next = difat.readUInt32LE(4 * perSector);
  }
  return out;
}

/**
 * Names of the storages and streams in the compound file open in `handle`.
 * @throws Error when the file is not a readable compound file
 */
export async function cfbEntryNames(handle: FileHandle): Promise<string[]> {
  const header = Buffer.alloc(512);
  const { bytesRead } = await handle.read(header, 0, 512, 0);
  if (bytesRead < 512 || !header.subarray(0, 8).equals(CFB_SIGNATURE)) throw new Error('not a compound file');
  const shift = header.readUInt16LE(0x1e);
  if (shift !== 9 && shift !== 12) throw new Error('unknown sector size');
  const fats = await fatSectors(handle, header, shift);
  const perFat = (1 << shift) / 4;
  const fatCache = new Map<number, Buffer>();
  const nextSector = async (n: number): Promise<number> => {
    const index = Math.floor(n / perFat);
    const fatSector = fats[index];
    if (fatSector === undefined) return END_OF_CHAIN;
    let fat = fatCache.get(index);
    if (!fat) {
      fat = await sector(handle, shift, fatSector);
      fatCache.set(index, fat);
    }
    return fat.readUInt32LE(4 * (n % perFat));
  };
  const names: string[] = [];
  let dir = header.readUInt32LE(0x30);
  for (let guard = 0; dir < END_OF_CHAIN && guard < MAX_SECTORS; guard++) {
    const buf = await sector(handle, shift, dir);
    for (let at = 0; at + 128 <= buf.length; at += 128) {
      const type = buf[at + 0x42];
      const nameBytes = buf.readUInt16LE(at + 0x40);
      if ((type === 1 || type === 2 || type === 5) && nameBytes >= 2 && nameBytes <= 64) {
        names.push(buf.toString('utf16le', at, at + nameBytes - 2));
      }
    }
    dir = await nextSector(dir);
  }
  return names;
}
