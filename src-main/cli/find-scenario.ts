import type { WorkbookSession } from '../services';
import { InputError } from './cli-error';

/**
 * The scenario a command line names, by id or by name ignoring case; without a name, the
 * baseline. InputError naming the workbook (and `--option` when given) when there is none.
 */
export async function findScenario(
  s: WorkbookSession,
  ref: string | undefined,
  option?: string,
): Promise<{ id: string; name: string }> {
  const scenarios = await s.call('scenario/list', {});
  const hit =
    ref === undefined
      ? scenarios.find((x) => x.kind === 'baseline')
      : (scenarios.find((x) => x.id === ref) ?? scenarios.find((x) => x.name.toUpperCase() === ref.toUpperCase()));
  if (hit) return hit;
  throw new InputError(
    ref === undefined
      ? `${s.path} has no baseline scenario; name one with --${option ?? 'scenario'}`
      : `${option ? `--${option}: ` : ''}there is no scenario named or with id "${ref}" in ${s.path}`,
  );
}
