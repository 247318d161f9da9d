// One form's request to the api: whether it is under way, and what the api refused it for.
import { useCallback, useState } from 'react';
import { formProblem, type FormProblem } from './problem';

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

export interface FormRequest {
  pending: boolean;
  problem: FormProblem | null;
  /** Sends the request; the answer's data when it succeeded, else undefined (and `problem` says why). */
  run: <T>(send: () => Promise<Answer<T>>) => Promise<{ ok: true; data: T } | { ok: false }>;
}

/** A refusal that is not problem+json, or no answer at all: shown as the form's `fallback` sentence. */
function unexplained(status: number, fallback: string): FormProblem {
  return { status, detail: fallback, fields: {} };
}

export function useFormRequest(fallback: string): FormRequest {
  const [pending, setPending] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const run = useCallback(
    async <T>(send: () => Promise<Answer<T>>) => {
      setPending(true);
      setProblem(null);
      try {
        const { data, error, response } = await send();
        if (response.ok) return { ok: true as const, data: data as T };
        setProblem(formProblem(error, response.status) ?? unexplained(response.status, fallback));
      } catch {
        setProblem(unexplained(0, fallback));
      } finally {
        setPending(false);
      }
      return { ok: false as const };
    },
    [fallback],
  );
  return { pending, problem, run };
}
