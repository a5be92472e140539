import { ScenarioList } from './ScenarioList';
import { CompareView } from './CompareView';

/** Scenario management (create from another, rename, delete) and side-by-side comparison. */
export default function ScenariosScreen() {
  return (
    <div className="scenarios-screen">
      <ScenarioList />
      <CompareView />
    </div>
  );
}
