/** Channels of the rates area (issue 6); each entry: { input: zod schema, output: type }. */
export const ratesContract = {} as const;
