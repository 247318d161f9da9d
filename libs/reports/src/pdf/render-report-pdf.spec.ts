import { createHash } from 'node:crypto';
import { PassThrough, Writable } from 'node:stream';
import { projectPath } from '@careledger/database';
import { PDFParse } from 'pdf-parse';

import { protectTables, type ProtectedCell } from '@careledger/disclosure';
import {
  privateFigure,
  type LineRow,
  type PrivateFigure,
  type PublishableReportModel,
  type ReportModel,
  type StatementModel,
} from '../report-model.js';
import { reportFormat } from './format.js';
import { manyLines } from './many-lines.fixture.js';
import { renderReportPdf } from './render-report-pdf.js';

// pdf-parse's pdf.js loads its worker with a dynamic import, which CommonJS-mode jest refuses; loaded
// up front, the worker registers itself on globalThis and pdf.js runs it in the same thread.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(projectPath('node_modules', 'pdf-parse', 'dist', 'pdf-parse', 'cjs', 'pdf.worker.mjs'));

const VERIFY = 'https://careledger.example/verify/6f1c2a7e-0d5b-4c1e-9a43-1f0e2b7c9d10';

async function render(model: ReportModel) {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const progress: number[] = [];
  const { pages } = await renderReportPdf(model, output, (fraction) => progress.push(fraction));
  return { pdf: Buffer.concat(chunks), pages, progress };
}

async function pageTexts(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return result.pages.map((page) => page.text);
  } finally {
    await parser.destroy();
  }
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** A figure about `people` beneficiaries, through the disclosure layer (withheld below k = 5). */
function cell(value: number, people = 10): ProtectedCell {
  const raw = { kind: 'money' as const, value, contributors: people, cellKey: 0 };
  return protectTables({ cells: { figure: raw }, relations: [] }, { k: 5, mode: 'exact' }).cells.figure;
}
const withheld = () => cell(1, 1);

function statementLine(overrides: Partial<LineRow<PrivateFigure>> = {}): LineRow<PrivateFigure> {
  return {
    date: '2026-03-02',
    itemName: 'Мазь Бепантен, туба 30 г',
    unit: 'tube',
    quantity: privateFigure(3),
    unitCostKopecks: privateFigure(41150),
    costKopecks: privateFigure(123450),
    ...overrides,
  };
}

const organisation = {
  name: 'АНО «Милосердие» — паллиативная помощь',
  regionName: 'Пермский край',
  inn: '5902123456',
  ogrn: '1025900000001',
};

const base = {
  reportId: '6f1c2a7e-0d5b-4c1e-9a43-1f0e2b7c9d10',
  language: 'ru' as const,
  organisation,
  timeZone: 'Europe/Moscow',
  periodFrom: '2026-01-01',
  periodTo: '2026-03-31',
  requestedAt: new Date('2026-04-02T10:15:00Z'),
  verificationUrl: VERIFY,
  k: 5,
};

function reportModel(overrides: Partial<PublishableReportModel> = {}): PublishableReportModel {
  return {
    ...base,
    type: 'activity',
    countedLines: 14,
    keyFigures: {
      beneficiaries: withheld(),
      events: cell(12),
      spendKopecks: cell(123450 + 98000),
      costPerBeneficiaryKopecks: withheld(),
    },
    byUnit: [
      { unit: 'tube', quantity: cell(3) },
      { unit: 'pack', quantity: cell(37) },
      { unit: 'visit', quantity: withheld() },
    ],
    byItem: [
      {
        itemName: 'Мазь Бепантен, туба 30 г',
        unit: 'tube',
        category: 'medication',
        quantity: cell(3),
        spendKopecks: cell(123450),
        people: cell(6, 6),
      },
      {
        itemName: 'Подгузники для взрослых, размер L',
        unit: 'pack',
        category: 'hygiene',
        quantity: cell(37),
        spendKopecks: cell(98000),
        people: cell(8, 8),
      },
      {
        itemName: 'Визит медсестры',
        unit: 'visit',
        category: 'service',
        quantity: withheld(),
        spendKopecks: withheld(),
        people: withheld(),
      },
    ],
    byCategory: [
      { category: 'medication', spendKopecks: cell(123450) },
      { category: 'hygiene', spendKopecks: cell(98000) },
      { category: 'service', spendKopecks: withheld() },
    ],
    byFundingKind: [
      { fundingKind: 'presidential_grant', spendKopecks: cell(123450) },
      { fundingKind: 'individual_donations', spendKopecks: cell(98000) },
      { fundingKind: 'unattributed', spendKopecks: withheld() },
    ],
    byMonth: [],
    coverage: [
      {
        itemName: 'Подгузники для взрослых, размер L',
        unit: 'pack',
        needed: cell(40),
        delivered: cell(37),
        coverage: cell(0.925),
      },
    ],
    lines: [],
    withheld: [
      { table: 'keyFigures', key: 'beneficiaries' },
      { table: 'keyFigures', key: 'costPerBeneficiary' },
      { table: 'byCategory', key: 'service' },
      { table: 'byUnit', key: 'visit' },
    ],
    ...overrides,
  };
}

function fundingSourceModel(overrides: Partial<PublishableReportModel> = {}): PublishableReportModel {
  return reportModel({
    type: 'funding_source',
    fundingSource: {
      name: 'Care at home 2026',
      funderName: 'Presidential Grants Foundation',
      kind: 'presidential_grant',
      grant: {
        amountKopecks: 50_000_000,
        periodFrom: '2026-01-01',
        periodTo: '2026-12-31',
        spentToDateKopecks: cell(221450),
        balanceKopecks: cell(50_000_000 - 221450),
        overspent: false,
      },
    },
    byFundingKind: [{ fundingKind: 'presidential_grant', spendKopecks: cell(221450) }],
    byMonth: [
      { month: '2026-01', spendKopecks: cell(123450) },
      { month: '2026-03', spendKopecks: cell(98000) },
    ],
    lines: [
      {
        date: '2026-01',
        itemName: 'Мазь Бепантен, туба 30 г',
        unit: 'tube',
        quantity: cell(3),
        unitCostKopecks: cell(41150),
        costKopecks: cell(123450),
      },
      {
        date: '2026-03',
        itemName: 'Визит медсестры',
        unit: 'visit',
        quantity: withheld(),
        unitCostKopecks: withheld(),
        costKopecks: withheld(),
      },
    ],
    ...overrides,
  });
}

function statementModel(overrides: Partial<StatementModel> = {}): StatementModel {
  const lines = overrides.lines ?? [statementLine()];
  return {
    ...base,
    type: 'beneficiary_statement',
    beneficiary: { code: 'ПД-0042', fullName: 'Иванова Мария Петровна', birthDate: '1941-05-09' },
    countedLines: lines.length,
    keyFigures: {
      beneficiaries: privateFigure(1),
      events: privateFigure(lines.length),
      spendKopecks: privateFigure(123450),
      costPerBeneficiaryKopecks: privateFigure(123450),
    },
    byUnit: [{ unit: 'tube', quantity: privateFigure(3) }],
    byItem: [],
    byCategory: [{ category: 'medication', spendKopecks: privateFigure(123450) }],
    byFundingKind: [{ fundingKind: 'presidential_grant', spendKopecks: privateFigure(123450) }],
    byMonth: [],
    coverage: [],
    lines,
    withheld: [],
    ...overrides,
  };
}

/** A statement of 5,200 lines (see manyLines). */
function largeModel(count = 5200): StatementModel {
  return statementModel({ periodTo: '2026-12-31', lines: manyLines(count) });
}

describe('renderReportPdf', () => {
  it('prints a Russian activity report: what was given per item, totals per unit, no internal names', async () => {
    const model = reportModel();
    const { pdf, pages } = await render(model);
    const texts = await pageTexts(pdf);
    const text = texts.join('\n');

    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(texts).toHaveLength(pages);
    expect(text).toContain('Отчёт о деятельности');
    expect(text).toContain('АНО «Милосердие» — паллиативная помощь');
    expect(text).toContain('Пермский край');
    expect(text).toContain('ИНН 5902123456');
    expect(text).toContain('ОГРН 1025900000001');
    expect(text).toContain('01.01.2026 — 31.03.2026');
    expect(text).toContain('Что выдано: по позициям номенклатуры');
    expect(text).toMatch(/Мазь Бепантен, туба 30 г туба 3 1 234,50 ₽ 6/);
    expect(text).toMatch(/Подгузники для взрослых,\s+размер L\s+упаковка 37 980,00 ₽ 8/);
    expect(text).toMatch(/Визит медсестры визит скрыто \(менее 5\) скрыто \(менее 5\) скрыто \(менее 5\)/);
    expect(text).toContain('Выдано по единицам измерения');
    expect(text).toMatch(/туба 3\b/);
    expect(text).toMatch(/упаковка 37\b/);
    expect(text).not.toMatch(/всех единиц|all units/);
    expect(text).toContain('2 214,50 ₽');
    expect(text).toContain('93 %');
    for (const word of ['лекарства', 'средства гигиены', 'грант Президента РФ', 'частные пожертвования']) {
      expect(text).toContain(word);
    }
    expect(text).toContain('без источника');
    // an activity report has no register: no empty section stands in for one
    expect(text).not.toContain('Реестр');
    expect(text).not.toMatch(/Нет данных/);
    expect(text.replace(/\s+/g, ' ')).toContain(
      'В этом отчёте скрыто: Благополучатели, получившие помощь; Расходы на одного благополучателя; ' +
        'услуги (расходы); визит (кол-во).',
    );
    expect(text).not.toMatch(/keyFigures|byCategory|byUnit|Kopecks|spend|quantity/);
    expect(text).toContain('Методика');
    expect(text).toContain('вторичное скрытие');
    texts.forEach((page, i) => {
      expect(page).toContain(VERIFY);
      expect(page).toContain(`Стр. ${i + 1}`);
    });
  });

  it('prints an English funding-source report: the grant, its use, spend per month, a register per item and month', async () => {
    const model = fundingSourceModel({ language: 'en' });
    const text = (await pageTexts((await render(model)).pdf)).join('\n');

    expect(text).toContain('Funding source report');
    expect(text).toContain('Presidential Grants Foundation');
    expect(text).toContain('Care at home 2026');
    expect(text).toContain('1 Jan 2026 — 31 Mar 2026');
    expect(text).toContain('Grant amount ₽500,000.00');
    expect(text).toContain('Grant period 1 Jan 2026 — 31 Dec 2026');
    expect(text).toContain('Spent in the report’s period ₽2,214.50');
    expect(text).toContain('Spent from the start of the grant to the end of the period ₽2,214.50');
    expect(text).toContain('Remaining ₽497,785.50');
    expect(text).toContain('Spend by month');
    expect(text).toMatch(/Jan 2026 ₽1,234.50/);
    expect(text).toMatch(/Mar 2026 ₽980.00/);
    expect(text).toContain('Register of items issued');
    expect(text).toMatch(/Jan 2026 Мазь Бепантен, туба 30 г tube 3 ₽411.50 ₽1,234.50/);
    expect(text).toContain('withheld (fewer than 5)');
    expect(text).toContain('Page 1');
    expect(text).toContain('Methodology');
    expect(text).toContain('one line per catalogue item and month');
    expect(text).not.toMatch(/Стр\.|Отчёт|скрыто|keyFigures|Kopecks/);
  });

  it('prints a care statement with the beneficiary and each line’s funding source, without the small-numbers paragraph', async () => {
    const model = statementModel({
      lines: [
        statementLine({ beneficiaryCode: 'ПД-0042', fundingSourceName: 'Грант ФПГ № 24-1-001234' }),
        statementLine({ date: '2026-03-09', beneficiaryCode: 'ПД-0042', fundingSourceName: null }),
      ],
    });
    const text = (await pageTexts((await render(model)).pdf)).join('\n');

    expect(text).toContain('Справка о полученной помощи');
    expect(text).toContain('ПД-0042');
    expect(text).toContain('Иванова Мария Петровна');
    expect(text).toContain('09.05.1941');
    expect(text).toContain('Грант ФПГ');
    expect(text).toContain('без источника');
    expect(text).not.toMatch(/скрыт|вторичное/);
    expect(text).toContain('не публикуется');
  });

  it('prints an English care statement: the beneficiary, every line with its cost and source, in English words only', async () => {
    const model = statementModel({
      language: 'en',
      lines: [
        statementLine({ beneficiaryCode: 'ПД-0042', fundingSourceName: 'Грант ФПГ № 24-1-001234' }),
        statementLine({ date: '2026-03-09', beneficiaryCode: 'ПД-0042', fundingSourceName: null }),
      ],
    });
    const text = (await pageTexts((await render(model)).pdf)).join('\n');

    expect(text).toContain('Care statement');
    expect(text).toContain('ПД-0042');
    expect(text).toContain('Иванова Мария Петровна');
    expect(text).toContain('9 May 1941');
    // each line: 3 tubes at ₽411.50 cost ₽1,234.50 (table cells wrap: compare with whitespace flattened)
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(
      '2 Mar 2026 Мазь Бепантен, туба 30 г tube 3 ₽411.50 ₽1,234.50 ПД-0042 Грант ФПГ № 24-1-001234',
    );
    expect(flat).toContain(
      '9 Mar 2026 Мазь Бепантен, туба 30 г tube 3 ₽411.50 ₽1,234.50 ПД-0042 unattributed',
    );
    expect(text).toContain('never published');
    expect(text).not.toMatch(/withheld \(fewer than|Стр\.|Справка|без источника|keyFigures|Kopecks/);
  });

  it('prints one sentence instead of empty tables when nothing was recorded in the period', async () => {
    const model = reportModel({
      countedLines: 0,
      keyFigures: {
        beneficiaries: cell(0, 0),
        events: cell(0, 0),
        spendKopecks: cell(0, 0),
        costPerBeneficiaryKopecks: cell(0, 0),
      },
      byUnit: [],
      byItem: [],
      byCategory: [],
      byFundingKind: [],
      coverage: [],
      withheld: [],
    });
    const text = (await pageTexts((await render(model)).pdf)).join('\n');
    expect(text).toContain('За период не зарегистрировано ни одной выдачи.');
    expect(text).not.toMatch(/Нет данных|Реестр|Что выдано|Обеспеченность/);
  });

  it('embeds DejaVu Sans and sets the metadata from the model', async () => {
    const model = reportModel();
    const { pdf } = await render(model);
    const raw = pdf.toString('latin1');

    expect(raw).toContain('/FontFile2');
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans\b/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSans-Bold\b/);
    // CreationDate and ModDate are both the request time (and nothing else in the file is a date)
    expect(raw.match(/\(D:\d{14}Z\)/g)).toEqual(['(D:20260402101500Z)', '(D:20260402101500Z)']);
    expect(raw).not.toContain('Helvetica');

    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    try {
      const info = await parser.getInfo();
      expect(info.info?.Title).toBe('Отчёт о деятельности — АНО «Милосердие» — паллиативная помощь');
      expect(info.info?.Author).toBe('АНО «Милосердие» — паллиативная помощь');
    } finally {
      await parser.destroy();
    }
  });

  it('prints names stored with control and bidirectional characters without them, in text and metadata', async () => {
    // as data stored before the input rules could hold them: an override that reverses what follows,
    // an isolate, a bell, a line break and a C1 control
    const model = statementModel({
      organisation: {
        name: 'АНО \u202Eяидресолим\u202C\u0007 «Милосердие»\n',
        regionName: 'Пермский\u0085край',
        inn: '5902123456',
        ogrn: '1025900000001',
      },
      beneficiary: { code: 'ПД-\u20660042\u2069', fullName: 'Иванова\u202D Мария\u001B', birthDate: null },
      lines: [
        statementLine({
          itemName: 'Мазь\u202A Бепантен\u202C',
          beneficiaryCode: 'ПД-0042',
          fundingSourceName: 'Грант\tФПГ',
        }),
      ],
    });
    const { pdf } = await render(model);
    const text = (await pageTexts(pdf)).join('\n');
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    const unsafe = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

    expect(text).not.toMatch(unsafe);
    expect(text).toContain('яидресолим');
    expect(text).toContain('Пермский край');
    expect(text).toContain('ПД-0042');
    expect(text).toContain('Мазь Бепантен');

    const parser = new PDFParse({ data: new Uint8Array(pdf) });
    try {
      const { info } = await parser.getInfo();
      expect(info?.Author).toBe('АНО яидресолим  «Милосердие» ');
      expect(info?.Title).toBe('Справка о полученной помощи — АНО яидресолим  «Милосердие» ');
      for (const field of ['Title', 'Author', 'Subject', 'Keywords'])
        expect(String(info?.[field] ?? '')).not.toMatch(unsafe);
    } finally {
      await parser.destroy();
    }
  });

  it('renders the same model to the same bytes', async () => {
    const first = await render(reportModel());
    await new Promise((resolve) => setTimeout(resolve, 1100)); // a second later, for anything clock-based
    const second = await render(reportModel());

    expect(sha256(second.pdf)).toBe(sha256(first.pdf));
    const other = await render(reportModel({ requestedAt: new Date('2026-04-03T10:15:00Z') }));
    expect(sha256(other.pdf)).not.toBe(sha256(first.pdf));
  });

  it('prints every one of 5,200 lines on many pages, never splitting a row, with the header on each page', async () => {
    const model = largeModel();
    const ru = reportFormat('ru');

    // Measured (not asserted): a render into a sink that only hashes, as storage would take it.
    const hash = createHash('sha256');
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done();
      },
    });
    let peakRss = process.memoryUsage().rss;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const measured = await renderReportPdf(model, sink);
    const elapsed = performance.now() - started;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    console.log(
      `5,200-line report: ${measured.pages} pages in ${Math.round(elapsed)} ms; ` +
        `RSS ${Math.round(rssBefore / 2 ** 20)} MiB before, peak ${Math.round(peakRss / 2 ** 20)} MiB`,
    );

    const { pdf, pages, progress } = await render(model);
    expect(sha256(pdf)).toBe(hash.digest('hex'));
    expect(pages).toBe(measured.pages);
    expect(pages).toBeGreaterThan(50);

    // progress: from 0 to 1, never backwards, about a hundred calls
    expect(progress[0]).toBe(0);
    expect(progress.at(-1)).toBe(1);
    expect(progress.length).toBeLessThanOrEqual(102);
    expect(progress.length).toBeGreaterThan(50);
    progress.slice(1).forEach((fraction, i) => expect(fraction).toBeGreaterThanOrEqual(progress[i]));

    const texts = await pageTexts(pdf);
    expect(texts).toHaveLength(pages);
    const text = texts.join('\n');
    expect(text.split('Позиция-').length - 1).toBe(model.lines.length);
    for (const name of new Set(model.lines.map((l) => l.itemName))) expect(text).toContain(name);

    // where each unit cost and cost is printed (each is unique to one line)
    const money = /[12] \d{3},\d{2} ₽/g;
    const pageOf = new Map<string, number[]>();
    texts.forEach((page, index) => {
      for (const [found] of page.matchAll(money)) pageOf.set(found, [...(pageOf.get(found) ?? []), index]);
    });
    const registerPages = new Set<number>();
    for (const row of model.lines) {
      const unitCostPages = pageOf.get(ru.money(row.unitCostKopecks.value));
      const costPages = pageOf.get(ru.money(row.costKopecks.value));
      expect(unitCostPages).toHaveLength(1);
      expect(costPages).toEqual(unitCostPages);
      const page = texts[unitCostPages![0]];
      expect(page).toContain(ru.date(row.date));
      expect(page).toContain(row.itemName);
      registerPages.add(unitCostPages![0]);
    }
    expect(registerPages.size).toBeGreaterThan(50);
    for (const index of registerPages) {
      expect(texts[index]).toMatch(/Дата Позиция Ед\. изм\. Кол-во Цена за ед\. Сумма Источник/);
    }
    texts.forEach((page, i) => {
      expect(page).toContain(VERIFY);
      expect(page).toContain(`Стр. ${i + 1}`);
    });
  }, 180_000);

  it('resolves only once the output has finished', async () => {
    const written: Buffer[] = [];
    let finished = false;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        written.push(chunk);
        setTimeout(done, 1);
      },
    });
    slow.on('finish', () => (finished = true));
    const { pages } = await renderReportPdf(largeModel(600), slow);

    expect(finished).toBe(true);
    expect(pages).toBeGreaterThan(5);
    expect(Buffer.concat(written).subarray(-6).toString()).toMatch(/%%EOF\s*$/);
  });

  it('rejects, without hanging, when the output fails part way', async () => {
    let written = 0;
    const failing = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        written += chunk.length;
        done(written > 20_000 ? new Error('storage went away') : null);
      },
    });
    failing.on('error', () => undefined);

    await expect(renderReportPdf(largeModel(3000), failing)).rejects.toThrow('storage went away');
  });
});
