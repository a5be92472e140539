import type { RowWriter } from '../db/row-writer';
import type { DemoData } from '../demo/types';
import { assumptionRow, driverRow, driverValueRow, lineModelRow } from '../repo/drivers-repo';

/**
 * Write the demo's drivers, values, growth assumptions and line models as seedWorkbook
 * writes the rest (directly, untracked). The driver-based lines' amounts were computed by
 * the engine when the demo was generated and are written with the other amounts.
 */
export function seedDrivers(w: RowWriter, demo: DemoData): void {
  const d = demo.drivers;
  if (!d) return;
  for (const x of d.drivers) w.insert('drivers', driverRow(x));
  for (const v of d.values) w.insert('driver_values', driverValueRow(v));
  for (const a of d.assumptions) w.insert('driver_assumptions', assumptionRow(a));
  for (const m of d.models) w.insert('driver_line_models', lineModelRow(m));
}
