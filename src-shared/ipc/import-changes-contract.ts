/** Tracked round-trip import of an edited Outlay export (preview, then apply as one command). */
export const importChangesContract = {} as const;
