import { describe, expect, it } from 'vitest';
import { formAlert, formProblem } from './problem';

const validation = {
  type: 'https://careledger.example/problems/validation',
  title: 'Bad request',
  status: 400,
  detail: 'email: must be an email address; password: must not be empty',
  errors: [
    { field: 'email', message: 'must be an email address' },
    { field: 'password', message: 'must not be empty' },
  ],
};

describe('formProblem', () => {
  it('keeps each field’s message for the field', () => {
    expect(formProblem(validation, 400)?.fields).toEqual({
      email: 'must be an email address',
      password: 'must not be empty',
    });
  });

  it('is null for an answer that is not problem+json', () => {
    expect(formProblem(undefined, 502)).toBeNull();
    expect(formProblem('Bad Gateway', 502)).toBeNull();
  });
});

describe('formAlert', () => {
  it('says nothing above the form when the fields show every message', () => {
    expect(formAlert(formProblem(validation, 400), ['email', 'password'])).toBeUndefined();
  });

  it('shows the detail when the api names a field the form does not show', () => {
    const problem = formProblem(
      { ...validation, detail: 'token: is not valid', errors: [{ field: 'token', message: 'is not valid' }] },
      400,
    );
    expect(formAlert(problem, ['newPassword'])).toBe('token: is not valid');
  });

  it('shows the detail of a refusal without fields', () => {
    const problem = formProblem(
      { ...validation, status: 401, detail: 'wrong email or password', errors: undefined },
      401,
    );
    expect(formAlert(problem, ['email', 'password'])).toBe('wrong email or password');
  });

  it('shows nothing without a problem', () => {
    expect(formAlert(null, [])).toBeUndefined();
  });
});
