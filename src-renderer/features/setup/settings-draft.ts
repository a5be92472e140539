import type { ChannelInput } from '../../../src-shared/ipc/contract';
import type { WorkbookSettings } from '../../../src-shared/model';

export type SettingsPatch = ChannelInput<'workbook/update-settings'>['patch'];

/** The settings the Workbook panel edits; the fiscal calendar is edited under Calendar & policies. */
export type EditableSettings = Pick<WorkbookSettings, 'name' | 'baseCurrency' | 'fyStartMonth' | 'userName'>;
export type SettingsKey = keyof EditableSettings;
export type SettingsDraft = Partial<EditableSettings>;

export const SETTINGS_KEYS: readonly SettingsKey[] = ['name', 'baseCurrency', 'fyStartMonth', 'userName'];

const clean = <K extends SettingsKey>(key: K, v: EditableSettings[K]): EditableSettings[K] =>
  (typeof v === 'string' ? v.trim() : v) as EditableSettings[K];

/** The fields of a draft that differ from the stored settings (text trimmed): the patch to send. */
export function settingsPatch(stored: WorkbookSettings, draft: SettingsDraft): SettingsPatch {
  const patch: Record<string, unknown> = {};
  for (const k of SETTINGS_KEYS) {
    const v = draft[k];
    if (v !== undefined && clean(k, v) !== stored[k]) patch[k] = clean(k, v);
  }
  return patch as SettingsPatch;
}

/**
 * Drop the fields the stored settings now hold (after a save arrives through the
 * workbook/changed event, or another window made the same change), so the panel shows
 * stored values again, and an undo later shows up in the panel too.
 */
export function pruneDraft(stored: WorkbookSettings, draft: SettingsDraft): SettingsDraft {
  const left: Record<string, unknown> = {};
  for (const k of SETTINGS_KEYS) {
    const v = draft[k];
    if (v !== undefined && clean(k, v) !== stored[k]) left[k] = v;
  }
  return Object.keys(left).length === Object.keys(draft).length ? draft : (left as SettingsDraft);
}
