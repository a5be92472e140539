import { generateDemo } from '../../demo/generate';
import type { DemoOptions } from '../../demo/types';
import { createWorkbook } from '../../services';

export interface CreateJobInput {
  file: string;
  name?: string;
  baseCurrency?: string;
  fyStartMonth?: number;
  userName?: string;
  /** Generate demo data with these options; null for an empty workbook. */
  demo: DemoOptions | null;
}

export type CreateProgress =
  | { phase: 'generating'; lines: number }
  | { phase: 'writing'; budgetLines: number; budgetCells: number; actuals: number; generateMs: number }
  | { phase: 'written'; writeMs: number };

export interface CreateSummary {
  file: string;
  name: string;
  baseCurrency: string;
  fyStartMonth: number;
  userName: string;
  demo: null | {
    seed: number;
    asOf: string;
    linesPerScenario: number;
    scenarios: number;
    budgetLines: number;
    actuals: number;
  };
  generateMs: number;
  writeMs: number;
}

/**
 * Generate (optionally) and write a new workbook, then close it. Runs in a worker thread
 * so the CLI's main thread stays free to show progress and to cancel on Ctrl+C.
 * Throws AppError from createWorkbook (existing file, unknown currency…).
 */
export async function createJob(input: CreateJobInput, report: (p: CreateProgress) => void): Promise<CreateSummary> {
  let generateMs = 0;
  let demo: ReturnType<typeof generateDemo> | undefined;
  if (input.demo) {
    report({ phase: 'generating', lines: input.demo.lines ?? 0 });
    const t0 = performance.now();
    demo = generateDemo({ chargeback: true, ...input.demo });
    generateMs = performance.now() - t0;
    let cells = 0;
    for (const l of demo.budgetLines) for (const _ in l.amounts) cells++;
    report({
      phase: 'writing',
      budgetLines: demo.budgetLines.length,
      budgetCells: cells,
      actuals: demo.actuals.length,
      generateMs,
    });
  }
  const t1 = performance.now();
  const session = await createWorkbook(input.file, {
    name: input.name,
    baseCurrency: input.baseCurrency,
    fyStartMonth: input.fyStartMonth,
    userName: input.userName,
    demo,
  });
  try {
    const info = await session.call('workbook/get-info', {});
    const writeMs = performance.now() - t1;
    report({ phase: 'written', writeMs });
    return {
      file: info.path,
      name: info.settings.name,
      baseCurrency: info.settings.baseCurrency,
      fyStartMonth: info.settings.fyStartMonth,
      userName: info.settings.userName,
      demo:
        input.demo && demo
          ? {
              seed: input.demo.seed,
              asOf: input.demo.asOf,
              linesPerScenario: input.demo.lines ?? demo.budgetLines.length / Math.max(1, demo.scenarios.length),
              scenarios: demo.scenarios.length,
              budgetLines: demo.budgetLines.length,
              actuals: demo.actuals.length,
            }
          : null,
      generateMs,
      writeMs,
    };
  } finally {
    session.close();
  }
}
