import type { z } from 'zod';
import {
  contract,
  type CallOptions,
  type Channel,
  type Handlers,
  type RunContext,
} from '../../src-shared/ipc/contract';
import { AppError } from '../../src-shared/ipc/errors';
import { fail, ok, type Result } from '../../src-shared/ipc/result';

/** Untrusted entry point: any channel name, any args. Never throws. */
export type Dispatch = (channel: string, args: unknown, opts?: CallOptions) => Promise<Result<unknown>>;

export interface DispatcherOptions {
  /** Where unexpected failures are reported (default console.error). */
  log?: (message: string, error: unknown) => void;
}

const isChannel = (c: string): c is Channel => Object.prototype.hasOwnProperty.call(contract, c);

/** "cells.0.amount: expected a canonical decimal…" for each zod issue. */
function describeIssues(issues: readonly z.core.$ZodIssue[]) {
  return issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message, code: i.code }));
}

/**
 * Build the dispatcher every transport uses (Electron IPC, the browser bridge, the CLI):
 * it rejects unknown channels, validates args with the channel's zod schema, runs the
 * handler and wraps the outcome in a Result. AppErrors cross as they are; anything
 * else is logged and crosses as 'internal'.
 */
export function createDispatcher(handlers: Handlers, opts: DispatcherOptions = {}): Dispatch {
  const log = opts.log ?? ((m, e) => console.error(m, e));
  return async (channel, args, opts) => {
    if (typeof channel !== 'string' || !isChannel(channel)) {
      return fail({ code: 'bad-request', message: `Unknown channel "${String(channel)}".`, details: { channel } });
    }
    const parsed = contract[channel].input.safeParse(args ?? {});
    if (!parsed.success) {
      const issues = describeIssues(parsed.error.issues);
      const first = issues[0];
      const where = first?.path ? `${first.path}: ` : '';
      return fail({
        code: 'bad-request',
        message: `Invalid arguments for ${channel}: ${where}${first?.message ?? 'invalid input'}`,
        details: { channel, issues },
      });
    }
    // Stopped before it started (the page cancelled while the call was on its way): nothing to run.
    if (opts?.signal?.aborted) return fail({ code: 'cancelled', message: `${channel} was cancelled.` });
    try {
      const handler = handlers[channel] as (a: unknown, run: RunContext) => unknown;
      const run: RunContext = {
        progress: (done, total, label) => opts?.onProgress?.({ done, total, ...(label ? { label } : {}) }),
        signal: opts?.signal,
      };
      return ok(await handler(parsed.data, run));
    } catch (e) {
      if (e instanceof AppError) {
        return fail({ code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) });
      }
      log(`[outlay] ${channel} failed unexpectedly`, e);
      return fail({
        code: 'internal',
        message: `${channel} failed unexpectedly: ${e instanceof Error ? e.message : String(e)}`,
        details: { channel },
      });
    }
  };
}
