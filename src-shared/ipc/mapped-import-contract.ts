/** Mapped imports of actuals, purchase orders and contractor labour from other systems' files. */
export const mappedImportContract = {} as const;
