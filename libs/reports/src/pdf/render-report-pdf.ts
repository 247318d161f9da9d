import { printableText } from '@careledger/common';
import PDFDocument from 'pdfkit';

import type {
  Figure,
  GrantFigures,
  LineRow,
  ReportFigures,
  ReportModel,
  WithheldFigure,
} from '../report-model.js';
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
  const format = reportFormat(model.language, model.timeZone);
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
    drawFooter(doc, model.verificationUrl, words.verification(model.verificationUrl), words.page(pages));
  });

  try {
    doc.addPage();
    const flow = new PageFlow(doc, () => failure);
    const print = printer(model, words, format);
    drawCover(flow, model, words, format);
    await drawKeyFigures(flow, model, words, print);
    if (model.type !== 'beneficiary_statement' && model.fundingSource) {
      await drawGrant(flow, model.fundingSource.grant, model, words, format, print);
    }
    if (model.countedLines === 0) flow.paragraph(words.nothingRecorded);
    else {
      drawCharts(flow, model, words, print);
      await drawSummaryTables(flow, model, words, format, print);
    }
    drawMethodology(flow, model, words, format);
    onProgress?.(0);
    if (model.lines.length > 0) await drawRegister(flow, model, words, format, print, onProgress);
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

/** How a figure prints: its value in the report's format, or the withheld note. */
interface Printer {
  money(figure: Figure): string;
  count(figure: Figure): string;
  percent(figure: Figure | null): string;
}

function printer(model: ReportModel, words: ReportWording, format: ReportFormat): Printer {
  const withheld = words.withheld(model.k);
  const shown = (figure: Figure, as: (value: number) => string) =>
    figure.value === null ? withheld : as(figure.value);
  return {
    money: (figure) => shown(figure, format.money),
    count: (figure) => shown(figure, format.number),
    percent: (figure) => (figure === null ? '—' : shown(figure, format.percent)),
  };
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
  if (model.type !== 'beneficiary_statement' && model.fundingSource) {
    flow.field(words.funder, model.fundingSource.funderName);
    flow.field(words.fundingSource, model.fundingSource.name);
    flow.field(words.fundingKind, wordFor(words.fundingKinds, model.fundingSource.kind));
  }
  if (model.type === 'beneficiary_statement') {
    flow.field(words.beneficiaryCode, model.beneficiary.code);
    if (model.beneficiary.fullName) flow.field(words.beneficiaryName, model.beneficiary.fullName);
    if (model.beneficiary.birthDate) flow.field(words.birthDate, format.date(model.beneficiary.birthDate));
  }
  flow.field(words.requestedAt, format.instant(model.requestedAt));
  flow.field(words.timeZone, format.zone(model.requestedAt));
  flow.field(words.reportId, model.reportId);
  flow.gap(14);
}

async function drawKeyFigures(
  flow: PageFlow,
  model: ReportModel,
  words: ReportWording,
  print: Printer,
): Promise<void> {
  const figures = model.keyFigures;
  const rows: [string, string][] = [
    [words.keyFigures.beneficiaries, print.count(figures.beneficiaries)],
    [words.keyFigures.events, print.count(figures.events)],
    [words.keyFigures.spend, print.money(figures.spendKopecks)],
    [words.keyFigures.costPerBeneficiary, print.money(figures.costPerBeneficiaryKopecks)],
  ];
  flow.heading(words.keyFiguresHeading);
  await flow.table(pairColumns(words), rows, { fontSize: 10 });
}

function pairColumns(words: ReportWording): Column<[string, string]>[] {
  return [
    { header: words.columns.indicator, width: 0, cell: (row) => row[0] },
    { header: words.columns.value, width: 190, align: 'right', cell: (row) => row[1] },
  ];
}

async function drawGrant(
  flow: PageFlow,
  grant: GrantFigures,
  model: ReportModel,
  words: ReportWording,
  format: ReportFormat,
  print: Printer,
): Promise<void> {
  const g = words.grant;
  const period =
    grant.periodFrom && grant.periodTo
      ? `${format.date(grant.periodFrom)} — ${format.date(grant.periodTo)}`
      : g.notRecorded;
  const rows: [string, string][] = [
    [g.amount, grant.amountKopecks === null ? g.notRecorded : format.money(grant.amountKopecks)],
    [g.period, period],
    [g.spentInPeriod, print.money(model.keyFigures.spendKopecks)],
    [g.spentToDate, print.money(grant.spentToDateKopecks)],
  ];
  if (grant.balanceKopecks) {
    rows.push([grant.overspent ? g.overspent : g.remaining, print.money(grant.balanceKopecks)]);
  }
  flow.heading(words.grantHeading);
  await flow.table(pairColumns(words), rows, { fontSize: 10 });
}

function drawCharts(flow: PageFlow, model: ReportModel, words: ReportWording, print: Printer): void {
  const bar = (label: string, spend: Figure): Bar => ({
    label,
    value: spend.value,
    valueText: print.money(spend),
  });
  flow.barChart(
    words.chartByCategory,
    model.byCategory.map((row) => bar(wordFor(words.categories, row.category), row.spendKopecks)),
  );
  // a funding-source report is of one source, so of one funding kind
  if (model.type !== 'funding_source') {
    flow.barChart(
      words.chartByFundingKind,
      model.byFundingKind.map((row) => bar(wordFor(words.fundingKinds, row.fundingKind), row.spendKopecks)),
    );
  }
}

async function drawSummaryTables(
  flow: PageFlow,
  model: ReportModel,
  words: ReportWording,
  format: ReportFormat,
  print: Printer,
): Promise<void> {
  const c = words.columns;
  const figures: ReportFigures<Figure> = model;
  const unit = (code: string) => wordFor(words.units, code);

  flow.heading(words.byItemHeading);
  await flow.table(
    [
      { header: c.item, width: 0, cell: (row) => row.itemName },
      { header: c.unit, width: 56, cell: (row) => unit(row.unit) },
      { header: c.quantity, width: 90, align: 'right', cell: (row) => print.count(row.quantity) },
      { header: c.spend, width: 100, align: 'right', cell: (row) => print.money(row.spendKopecks) },
      { header: c.people, width: 90, align: 'right', cell: (row) => print.count(row.people) },
    ],
    figures.byItem,
  );

  flow.heading(words.byUnitHeading);
  await flow.table(
    [
      { header: c.unit, width: 0, cell: (row) => unit(row.unit) },
      { header: c.quantity, width: 150, align: 'right', cell: (row) => print.count(row.quantity) },
    ],
    figures.byUnit,
  );

  if (figures.byMonth.length > 0) {
    flow.heading(words.byMonthHeading);
    await flow.table(
      [
        { header: c.month, width: 0, cell: (row) => format.month(row.month) },
        { header: c.spend, width: 150, align: 'right', cell: (row) => print.money(row.spendKopecks) },
      ],
      figures.byMonth,
    );
  }

  if (figures.coverage.length > 0) {
    flow.heading(words.coverageHeading);
    await flow.table(
      [
        { header: c.item, width: 0, cell: (row) => row.itemName },
        { header: c.unit, width: 62, cell: (row) => unit(row.unit) },
        { header: c.needed, width: 82, align: 'right', cell: (row) => print.count(row.needed) },
        { header: c.delivered, width: 66, align: 'right', cell: (row) => print.count(row.delivered) },
        { header: c.coverage, width: 66, align: 'right', cell: (row) => print.percent(row.coverage) },
      ],
      figures.coverage,
    );
  }
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
    k: model.k,
    publishable: model.type !== 'beneficiary_statement',
    coverage: model.coverage.length > 0 && model.countedLines > 0,
    register: model.lines.length === 0 ? 'none' : model.type === 'beneficiary_statement' ? 'line' : 'month',
    grant: model.type === 'funding_source',
  });
  for (const text of paragraphs) flow.paragraph(text, 9.5);
  if (model.withheld.length > 0) {
    const named = model.withheld.map((figure) => withheldLabel(figure, words, format));
    flow.paragraph(`${words.withheldInThisReport}: ${named.join('; ')}.`, 9.5);
  }
  flow.gap(8);
}

/** A withheld figure as the reader knows it: `средства гигиены (расходы)`, never a field name. */
function withheldLabel(figure: WithheldFigure, words: ReportWording, format: ReportFormat): string {
  const spend = words.columns.spend.toLowerCase();
  switch (figure.table) {
    case 'keyFigures':
      return words.keyFigures[figure.key];
    case 'grant':
      return figure.key === 'spentToDate' ? words.grant.spentToDate : words.grant.remaining;
    case 'byCategory':
      return words.withheldIn(spend, wordFor(words.categories, figure.key));
    case 'byFundingKind':
      return words.withheldIn(spend, wordFor(words.fundingKinds, figure.key));
    case 'byUnit':
      return words.withheldIn(words.columns.quantity.toLowerCase(), wordFor(words.units, figure.key));
    case 'byMonth':
      return words.withheldIn(spend, format.month(figure.key));
  }
}

async function drawRegister(
  flow: PageFlow,
  model: ReportModel,
  words: ReportWording,
  format: ReportFormat,
  print: Printer,
  onProgress?: (fraction: number) => void,
): Promise<void> {
  const c = words.columns;
  // a funding-source report's register has a line per item and month (YYYY-MM), a statement per care
  // line with its local time
  const date = (row: LineRow<Figure>) =>
    row.date.length === 7
      ? format.month(row.date)
      : row.time
        ? format.dateTime(row.date, row.time)
        : format.date(row.date);
  const lines: readonly LineRow<Figure>[] = model.lines;
  // room for `01.11.2026 01:30` or `31 Oct 2026 23:59` on one line when lines carry their time
  const timed = lines.some((line) => line.time !== undefined);
  const dateWidth = model.language === 'ru' ? (timed ? 80 : 52) : timed ? 86 : 58;
  const columns: Column<LineRow<Figure>>[] = [
    { header: c.date, width: dateWidth, cell: date },
    { header: c.item, width: 0, cell: (row) => row.itemName },
    { header: c.unit, width: 50, cell: (row) => wordFor(words.units, row.unit) },
    { header: c.quantity, width: 44, align: 'right', cell: (row) => print.count(row.quantity) },
    { header: c.unitCost, width: 62, align: 'right', cell: (row) => print.money(row.unitCostKopecks) },
    { header: c.cost, width: 68, align: 'right', cell: (row) => print.money(row.costKopecks) },
  ];
  if (lines.some((line) => line.beneficiaryCode !== undefined)) {
    columns.push({ header: c.beneficiary, width: 62, cell: (row) => row.beneficiaryCode ?? '' });
  }
  if (lines.some((line) => line.fundingSourceName !== undefined)) {
    columns.push({
      header: c.fundingSource,
      width: 88,
      cell: (row) => row.fundingSourceName ?? words.fundingKinds.unattributed,
    });
  }

  const total = lines.length;
  const step = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
  flow.heading(words.linesHeading);
  await flow.table(columns, lines, {
    fontSize: 8,
    onRow: (index) => {
      const done = index + 1;
      if (onProgress && done % step === 0 && done < total) onProgress(done / total);
    },
  });
}
