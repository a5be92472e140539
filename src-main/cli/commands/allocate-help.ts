/** Help of `outlay allocate` (kept beside the command, registered in help.ts). */
export const ALLOCATE_HELP = `Usage: outlay allocate FILE

Allocate a month's shared and cloud costs by the rules (--period).
`;
