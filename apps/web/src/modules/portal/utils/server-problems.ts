export interface FieldProblem {
  field: string;
  message: string;
}

interface GraphQLErrorLike {
  message?: string;
  extensions?: { code?: unknown; fields?: FieldProblem[] };
}

function errorsOf(error: unknown): GraphQLErrorLike[] {
  const errors = (error as { errors?: GraphQLErrorLike[] } | null)?.errors;
  return Array.isArray(errors) ? errors : [];
}

/** Field problems from a BAD_USER_INPUT error (extensions.fields), if any. */
export function fieldProblems(error: unknown): FieldProblem[] {
  return errorsOf(error).flatMap((e) =>
    Array.isArray(e.extensions?.fields) ? e.extensions.fields : [],
  );
}

/** The GraphQL error code of the first error (UNAUTHENTICATED, FORBIDDEN, …), if any. */
export function errorCode(error: unknown): string | undefined {
  const code = errorsOf(error)[0]?.extensions?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A message for problems that belong to no field of the form. */
export function generalMessage(error: unknown, known: (field: string) => boolean): string | null {
  const problems = fieldProblems(error);
  if (problems.length > 0) {
    const other = problems.filter((p) => !known(p.field)).map((p) => `${p.field}: ${p.message}`);
    return other.length > 0 ? other.join(' ') : null;
  }
  return error instanceof Error ? error.message : String(error);
}
