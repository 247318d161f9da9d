import type { ReportPage } from '@careledger/reports';

const typeNames: Record<string, [ru: string, en: string]> = {
  activity: ['Отчёт о деятельности', 'Activity report'],
  funding_source: ['Отчёт перед грантодателем', 'Funding source report'],
  beneficiary_statement: ['Справка о полученной помощи', 'Care statement'],
};

/** Text as HTML: every character that could open markup or end an attribute is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (char) => `&#${char.charCodeAt(0)};`);
}

const day = (iso: string) => iso.slice(0, 10);

function rows(entries: [string, string][]): string {
  return entries.map(([label, value]) => `<tr><th>${label}</th><td>${value}</td></tr>`).join('');
}

/**
 * The page a report's verification address and QR code lead to, in Russian and English, until the web
 * portal serves it: who, for when, the file's SHA-256, and whether it is published, withdrawn or neither.
 */
export function reportPageHtml(page: ReportPage, verifyUrl: string): string {
  const verifyHint =
    `Проверить файл: отправьте его на <code>${escapeHtml(verifyUrl)}</code> (POST, application/pdf или форма). ` +
    `To check a file, send it to the same address.`;
  let title: string;
  let body: string;
  if (page.status === 'unknown' || !page.report) {
    title =
      page.status === 'unknown'
        ? 'Отчёт не найден · Report not found'
        : 'Отчёт не опубликован · Not published';
    body =
      page.status === 'unknown'
        ? '<p>Отчёта с таким номером на платформе нет. There is no report with this number.</p>'
        : '<p>Номер подлинный: отчёт сформирован CareLedger, но организация его не публиковала. ' +
          'This number belongs to a genuine CareLedger report that its organisation has not published.</p>' +
          `<p>${verifyHint}</p>`;
  } else {
    const report = page.report;
    const [typeRu, typeEn] = typeNames[report.type] ?? [report.type, report.type];
    const withdrawn = page.status === 'withdrawn';
    title = `${escapeHtml(typeRu)} · ${escapeHtml(report.organisation.name)}`;
    const state = withdrawn
      ? `<strong>Отозван</strong> с ${escapeHtml(day(report.withdrawnAt ?? ''))}: организация приостановлена. ` +
        'Withdrawn: its organisation is suspended.'
      : `<strong>Опубликован</strong> ${escapeHtml(day(report.publishedAt))} · Published`;
    body =
      `<p class="state">${state}</p><table>` +
      rows([
        ['Организация · Organisation', escapeHtml(report.organisation.name)],
        ['Отчёт · Report', `${escapeHtml(typeRu)} · ${escapeHtml(typeEn)}`],
        ['Период · Period', `${escapeHtml(report.periodFrom)} — ${escapeHtml(report.periodTo)}`],
        ['Номер · Number', escapeHtml(report.id)],
        ['SHA-256', `<code>${escapeHtml(report.sha256)}</code>`],
        ['Страниц · Pages', escapeHtml(String(report.pages))],
      ]) +
      '</table>' +
      (withdrawn ? '' : `<p><a href="${escapeHtml(report.fileUrl)}">Скачать PDF · Download the PDF</a></p>`) +
      `<p>${verifyHint}</p>`;
  }
  return (
    '<!doctype html><html lang="ru"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${title}</title>` +
    '<style>body{font-family:system-ui,sans-serif;max-width:44rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}' +
    'th{text-align:left;color:#5f6368;font-weight:normal;padding-right:1rem;vertical-align:top}' +
    'code{word-break:break-all}.state{font-size:1.1rem}</style></head>' +
    `<body><h1>${title}</h1>${body}<p><small>CareLedger</small></p></body></html>`
  );
}
