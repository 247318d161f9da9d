import { contentDisposition, reportFileName, transliterate } from './report-file-name.js';

describe('report file names', () => {
  it('transliterates the organisation into lowercase Latin words', () => {
    expect(transliterate('Фонд «Добрые руки»')).toBe('fond-dobrye-ruki');
    expect(transliterate('АНО «Милосердие» — паллиативная помощь')).toBe(
      'ano-miloserdie-palliativnaia-pomoshch',
    );
    expect(transliterate('Щедрость & Co. №5')).toBe('shchedrost-co-no5');
  });

  it('names who, what and for when, with an ASCII name and an RFC 5987 one', () => {
    const name = reportFileName('Фонд «Добрые руки»', 'activity', '2026-10-01', '2026-10-31');
    expect(name.ascii).toBe('fond-dobrye-ruki_activity-report_2026-10-01_2026-10-31.pdf');
    expect(contentDisposition(name, 'attachment')).toBe(
      'attachment; filename="fond-dobrye-ruki_activity-report_2026-10-01_2026-10-31.pdf"; ' +
        `filename*=UTF-8''${encodeURIComponent('Фонд «Добрые руки»_activity-report_2026-10-01_2026-10-31.pdf')}`,
    );
  });

  it('keeps quotes, slashes and control characters out of either name', () => {
    const name = reportFileName('"../\u202eevil\u0007\\name"', 'funding_source', '2026-01-01', '2026-03-31');
    expect(name.ascii).toBe('evil-name_funding-source-report_2026-01-01_2026-03-31.pdf');
    expect(name.unicode).toBe('.. evil name_funding-source-report_2026-01-01_2026-03-31.pdf');
    expect(contentDisposition(name, 'inline')).not.toMatch(/[\\/]|"[^;]*"[^;]/);
  });

  it('falls back to a word when nothing of the name is left in Latin letters', () => {
    expect(reportFileName('«»', 'beneficiary_statement', '2026-01-01', '2026-01-31').ascii).toBe(
      'organisation_care-statement_2026-01-01_2026-01-31.pdf',
    );
  });
});
