// One PDF measurement in a process of its own, so peak RSS is the renderer's and nothing else's:
// `node dist/bench/pdf-child.js report|pdfkit <lines>` prints one JSON line.
import PDFDocument from 'pdfkit';
import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { privateFigure, type ReportModel, type StatementModel } from '../libs/reports/src/report-model.js';
import { manyLines } from '../libs/reports/src/pdf/many-lines.fixture.js';
import { renderReportPdf, reportFormat } from '../libs/reports/src/pdf/index.js';

export interface PdfMeasurement {
  mode: string;
  seconds: number;
  sampledPeakRssMb: number;
  peakRssMb: number;
  pages: number;
  bytes: number;
  rows: number;
}

/** A care statement of `count` lines (the renderer's own large-model test uses the same lines). */
export function largeModel(count: number): StatementModel {
  const lines = manyLines(count);
  const total = lines.reduce((sum, line) => sum + line.costKopecks.value, 0);
  return {
    reportId: '6f1c2a7e-0d5b-4c1e-9a43-1f0e2b7c9d10',
    type: 'beneficiary_statement',
    language: 'ru',
    organisation: { name: 'АНО «Милосердие»', regionName: 'Пермский край', inn: '5902123456', ogrn: null },
    timeZone: 'Asia/Yekaterinburg',
    periodFrom: '2026-01-01',
    periodTo: '2026-12-31',
    requestedAt: new Date('2027-01-02T10:15:00Z'),
    verificationUrl: 'https://careledger.example/reports/6f1c2a7e-0d5b-4c1e-9a43-1f0e2b7c9d10',
    k: 5,
    beneficiary: { code: 'П-0001', fullName: null, birthDate: null },
    countedLines: count,
    keyFigures: {
      beneficiaries: privateFigure(1),
      events: privateFigure(count),
      spendKopecks: privateFigure(total),
      costPerBeneficiaryKopecks: privateFigure(total),
    },
    byUnit: [],
    byItem: [],
    byCategory: [{ category: 'medication', spendKopecks: privateFigure(total) }],
    byFundingKind: [{ fundingKind: 'presidential_grant', spendKopecks: privateFigure(total) }],
    byMonth: [],
    coverage: [],
    lines,
    withheld: [],
  };
}

/** PDFKit alone: the same rows, six columns, DejaVu Sans, laid out by hand with no table helper. */
async function pdfkitAlone(model: ReportModel, sink: Writable): Promise<{ pages: number; rows: number }> {
  const format = reportFormat('ru');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
    compress: true,
  });
  doc.registerFont('body', readFileSync('node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf'));
  doc.font('body').fontSize(8);
  const finished = new Promise<void>((resolve) => sink.once('finish', () => resolve()));
  doc.pipe(sink);
  const columns = [
    { x: 40, width: 52 },
    { x: 96, width: 200 },
    { x: 300, width: 50 },
    { x: 354, width: 44 },
    { x: 402, width: 62 },
    { x: 468, width: 68 },
  ];
  let pages = 1;
  let rows = 0;
  let y = 40;
  // the fixture's lines show every figure (manyLines)
  for (const line of model.lines) {
    if (y > doc.page.height - 60) {
      doc.addPage();
      pages += 1;
      y = 40;
    }
    const cells = [
      format.date(line.date),
      line.itemName,
      line.unit,
      format.number(line.quantity.value!),
      format.money(line.unitCostKopecks.value!),
      format.money(line.costKopecks.value!),
    ];
    cells.forEach((text, index) =>
      doc.text(text, columns[index].x, y, { width: columns[index].width, lineBreak: false }),
    );
    y += 12;
    rows += 1;
  }
  doc.end();
  await finished;
  return { pages, rows };
}

function peakRssFromProc(): number {
  const status = readFileSync('/proc/self/status', 'utf8');
  const match = /VmHWM:\s+(\d+) kB/.exec(status);
  return match ? Number(match[1]) / 1024 : 0;
}

async function main(): Promise<void> {
  const [mode, countText] = process.argv.slice(2);
  const model = largeModel(Number(countText ?? 5000));
  let sampled = process.memoryUsage().rss;
  const sampler = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 5);
  let bytes = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      sampled = Math.max(sampled, process.memoryUsage().rss);
      done();
    },
  });
  const started = performance.now();
  let pages: number;
  let rows: number;
  if (mode === 'report') {
    pages = (await renderReportPdf(model, sink)).pages;
    rows = model.lines.length;
  } else {
    ({ pages, rows } = await pdfkitAlone(model, sink));
  }
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  const result: PdfMeasurement = {
    mode,
    seconds,
    sampledPeakRssMb: sampled / 1024 / 1024,
    peakRssMb: Math.max(sampled / 1024 / 1024, peakRssFromProc()),
    pages,
    bytes,
    rows,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

if (process.argv[1]?.endsWith('pdf-child.js')) await main();
