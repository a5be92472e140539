import { useState } from 'react';
import '../../styles/contracts.css';
import { ContractsTab } from './ContractsTab';
import { CostItemsTab } from './CostItemsTab';

type Tab = 'contracts' | 'cost-items';

/** Vendor contracts with their schedules, and single invoices and purchases. */
export default function ContractsScreen() {
  const [tab, setTab] = useState<Tab>('contracts');
  const tabButton = (id: Tab, label: string) => (
    <button
      type="button"
      role="tab"
      aria-selected={id === tab}
      className={id === tab ? 'active' : ''}
      data-testid={`contracts-tab-${id}`}
      onClick={() => setTab(id)}
    >
      {label}
    </button>
  );
  return (
    <div className="contracts-screen">
      <div className="toolbar">
        <div className="toolbar-title">
          <h1>Contracts</h1>
        </div>
        <div className="segmented" role="tablist" aria-label="Contracts">
          {tabButton('contracts', 'Contracts')}
          {tabButton('cost-items', 'Invoices & purchases')}
        </div>
      </div>
      {tab === 'contracts' ? <ContractsTab /> : <CostItemsTab />}
    </div>
  );
}
