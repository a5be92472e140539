/** Channels of the allocation area (issue 6); each entry: { input: zod schema, output: type }. */
export const allocationContract = {} as const;
