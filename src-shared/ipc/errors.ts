/** Error codes that cross the boundary. Messages are for people; codes are for code. */
export const ERROR_CODES = [
  'bad-request', // input failed validation at the boundary
  'validation', // a domain rule refused the input (code format, unknown dimension…)
  'not-found',
  'conflict', // duplicate code, stale edit
  'not-a-workbook',
  'corrupt-workbook',
  'newer-schema',
  'no-workbook', // no workbook is open
  'nothing-to-undo',
  'nothing-to-redo',
  'unauthorized',
  'cancelled', // the caller stopped a long run; nothing was written
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Thrown inside main-process services; the router turns it into a Result error. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
