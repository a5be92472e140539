import { useState } from 'react';
import { BatchList } from './BatchList';
import { ClosedMonths } from './ClosedMonths';
import { ImportedLabour, ImportedPurchaseOrders } from './ImportedRows';
import { ImportWizard } from './ImportWizard';
import '../../styles/imports.css';

const TABS = [
  { id: 'new', label: 'New import' },
  { id: 'batches', label: 'Past imports' },
  { id: 'pos', label: 'Purchase orders' },
  { id: 'labour', label: 'Labour' },
  { id: 'closed', label: 'Closed months' },
] as const;
type Tab = (typeof TABS)[number]['id'];

/** Imports of actuals, purchase orders and contractor labour from other systems' files. */
export default function ImportsScreen() {
  const [tab, setTab] = useState<Tab>('new');
  return (
    <section className="screen-body imports" data-testid="imports-screen">
      <h1>Imports</h1>
      <div className="imports-tabs" role="tablist" aria-label="Imports">
        {TABS.map((t) => (
          <button
            key={t.id}
            type="button"
            role="tab"
            aria-selected={tab === t.id}
            className={tab === t.id ? 'active' : ''}
            data-testid={`imports-tab-${t.id}`}
            onClick={() => setTab(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {tab === 'new' && <ImportWizard onImported={() => setTab('batches')} />}
      {tab === 'batches' && <BatchList />}
      {tab === 'pos' && <ImportedPurchaseOrders />}
      {tab === 'labour' && <ImportedLabour />}
      {tab === 'closed' && <ClosedMonths />}
    </section>
  );
}
