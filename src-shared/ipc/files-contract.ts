/** Files the renderer hands to main (uploads in browser mode, dialogs in Electron) and outputs it downloads. */
export const filesContract = {} as const;
