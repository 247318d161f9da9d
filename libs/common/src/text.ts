/**
 * What text the api takes in and what it lets out (issue 13, item 10). Input is refused, not repaired:
 * a caller learns which field held what. Output that was stored before these rules (PDF text and
 * metadata) is repaired instead, by `printableText`.
 */
import { message } from './messages/index.js';

/** C0 and C1 control characters and DEL, except TAB, LF and CR, which free text may hold. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const controlCharacter = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Bidirectional embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069): they make text
 * display in another order than it is stored, so a name can pass for another (“Trojan Source”).
 */
const bidiControl = /[\u202A-\u202E\u2066-\u2069]/;

/** What ends or tabs a line: TAB, LF, CR, and Unicode's own line and paragraph separators. */
const lineBreakOrTab = /[\t\n\r\u2028\u2029]/;

/** A UTF-16 surrogate without its pair: not Unicode text, it has no UTF-8 encoding. */
const unpairedSurrogate = /\p{Cs}/u;

/** Why `text` cannot be stored as it is: a NUL (PostgreSQL text cannot hold it) or broken UTF-16. */
export function unstorableTextProblem(text: string): string | undefined {
  if (text.includes('\u0000')) return message('text.nul');
  if (unpairedSurrogate.test(text)) return message('text.unicode');
  return undefined;
}

/**
 * Why `text` may not be taken in: control characters other than TAB, LF and CR, bidirectional
 * controls, and in single-line text (names, codes, emails) TAB and line breaks as well.
 */
export function unsafeTextProblem(text: string, singleLine: boolean): string | undefined {
  if (controlCharacter.test(text)) return message('text.control');
  if (bidiControl.test(text)) return message('text.bidi');
  if (singleLine && lineBreakOrTab.test(text)) return message('text.singleLine');
  return undefined;
}

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const unprintable = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]|[\u202A-\u202E\u2066-\u2069]/g;

/**
 * `text` made safe to print on one line: bidirectional controls removed, every other control character
 * and line break turned into a space. For output of text that may have been stored before the input
 * rules, such as the names in a report's PDF.
 */
export function printableText(text: string): string {
  return text.replace(unprintable, (character) => (bidiControl.test(character) ? '' : ' '));
}
