import { useState } from 'react';
import '../../styles/rates.css';
import { CatalogueTab } from './CatalogueTab';
import { RateCardsTab } from './RateCardsTab';
import { RecoveryTab } from './RecoveryTab';
import { VolumesTab } from './VolumesTab';
import { TabBar } from '../../components/TabBar';

type Tab = 'catalogue' | 'volumes' | 'cards' | 'recovery';
const TABS: { id: Tab; label: string }[] = [
  { id: 'catalogue', label: 'Catalogue' },
  { id: 'volumes', label: 'Volumes' },
  { id: 'cards', label: 'Rate cards' },
  { id: 'recovery', label: 'Recovery' },
];

/**
 * Rate design (issue 6): the service catalogue, usage and capacity volumes, rate cards
 * priced from the allocated cost pools (with a what-if editor before publishing) and the
 * over/under-recovery of the published rates.
 */
export default function RatesScreen() {
  const [tab, setTab] = useState<Tab>('catalogue');
  return (
    <section className="rates-screen" data-testid="rates-screen">
      <div className="toolbar">
        <div className="toolbar-title">
          <h1>Rates</h1>
        </div>
        <TabBar tabs={TABS} value={tab} onChange={setTab} label="Rates" testPrefix="rates-tab" />
      </div>
      {tab === 'catalogue' && <CatalogueTab />}
      {tab === 'volumes' && <VolumesTab />}
      {tab === 'cards' && <RateCardsTab />}
      {tab === 'recovery' && <RecoveryTab />}
    </section>
  );
}
