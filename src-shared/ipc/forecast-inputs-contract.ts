/** Channels of this slice, spread into the one request map in contract.ts. */
export const forecastInputsContract = {} as const;
