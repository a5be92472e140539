import { z } from 'zod';
import { zFileRef, zOutputRef, type InputDescription, type OutputDone } from './files';

/** Files the renderer hands to main (uploads in browser mode, dialogs in Electron) and outputs it downloads. */
export const filesContract = {
  /**
   * Name, size and SHA-256 of a chosen file, without parsing it: lets the page confirm what
   * it uploaded (or which file a path names). 'not-found' for a missing path or an unknown
   * or expired upload.
   */
  'files/describe-input': {
    input: z.object({ file: zFileRef }),
    output: null as unknown as InputDescription,
  },
  /**
   * A consistent copy of the open workbook (SQLite `VACUUM INTO`) written to `output`: a
   * path (refused when it names the open workbook itself) or a download. Changes nothing.
   */
  'files/save-workbook-copy': {
    input: z.object({ output: zOutputRef }),
    output: null as unknown as OutputDone,
  },
} as const;
