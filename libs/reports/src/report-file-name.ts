import type { ReportType } from './report-model.js';

/** Russian letters as the passport rules (ГОСТ Р 52535.1-2006, ICAO) write them in Latin. */
const latin: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: 'ie',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'iu',
  я: 'ia',
};

const typeNames: Record<ReportType, string> = {
  activity: 'activity-report',
  funding_source: 'funding-source-report',
  beneficiary_statement: 'care-statement',
};

/** The organisation's name in lowercase Latin letters, digits and hyphens: `fond-dobrye-ruki`. */
export function transliterate(name: string): string {
  const letters = [...name.normalize('NFKC').toLowerCase()].map((char) => latin[char] ?? char).join('');
  return letters
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

// eslint-disable-next-line no-control-regex -- removing control characters is the point
const unsafeInFileName = /[\u0000-\u001f\u007f-\u009f"\\/:*?<>|\u202a-\u202e\u2066-\u2069]+/g;

export interface ReportFileName {
  /** what any client can take: `fond-dobrye-ruki_activity-report_2026-10-01_2026-10-31.pdf` */
  ascii: string;
  /** the organisation's own name, for clients that read RFC 5987's `filename*` */
  unicode: string;
}

/** A report file's name: who, what and for when, readable once saved. */
export function reportFileName(
  organisation: string,
  type: ReportType,
  periodFrom: string,
  periodTo: string,
): ReportFileName {
  const period = `${periodFrom}_${periodTo}`;
  const ascii = [transliterate(organisation) || 'organisation', typeNames[type], period].join('_');
  // no path, quote or control character reaches a saved name
  const own = organisation.replace(unsafeInFileName, ' ').trim();
  return { ascii: `${ascii}.pdf`, unicode: `${own || 'organisation'}_${typeNames[type]}_${period}.pdf` };
}

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266 with RFC 5987 for the Unicode name). */
export function contentDisposition(name: ReportFileName, disposition: 'inline' | 'attachment'): string {
  const encoded = encodeURIComponent(name.unicode).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${disposition}; filename="${name.ascii}"; filename*=UTF-8''${encoded}`;
}
