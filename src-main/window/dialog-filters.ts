/** A file-type filter of Electron's open/save dialogs. */
export interface DialogFilter {
  name: string;
  extensions: string[];
}

const KNOWN: Record<string, string> = {
  xlsx: 'Excel workbook',
  xls: 'Excel 97–2003 workbook',
  csv: 'CSV file',
  tsv: 'Tab-separated file',
  txt: 'Text file',
  outlay: 'Outlay workbook',
};

/**
 * Dialog filters from an `<input accept>` list (".xlsx,.csv"): one filter with every
 * extension first (what the user most likely wants), one per extension, then "All files".
 * MIME types in the list are ignored; an empty list offers all files.
 */
export function dialogFilters(accept: string): DialogFilter[] {
  const extensions = [
    ...new Set(
      accept
        .split(',')
        .map((a) => a.trim().toLowerCase())
        .filter((a) => /^\.[a-z0-9]+$/.test(a))
        .map((a) => a.slice(1)),
    ),
  ];
  const all = { name: 'All files', extensions: ['*'] };
  if (extensions.length === 0) return [all];
  const each = extensions.map((e) => ({ name: `${KNOWN[e] ?? e.toUpperCase() + ' file'} (.${e})`, extensions: [e] }));
  const supported = { name: `Supported files (${extensions.map((e) => `.${e}`).join(', ')})`, extensions };
  return [...(extensions.length > 1 ? [supported] : []), ...each, all];
}

/** Save-dialog filter for the suggested name's extension ("Budget.xlsx" → Excel workbook). */
export function saveFilters(defaultName: string): DialogFilter[] {
  const m = /\.([a-z0-9]+)$/i.exec(defaultName);
  return m ? dialogFilters(`.${m[1]}`) : [];
}
