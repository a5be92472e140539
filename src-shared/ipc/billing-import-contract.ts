/** Channels of the billing-import area (issue 6); each entry: { input: zod schema, output: type }. */
export const billingImportContract = {} as const;
