import { useState } from 'react';
import '../../styles/cloud.css';
import { TABLES, touches } from '../../api/stale';
import { useQuery } from '../../api/useQuery';
import { useWorkbook } from '../../state/WorkbookContext';
import { BillingImportsPanel } from './BillingImportsPanel';
import { CloudOverview } from './CloudOverview';
import { CommitmentsTab } from './CommitmentsTab';
import { TagHygieneTab } from './TagHygieneTab';
import { TabBar } from '../../components/TabBar';

type Tab = 'overview' | 'tags' | 'commitments' | 'imports';

const TABS: { id: Tab; label: string }[] = [
  { id: 'overview', label: 'Overview' },
  { id: 'tags', label: 'Tag hygiene' },
  { id: 'commitments', label: 'Commitments' },
  { id: 'imports', label: 'Imports' },
];

/** Cloud costs (issue 6): totals of imported bills with charts, tag hygiene, commitments and the imports. */
export default function CloudCostsScreen() {
  const { basis } = useWorkbook();
  const [tab, setTab] = useState<Tab>('overview');
  const probe = useQuery('cloud/totals', { dimension: 'provider', basis }, { staleOn: touches(TABLES.cloud) });
  const empty = probe.data?.hasData === false;
  return (
    <section className="screen cloud-screen" data-testid="cloud-screen">
      <div className="toolbar">
        <div className="toolbar-title">
          <h1>Cloud costs</h1>
        </div>
        <TabBar tabs={TABS} value={tab} onChange={setTab} label="Cloud costs" testPrefix="cloud-tab" />
      </div>
      {tab === 'imports' ? (
        <BillingImportsPanel />
      ) : empty ? (
        <div className="panel cloud-empty" data-testid="cloud-empty">
          <h2>No cloud bills imported yet</h2>
          <p className="muted">
            Import a FOCUS file or an AWS, Azure or GCP billing export on the Imports tab; totals, tag hygiene and
            commitments appear here once it is in.
          </p>
          <button type="button" className="primary" data-testid="cloud-empty-imports" onClick={() => setTab('imports')}>
            Go to Imports
          </button>
        </div>
      ) : tab === 'overview' ? (
        <CloudOverview />
      ) : tab === 'tags' ? (
        <TagHygieneTab />
      ) : (
        <CommitmentsTab />
      )}
    </section>
  );
}
