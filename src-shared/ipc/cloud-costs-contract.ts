/** Channels of the cloud-costs area (issue 6); each entry: { input: zod schema, output: type }. */
export const cloudCostsContract = {} as const;
