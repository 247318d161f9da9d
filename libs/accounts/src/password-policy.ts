import { projectPath } from '@careledger/database';
import { ZxcvbnFactory, ZxcvbnResult } from '@zxcvbn-ts/core';
import * as zxcvbnCommon from '@zxcvbn-ts/language-common';
import * as zxcvbnEnglish from '@zxcvbn-ts/language-en';
import { registerDecorator, ValidationArguments, ValidationOptions } from 'class-validator';
import { readFileSync } from 'node:fs';

export const passwordMinLength = 10;
/** Argon2 hashes whatever it is given: a cap keeps a megabyte "password" from costing the api a core. */
export const passwordMaxLength = 256;

/**
 * zxcvbn's score 3 means roughly 10^8 guesses or more: out of reach of an online attack and slow for an
 * offline one against Argon2id. Scores 0–2 are dictionary words, names, dates and keyboard walks.
 */
const minimumScore = 3;

/** The same keys on the Russian ЙЦУКЕН and the Latin QWERTY layout, in the same order. */
const cyrillicKeys = 'ёйцукенгшщзхъфывапролджэячсмитьбю';
const latinKeys = "`qwertyuiop[]asdfghjkl;'zxcvbnm,.";

/** Only the first characters are estimated: a password whose first 64 are strong is strong. */
const estimatedLength = 64;

let commonPasswords: Set<string> | undefined;
let estimator: ZxcvbnFactory | undefined;

/** The shipped list (libs/accounts/data), lower-cased; read once per process. */
function commonPasswordList(): Set<string> {
  commonPasswords ??= new Set(
    readFileSync(projectPath('libs', 'accounts', 'data', 'common-passwords.txt'), 'utf8')
      .split('\n')
      .map((line) => line.trim().toLowerCase())
      .filter((line) => line && !line.startsWith('#')),
  );
  return commonPasswords;
}

/** zxcvbn with its common and English dictionaries plus the shipped list, so parts of a password match too. */
function strengthEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations: zxcvbnEnglish.translations,
    graphs: zxcvbnCommon.adjacencyGraphs,
    dictionary: {
      ...zxcvbnCommon.dictionary,
      ...zxcvbnEnglish.dictionary,
      'passwords-ru': [...commonPasswordList()],
    },
    // zxcvbn's time grows steeply with length and with l33t substitutions (a 64-character hex string
    // took seconds with the defaults): these bounds keep one estimate within tens of milliseconds.
    maxLength: estimatedLength,
    l33tMaxSubstitutions: 4,
  });
  return estimator;
}

function retyped(text: string, from: string, to: string): string {
  return [...text].map((character) => to[from.indexOf(character)] ?? character).join('');
}

/**
 * The password as typed, and as the same keys give on the Latin layout: `йцукенгшщз` is the keyboard
 * walk `qwertyuiop`, which zxcvbn knows. Both are estimated.
 */
function spellings(password: string): string[] {
  const lower = password.normalize('NFKC').toLowerCase();
  return [...new Set([lower, retyped(lower, cyrillicKeys, latinKeys)])];
}

/** Also the Russian layout's letters for Latin keys, for the list only: `gfhjkm` is `пароль`. */
function listSpellings(spelled: string[]): string[] {
  return [...spelled, retyped(spelled[0], latinKeys, cyrillicKeys)];
}

/** An email or a name, whole and in its parts (`olga`, `smirnova`, `dobrye`), as zxcvbn user inputs. */
function guessableWords(userInputs: string[]): string[] {
  const words = userInputs.flatMap((input) => {
    const lower = input.normalize('NFKC').toLowerCase();
    return [lower, ...lower.split(/[^\p{L}\p{N}]+/u)];
  });
  return [...new Set(words.filter((word) => [...word].length >= 3))];
}

/**
 * The letters and digits left of a password once the person's own words are taken out of it (longest
 * first). Separators go too: zxcvbn rates any three pieces at 10^8 guesses at least, `.-.84` included.
 */
function withoutWords(password: string, words: string[]): string {
  const longestFirst = [...words].sort((a, b) => b.length - a.length);
  const rest = longestFirst.reduce((left, word) => left.split(word).join(''), password);
  return rest.replace(/[^\p{L}\p{N}]+/gu, '');
}

function explanation(result: ZxcvbnResult): string {
  const reason =
    result.feedback.warning ?? result.feedback.suggestions[0] ?? 'Add more words that are less common.';
  return `is too easy to guess: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`;
}

/**
 * Why a password is not acceptable, or undefined when it is: length, the list of the most common
 * passwords (on either keyboard layout), then zxcvbn's estimate with the person's own email and name
 * counting as guessable, then what is left without those.
 */
export function passwordProblem(password: string, userInputs: string[] = []): string | undefined {
  const length = [...password].length;
  if (length < passwordMinLength) return `must be at least ${passwordMinLength} characters long`;
  if (length > passwordMaxLength) return `must be at most ${passwordMaxLength} characters long`;
  const candidates = spellings(password);
  if (listSpellings(candidates).some((candidate) => commonPasswordList().has(candidate)))
    return 'is one of the most common passwords';
  const inputs = guessableWords(userInputs);
  const weakest = candidates
    .map((candidate) => strengthEstimator().check(candidate, inputs))
    .reduce((weaker, result) => (result.score < weaker.score ? result : weaker));
  if (weakest.score < minimumScore) return explanation(weakest);
  // zxcvbn rates name + surname + year at 10^8 guesses, yet an attacker who targets this person tries
  // exactly those: what remains without them must be strong on its own.
  const rest = withoutWords(candidates[0], inputs);
  if (
    inputs.some((word) => candidates[0].includes(word)) &&
    strengthEstimator().check(rest).score < minimumScore
  )
    return 'is built from your own name or email address';
  return undefined;
}

/** Sibling fields of a DTO whose values a guesser would try first. */
const defaultUserInputFields = ['email', 'fullName'];

function userInputsOf(object: object, fields: string[]): string[] {
  return fields
    .map((field) => (object as Record<string, unknown>)[field])
    .filter((value): value is string => typeof value === 'string');
}

function problemOf(args: ValidationArguments, fields: string[]): string | undefined {
  if (typeof args.value !== 'string') return 'must be a string';
  return passwordProblem(args.value, userInputsOf(args.object, fields));
}

/**
 * A new password in a DTO: 400 naming the field and saying why (`password: is one of the most common
 * passwords`). The DTO's `email` and `fullName`, when present, count as guessable.
 */
export function IsAcceptablePassword(
  userInputFields: string[] = defaultUserInputFields,
  options?: ValidationOptions,
): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isAcceptablePassword',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: (args) => problemOf(args, userInputFields) ?? 'is not acceptable', ...options },
      validator: { validate: (_value: unknown, args) => problemOf(args!, userInputFields) === undefined },
    });
}
