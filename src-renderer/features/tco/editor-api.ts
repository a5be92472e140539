import type { Path } from './model-paths';

/**
 * What every input of the model editor needs: its error, whether it differs from the saved
 * model, and how to change the draft. `item` is "model", "demand" or an alternative's id,
 * as the engine names it in a refusal; `path` is inside that item.
 */
export interface EditorApi {
  errorAt(item: string, path: Path): string | undefined;
  edited(item: string, path: Path): boolean;
  set(item: string, path: Path, value: unknown): void;
  append(item: string, path: Path, row: unknown): void;
  remove(item: string, path: Path, index: number): void;
}
