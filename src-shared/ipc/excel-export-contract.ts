/** Export of workbook areas to .xlsx/.csv for finance (owned by the export work). */
export const excelExportContract = {} as const;
