import { constants, deflateRawSync } from 'node:zlib';

/** JSON texts up to this many characters stay readable text; longer ones are deflated. */
export const DEFLATE_ABOVE = 8 * 1024;
/** Speed over ratio: level 1 is ~5× faster than 6 and only ~10% larger on row images. */
const DEFLATE_LEVEL = 1;
/** Bytes gathered before they are deflated: big enough for a good ratio, small next to a 200,000-row image. */
const CHUNK_BYTES = 1 << 20;

/** What a stored JSON text becomes: itself when short, else '' plus its deflated UTF-8 bytes. */
export interface PackedText {
  text: string;
  blob: Buffer | null;
}

/**
 * Takes a JSON text in pieces and stores it as packText would, without ever holding the
 * whole text: past DEFLATE_ABOVE its UTF-8 bytes go into a 1 MB buffer, and each full
 * buffer is deflated on its own and ended with a sync flush (byte-aligned, not final), the last with a final block. Raw
 * deflate blocks follow one another, so the chunks together are one ordinary deflate
 * stream that inflateRawSync reads whole (the stored format does not change); each chunk
 * starts without the previous one's window, which costs a few bytes per megabyte.
 */
export class PackSink {
  /** Short texts: the pieces, until they outgrow DEFLATE_ABOVE. */
  private pieces: string[] | null = [];
  private total = 0;
  /** Long texts: UTF-8 bytes written straight into a chunk buffer, deflated when it fills. */
  private buf: Buffer | null = null;
  private used = 0;
  private readonly out: Buffer[] = [];

  /** Append the next piece of the text. */
  readonly write = (piece: string): void => {
    if (this.pieces) {
      this.pieces.push(piece);
      this.total += piece.length;
      if (this.total <= DEFLATE_ABOVE) return;
      const pending = this.pieces;
      this.pieces = null;
      this.buf = Buffer.allocUnsafe(CHUNK_BYTES);
      for (const p of pending) this.append(p);
      return;
    }
    this.append(piece);
  };

  /** The text as stored (call once, after the last piece). */
  finish(): PackedText {
    if (this.pieces) {
      const text = this.pieces.join('');
      this.pieces = [];
      return { text, blob: null };
    }
    this.deflate(this.buf!.subarray(0, this.used), true);
    this.buf = null;
    return { text: '', blob: this.out.length === 1 ? this.out[0]! : Buffer.concat(this.out) };
  }

  /** Copy a piece in as UTF-8 (at most 3 bytes per UTF-16 unit), deflating full chunks. */
  private append(piece: string): void {
    const buf = this.buf!;
    if (this.used + piece.length * 3 > buf.length) {
      if (this.used > 0) this.deflate(buf.subarray(0, this.used), false);
      this.used = 0;
      if (piece.length * 3 > buf.length) {
        this.deflate(Buffer.from(piece, 'utf8'), false);
        return;
      }
    }
    this.used += buf.write(piece, this.used, 'utf8');
  }

  private deflate(bytes: Buffer, final: boolean): void {
    this.out.push(
      deflateRawSync(bytes, {
        level: DEFLATE_LEVEL,
        finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      }),
    );
  }
}
