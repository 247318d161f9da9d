// What a refused request says, read from the api's problem+json answer (RFC 9457): the detail for the
// whole form, and each field's own message so the form can show it beside that field. The api words
// both in the language the request asked for (Accept-Language), so they are shown as they come.
import type { components } from '@careledger/api-client';

export type ProblemBody = components['schemas']['ProblemDto'];

export interface FormProblem {
  status: number;
  /** The api's sentence for the whole refusal (it lists the field errors when there are some). */
  detail: string;
  /** Message by field name, e.g. { password: 'must be at least 10 characters long' }. */
  fields: Record<string, string>;
}

function isProblem(value: unknown): value is ProblemBody {
  return typeof value === 'object' && value !== null && 'status' in value && 'detail' in value;
}

/** The problem an error answer carries; null when the answer is not problem+json (a network fault). */
export function formProblem(error: unknown, status: number): FormProblem | null {
  if (!isProblem(error)) return null;
  const fields: Record<string, string> = {};
  for (const { field, message } of error.errors ?? []) fields[field] ??= message;
  return { status, detail: error.detail, fields };
}

/**
 * What the form shows above its fields: nothing when every field the api named is one the form shows
 * (the message then sits beside it), else the api's detail, so a refusal about e.g. the link's token
 * or the account as a whole is never lost.
 */
export function formAlert(problem: FormProblem | null, shownFields: readonly string[]): string | undefined {
  if (!problem) return undefined;
  const named = Object.keys(problem.fields);
  if (named.length > 0 && named.every((field) => shownFields.includes(field))) return undefined;
  return problem.detail;
}
