import { isCalendarDate } from '@careledger/common';

/**
 * What a register search (`q`) asks for. A person is found when every word begins a word of the name
 * (in any order), when the whole text is in the code, when the digits are in the phone number, or when
 * the text is the birth date. The database folds case and ё (`search_fold`) on both sides.
 */
export interface RegisterSearch {
  /** the whole text: matched against codes */
  text: string;
  /** the words, split where the database splits names: each must begin a word of the name */
  words: string[];
  /** the national digits of a phone number, when the text looks like one */
  phoneDigits?: string;
  /** `YYYY-MM-DD`, when the text is a date (`23.04.2015` or `2015-04-23`) */
  birthDate?: string;
}

const phoneLike = /^\+?[\d\s()-]+$/;
/** fewer digits than this match too many numbers to be a phone search */
const phoneMinDigits = 5;
const dottedDate = /^(\d{2})\.(\d{2})\.(\d{4})$/;

/**
 * The digits of a phone number as the database's `phone_key` keeps them: a Russian number's +7 or 8 is
 * dropped, also from the start of a partial number («+7 900», «8 (900) 12»).
 */
export function phoneDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  const trimmed = text.trim();
  if (/^[78]\d{10}$/.test(digits)) return digits.slice(1);
  if (trimmed.startsWith('+7')) return digits.slice(1);
  if (/^8[\s(-]/.test(trimmed)) return digits.slice(1);
  return digits;
}

function calendarDate(text: string): string | undefined {
  const dotted = dottedDate.exec(text);
  const iso = dotted ? `${dotted[3]}-${dotted[2]}-${dotted[1]}` : text;
  return isCalendarDate(iso) ? iso : undefined;
}

export function parseRegisterSearch(q: string): RegisterSearch {
  const text = q.trim();
  const search: RegisterSearch = { text, words: text.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '') };
  if (phoneLike.test(text)) {
    const digits = phoneDigits(text);
    if (digits.length >= phoneMinDigits) search.phoneDigits = digits;
  }
  const birthDate = calendarDate(text);
  if (birthDate) search.birthDate = birthDate;
  return search;
}
