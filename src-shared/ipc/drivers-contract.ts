/** Channels of this slice, spread into the one request map in contract.ts. */
export const driversContract = {} as const;
