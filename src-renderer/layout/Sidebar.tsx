import type { Area } from '../state/view-state';

export const AREAS: { id: Area; label: string; icon: string }[] = [
  { id: 'budget', label: 'Budget', icon: '▦' },
  { id: 'summary', label: 'Summary', icon: '◫' },
  { id: 'assets', label: 'Assets', icon: '▤' },
  { id: 'contracts', label: 'Contracts', icon: '✎' },
  { id: 'scenarios', label: 'Scenarios', icon: '⇄' },
  { id: 'forecast', label: 'Forecast', icon: '↗' },
  { id: 'drivers', label: 'Drivers', icon: '⚲' },
  { id: 'tco', label: 'TCO', icon: '∑' },
  { id: 'cloud', label: 'Cloud costs', icon: '☁' },
  { id: 'allocation', label: 'Allocation', icon: '⇉' },
  { id: 'rates', label: 'Rates', icon: '¤' },
  { id: 'chargeback', label: 'Chargeback', icon: '⇆' },
  { id: 'variance', label: 'Variance', icon: '±' },
  { id: 'imports', label: 'Imports', icon: '⇩' },
  { id: 'audit', label: 'Audit', icon: '◷' },
  { id: 'setup', label: 'Setup', icon: '⚙' },
];

/** Left navigation between the product's areas. */
export function Sidebar({ area, onSelect }: { area: Area; onSelect: (a: Area) => void }) {
  return (
    <nav className="sidebar" aria-label="Areas">
      <div className="brand">
        <span className="brand-mark">◆</span> Outlay
      </div>
      <ul>
        {AREAS.map((a) => (
          <li key={a.id}>
            <button
              type="button"
              className={a.id === area ? 'nav-item active' : 'nav-item'}
              aria-current={a.id === area ? 'page' : undefined}
              data-testid={`nav-${a.id}`}
              onClick={() => onSelect(a.id)}
            >
              <span className="nav-icon" aria-hidden="true">
                {a.icon}
              </span>
              {a.label}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
