import type { ErrorCode } from './errors';

export interface AppErrorShape {
  code: ErrorCode;
  message: string;
  /** Where the problem is: field, row, column, file, sheet… */
  details?: Record<string, unknown>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (error: AppErrorShape): Result<never> => ({ ok: false, error });
