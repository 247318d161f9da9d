import { printableText } from '@careledger/common';
import PDFDocument from 'pdfkit';

import type { CoverageRow, LineRow, ReportModel } from '../report-model.js';
import { reportWording, wordFor, type ReportWording } from './dictionary.js';
import { reportFonts } from './fonts.js';
import { reportFormat, type ReportFormat } from './format.js';
import { drawFooter, forgetFontLayouts, PAGE, PageFlow, type Bar, type Column } from './layout.js';

/** At most this many progress calls while the register of lines is drawn. */
const PROGRESS_STEPS = 100;

/**
 * Renders a report as a PDF into `output` and resolves once `output` has finished, with the page count.
 * If drawing fails or `output` errors, it rejects and leaves `output` unfinished (not ended).
 * Pages are written out as they are completed (no page buffering), so memory stays flat however long
 * the register of lines is. The same model always gives the same bytes: every date in the file is
 * `model.requestedAt`, and the file ID and font subset tags derive from the content.
 */
export async function renderReportPdf(
  model: ReportModel,
  output: NodeJS.WritableStream,
  onProgress?: (fraction: number) => void,
): Promise<{ pages: number }> {
  const words = reportWording(model.language);
  const format = reportFormat(model.language);
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    autoFirstPage: false,
    bufferPages: false,
    compress: true,
    lang: model.language === 'ru' ? 'ru-RU' : 'en-GB',
    displayTitle: true,
    // Viewers show the metadata as it is: no control or bidirectional character from a stored name.
    info: {
      Title: printableText(`${words.title[model.type]} — ${model.organisation.name}`),
      Author: printableText(model.organisation.name),
      Subject: printableText(`${format.date(model.periodFrom)} — ${format.date(model.periodTo)}`),
      Creator: 'CareLedger',
      Producer: 'CareLedger (PDFKit)',
      CreationDate: model.requestedAt,
      ModDate: model.requestedAt,
    },
  });
  for (const [name, font] of reportFonts()) doc.registerFont(name, font);

  let failure: unknown;
  const finished = new Promise<void>((resolve, reject) => {
    const fail = (error: unknown) => {
      failure ??= error;
      reject(error);
    };
    output.once('finish', () => resolve());
    output.once('error', fail);
    doc.once('error', fail);
  });
  finished.catch(() => undefined); // awaited below; until then a failure only stops the drawing
  doc.pipe(output);

  let pages = 0;
  doc.on('pageAdded', () => {
    pages += 1;
    forgetFontLayouts(doc);
    drawFooter(doc, words.verification(model.verificationUrl), words.page(pages));
  });

  try {
    doc.addPage();
    const flow = new PageFlow(doc, () => failure);
    drawCover(flow, model, words, format);
    await drawKeyFigures(flow, model, words, format);
    drawCharts(flow, model, words, format);
    await drawSummaryTables(flow, model, words, format);
    drawMethodology(flow, model, words, format);
    onProgress?.(0);
    await drawRegister(flow, model, words, format, onProgress);
    onProgress?.(1);
  } catch (error) {
    // Leave `output` unfinished, so storage never takes a truncated file for a whole one.
    doc.unpipe(output);
    doc.destroy();
    throw failure ?? error;
  }
  doc.end();
  await finished;
  return { pages };
}

function drawCover(flow: PageFlow, model: ReportModel, words: ReportWording, format: ReportFormat): void {
  const { organisation } = model;
  flow.title(words.title[model.type]);
  flow.subtitle(organisation.name);
  flow.gap(6);
  flow.field(words.region, organisation.regionName);
  if (organisation.inn) flow.field(words.inn, organisation.inn);
  if (organisation.ogrn) flow.field(words.ogrn, organisation.ogrn);
  flow.field(words.period, `${format.date(model.periodFrom)} — ${format.date(model.periodTo)}`);
  if (model.fundingSource) {
    flow.field(words.funder, model.fundingSource.funderName);
    flow.field(words.fundingSource, model.fundingSource.name);
    flow.field(words.fundingKind, wordFor(words.fundingKinds, model.fundingSource.kind));
  }
  if (model.beneficiary) {
    flow.field(words.beneficiaryCode, model.beneficiary.code);
    if (model.beneficiary.fullName) flow.field(words.beneficiaryName, model.beneficiary.fullName);
    if (model.beneficiary.birthDate) flow.field(words.birthDate, format.date(model.beneficiary.birthDate));
  }
  flow.field(words.requestedAt, format.instant(model.requestedAt));
  flow.field(words.reportId, model.reportId);
  flow.gap(14);
}

async function drawKeyFigures(
  flow: PageFlow,
  model: ReportModel,
  words: ReportWording,
  format: ReportFormat,
): Promise<void> {
  const k = model.suppression.k;
  const count = (value: number | null) => (value === null ? words.withheld(k) : format.number(value));
  const money = (value: number | null) => (value === null ? words.withheld(k) : format.money(value));
  const figures = model.keyFigures;
  const rows: [string, string][] = [
    [words.keyFigures.beneficiaries, count(figures.beneficiaries)],
    [words.keyFigures.events, count(figures.events)],
    [words.keyFigures.itemsDelivered, count(figures.itemsDelivered)],
    [words.keyFigures.spend, money(figures.spendKopecks)],
    [words.keyFigures.costPerBeneficiary, money(figures.costPerBeneficiaryKopecks)],
  ];
  flow.heading(words.keyFiguresHeading);
  await flow.table(
    [
      { header: words.columns.indicator, width: 0, cell: (row) => row[0] },
      { header: words.columns.value, width: 190, align: 'right', cell: (row) => row[1] },
    ],
    rows,
    { fontSize: 10 },
  );
}

function drawCharts(flow: PageFlow, model: ReportModel, words: ReportWording, format: ReportFormat): void {
  const withheld = words.withheld(model.suppression.k);
  const bar = (label: string, kopecks: number | null): Bar => ({
    label,
    value: kopecks,
    valueText: kopecks === null ? withheld : format.money(kopecks),
  });
  flow.barChart(
    words.chartByCategory,
    model.byCategory.map((row) => bar(wordFor(words.categories, row.category), row.spendKopecks)),
    words.noData,
  );
  flow.barChart(
    words.chartByFundingKind,
    model.byFundingKind.map((row) => bar(wordFor(words.fundingKinds, row.fundingKind), row.spendKopecks)),
    words.noData,
  );
}

async function drawSummaryTables(
  flow: PageFlow,
  model: ReportModel,
  words: ReportWording,
  format: ReportFormat,
): Promise<void> {
  const withheld = words.withheld(model.suppression.k);
  const money = (value: number | null) => (value === null ? withheld : format.money(value));
  const count = (value: number | null) => (value === null ? withheld : format.number(value));
  const coverage = (row: CoverageRow) => {
    if (row.needed === null || row.delivered === null) return withheld;
    return row.coverage === null ? '—' : format.percent(row.coverage);
  };
  const c = words.columns;

  flow.heading(words.byCategoryHeading);
  await flow.table(
    [
      { header: c.category, width: 0, cell: (row) => wordFor(words.categories, row.category) },
      { header: c.quantity, width: 110, align: 'right', cell: (row) => count(row.quantity) },
      { header: c.spend, width: 150, align: 'right', cell: (row) => money(row.spendKopecks) },
    ],
    model.byCategory,
    { empty: words.noData },
  );

  flow.heading(words.byFundingKindHeading);
  await flow.table(
    [
      { header: c.fundingKind, width: 0, cell: (row) => wordFor(words.fundingKinds, row.fundingKind) },
      { header: c.spend, width: 150, align: 'right', cell: (row) => money(row.spendKopecks) },
    ],
    model.byFundingKind,
    { empty: words.noData },
  );

  flow.heading(words.coverageHeading);
  await flow.table(
    [
      { header: c.item, width: 0, cell: (row) => row.itemName },
      { header: c.unit, width: 62, cell: (row) => wordFor(words.units, row.unit) },
      { header: c.needed, width: 82, align: 'right', cell: (row) => count(row.needed) },
      { header: c.delivered, width: 66, align: 'right', cell: (row) => count(row.delivered) },
      { header: c.coverage, width: 66, align: 'right', cell: (row) => coverage(row) },
    ],
    model.coverage,
    { empty: words.noData },
  );
}

function drawMethodology(
  flow: PageFlow,
  model: ReportModel,
  words: ReportWording,
  format: ReportFormat,
): void {
  flow.heading(words.methodologyHeading);
  const paragraphs = words.methodology({
    from: format.date(model.periodFrom),
    to: format.date(model.periodTo),
    requestedAt: format.instant(model.requestedAt),
    k: model.suppression.k,
  });
  for (const text of paragraphs) flow.paragraph(text, 9.5);
  if (model.suppression.suppressed.length > 0) {
    const named = model.suppression.suppressed.map((field) => withheldFieldLabel(field, words));
    flow.paragraph(`${words.withheldInThisReport}: ${named.join('; ')}.`, 9.5);
  }
  flow.gap(8);
}

/** A withheld figure as the reader knows it: `Hygiene (spend)` rather than its field name. */
function withheldFieldLabel(field: string, words: ReportWording): string {
  const [table, key, measure] = field.split('.');
  const labels = words.keyFigures as Record<string, string>;
  const keyFigure = (key ?? '').replace(/Kopecks$/, '');
  if (table === 'keyFigures' && Object.hasOwn(labels, keyFigure)) return labels[keyFigure];
  const column = (measure === 'quantity' ? words.columns.quantity : words.columns.spend).toLowerCase();
  if (table === 'byCategory') return `${wordFor(words.categories, key)} (${column})`;
  if (table === 'byFundingKind') return `${wordFor(words.fundingKinds, key)} (${column})`;
  return field;
}

async function drawRegister(
  flow: PageFlow,
  model: ReportModel,
  words: ReportWording,
  format: ReportFormat,
  onProgress?: (fraction: number) => void,
): Promise<void> {
  const c = words.columns;
  const withheld = words.withheld(model.suppression.k);
  const money = (value: number | null) => (value === null ? withheld : format.money(value));
  const count = (value: number | null) => (value === null ? withheld : format.number(value));
  // a funding-source report's register has a line per item and month (YYYY-MM), a statement per care line
  const date = (isoDate: string) => (isoDate.length === 7 ? format.month(isoDate) : format.date(isoDate));
  const columns: Column<LineRow>[] = [
    { header: c.date, width: model.language === 'ru' ? 52 : 58, cell: (row) => date(row.date) },
    { header: c.item, width: 0, cell: (row) => row.itemName },
    { header: c.unit, width: 50, cell: (row) => wordFor(words.units, row.unit) },
    { header: c.quantity, width: 44, align: 'right', cell: (row) => count(row.quantity) },
    { header: c.unitCost, width: 62, align: 'right', cell: (row) => money(row.unitCostKopecks) },
    { header: c.cost, width: 68, align: 'right', cell: (row) => money(row.costKopecks) },
  ];
  if (model.lines.some((line) => line.beneficiaryCode !== undefined)) {
    columns.push({ header: c.beneficiary, width: 62, cell: (row) => row.beneficiaryCode ?? '' });
  }
  if (model.lines.some((line) => line.fundingSourceName !== undefined)) {
    columns.push({
      header: c.fundingSource,
      width: 88,
      cell: (row) => row.fundingSourceName ?? words.fundingKinds.unattributed,
    });
  }

  const total = model.lines.length;
  const step = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
  flow.heading(words.linesHeading);
  await flow.table(columns, model.lines, {
    fontSize: 8,
    empty: words.noData,
    onRow: (index) => {
      const done = index + 1;
      if (onProgress && done % step === 0 && done < total) onProgress(done / total);
    },
  });
}
