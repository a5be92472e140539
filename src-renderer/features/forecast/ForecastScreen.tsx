import { ComingSoon } from '../../layout/ComingSoon';

/** Placeholder until the screen lands. */
export default function ForecastScreen() {
  return <ComingSoon area="forecast" />;
}
