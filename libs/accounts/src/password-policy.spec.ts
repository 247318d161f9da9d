import { validate } from 'class-validator';
import { IsAcceptablePassword, passwordMaxLength, passwordProblem } from './password-policy.js';

describe('passwordProblem', () => {
  it('accepts a long passphrase and a random password', () => {
    expect(passwordProblem('correct horse battery staple')).toBeUndefined();
    expect(passwordProblem('xK9#mQ2$vL7p')).toBeUndefined();
  });

  it('refuses passwords shorter than 10 or longer than 256 characters', () => {
    expect(passwordProblem('Zq8#kW2!p')).toBe('must be at least 10 characters long');
    expect(passwordProblem('x'.repeat(passwordMaxLength + 1))).toBe('must be at most 256 characters long');
  });

  it.each([
    '1234567890',
    'qwertyuiop',
    'Password123',
    'пароль1234',
    'ЙЦУКЕНГШЩЗ',
    'parol12345',
    'gfhjkm1234',
  ])('refuses %s as one of the most common passwords', (password) => {
    expect(passwordProblem(password)).toBe('is one of the most common passwords');
  });

  it('refuses a keyboard walk on the Russian layout that the list does not hold', () => {
    expect(passwordProblem('фывапролджэ1')).toMatch(/^is too easy to guess: /);
  });

  it('refuses a common Russian word with digits around it', () => {
    expect(passwordProblem('солнышко2024')).toMatch(/^is too easy to guess: /);
  });

  it('counts the person’s own email and name as guessable', () => {
    expect(passwordProblem('olga.smirnova.84')).toBeUndefined();
    const olga = ['olga.smirnova@dobrye-ruki.example', 'Olga Smirnova'];
    expect(passwordProblem('olga.smirnova.84', olga)).toBe('is built from your own name or email address');
    expect(passwordProblem('smirnova.olga', olga)).toMatch(/^is too easy to guess: /);
    expect(passwordProblem('olga loves quiet winter harbours', olga)).toBeUndefined();
  });
});

describe('@IsAcceptablePassword()', () => {
  class Input {
    email = 'olga.smirnova@dobrye-ruki.example';
    @IsAcceptablePassword()
    password: unknown;
  }

  async function problems(password: unknown): Promise<Record<string, string>> {
    const input = Object.assign(new Input(), { password });
    const [error] = await validate(input);
    return error?.constraints ?? {};
  }

  it('passes an acceptable password', async () => {
    expect(await problems('correct horse battery staple')).toEqual({});
  });

  it('names why a password is refused', async () => {
    expect(await problems('1234567890')).toEqual({
      isAcceptablePassword: 'is one of the most common passwords',
    });
    expect(await problems(12345678901)).toEqual({ isAcceptablePassword: 'must be a string' });
  });

  it('takes the DTO’s email as guessable', async () => {
    expect(await problems('olga.smirnova.84')).toEqual({
      isAcceptablePassword: 'is built from your own name or email address',
    });
  });
});
