/** A bill's rows refused, as the import's 'validation' error details list them. */
export interface BillingRowProblem {
  row: number;
  column: string;
  message: string;
}

/** The refused rows in an error's details (empty when it names none). */
export function billingProblems(details: unknown): { problems: BillingRowProblem[]; count: number } {
  if (typeof details !== 'object' || details === null) return { problems: [], count: 0 };
  const d = details as { errors?: unknown; errorCount?: unknown };
  const problems = Array.isArray(d.errors)
    ? d.errors.filter(
        (e): e is BillingRowProblem =>
          typeof e === 'object' && e !== null && typeof (e as BillingRowProblem).row === 'number',
      )
    : [];
  return { problems, count: typeof d.errorCount === 'number' ? d.errorCount : problems.length };
}
