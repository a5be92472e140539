import { constants, deflateRawSync } from 'node:zlib';

/** JSON texts up to this many characters stay readable text; longer ones are deflated. */
export const DEFLATE_ABOVE = 8 * 1024;
/** Speed over ratio: level 1 is ~5× faster than 6 and only ~10% larger on row images. */
const DEFLATE_LEVEL = 1;
/** Text gathered before it is deflated: big enough for a good ratio, small next to a 200,000-row image. */
const CHUNK_CHARS = 1 << 20;

/** What a stored JSON text becomes: itself when short, else '' plus its deflated UTF-8 bytes. */
export interface PackedText {
  text: string;
  blob: Buffer | null;
}

/**
 * Takes a JSON text in pieces and stores it as packText would, without ever holding the
 * whole text: once more than a chunk has come in, each chunk is deflated on its own and
 * ended with a sync flush (byte-aligned, not final), the last with a final block. Raw
 * deflate blocks follow one another, so the chunks together are one ordinary deflate
 * stream that inflateRawSync reads whole (the stored format does not change); each chunk
 * starts without the previous one's window, which costs a few bytes per megabyte.
 */
export class PackSink {
  private pieces: string[] = [];
  private pending = 0;
  private total = 0;
  private readonly out: Buffer[] = [];

  /** Append the next piece of the text. */
  readonly write = (piece: string): void => {
    this.pieces.push(piece);
    this.pending += piece.length;
    this.total += piece.length;
    if (this.pending >= CHUNK_CHARS) this.deflatePending(false);
  };

  /** The text as stored (call once, after the last piece). */
  finish(): PackedText {
    if (this.out.length === 0 && this.total <= DEFLATE_ABOVE) {
      const text = this.pieces.join('');
      this.pieces = [];
      return { text, blob: null };
    }
    this.deflatePending(true);
    return { text: '', blob: this.out.length === 1 ? this.out[0]! : Buffer.concat(this.out) };
  }

  private deflatePending(final: boolean): void {
    const text = this.pieces.join('');
    this.pieces = [];
    this.pending = 0;
    this.out.push(
      deflateRawSync(text, {
        level: DEFLATE_LEVEL,
        finishFlush: final ? constants.Z_FINISH : constants.Z_SYNC_FLUSH,
      }),
    );
  }
}
