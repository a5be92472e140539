import { ComingSoon } from '../../layout/ComingSoon';

/** Placeholder until the screen lands. */
export default function TcoScreen() {
  return <ComingSoon area="tco" />;
}
