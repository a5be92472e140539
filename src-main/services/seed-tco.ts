import type { RowWriter } from '../db/row-writer';
import type { DemoData } from '../demo/types';
import { computeTco } from '../engine/tco';
import { tcoModelRow } from '../repo/tco-repo';
import { engineCall } from './engine-input';

/**
 * Write the demo's TCO models as seedWorkbook writes the rest (directly, untracked),
 * each computed once first as tco/save does, so a stored model always computes. The
 * demo's models hold amounts in the base currency only and need no FX rates.
 */
export function seedTcoModels(w: RowWriter, demo: DemoData, now: Date): void {
  for (const m of demo.tcoModels ?? []) {
    engineCall(() => computeTco(m.model), `Demo TCO model "${m.name}"`);
    const at = now.toISOString();
    w.insert('tco_models', tcoModelRow({ ...m, createdAt: at, updatedAt: at }));
  }
}
