import { themeQuartz } from 'ag-grid-community';

/** Dense, calm grid look shared by every grid: finance users read many rows at once. */
export const gridTheme = themeQuartz.withParams({
  fontFamily: ['Inter', 'Segoe UI', 'system-ui', '-apple-system', 'Helvetica Neue', 'Arial', 'sans-serif'],
  fontSize: 12.5,
  headerFontSize: 12,
  headerFontWeight: 600,
  spacing: 5,
  rowHeight: 28,
  headerHeight: 32,
  accentColor: '#2563eb',
  foregroundColor: '#1f2937',
  headerBackgroundColor: '#f3f5f8',
  headerTextColor: '#374151',
  borderColor: '#e2e6ec',
  rowBorder: { color: '#eef0f4' },
  columnBorder: { color: '#f1f3f6' },
  oddRowBackgroundColor: '#fcfcfd',
  selectedRowBackgroundColor: '#e8f0fe',
  rowHoverColor: '#f5f8ff',
  pinnedRowBackgroundColor: '#eef2f7',
  pinnedRowFontWeight: 700,
  wrapperBorderRadius: 6,
  cellHorizontalPadding: 8,
});
