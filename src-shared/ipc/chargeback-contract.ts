/** Channels of the chargeback area (issue 6); each entry: { input: zod schema, output: type }. */
export const chargebackContract = {} as const;
