import { TABLES, touches } from '../../api/stale';
import type { Basis } from '../../state/view-state';

/** Rates views go stale on catalogue, volume or card edits, allocation runs and settings. */
export const RATES_STALE = touches(TABLES.rates, TABLES.allocation, TABLES.settings, TABLES.dimensions);

/** The allocation runs pools come from: accrual → effective cost, cash → billed cost. */
export const measureOf = (basis: Basis): 'effective' | 'billed' => (basis === 'cash' ? 'billed' : 'effective');
