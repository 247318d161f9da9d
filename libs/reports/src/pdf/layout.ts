import { printableText } from '@careledger/common';
import type PDFDocument from 'pdfkit';
import QRCode from 'qrcode';

type Doc = InstanceType<typeof PDFDocument>;

/** A4 in points, and the space the footer (address and QR code) keeps at the bottom of every page. */
export const PAGE = {
  size: 'A4' as const,
  width: 595.28,
  height: 841.89,
  margins: { top: 48, bottom: 84, left: 44, right: 44 },
};

/** The QR code's side in points: about 1.5 mm a module for an address, which a phone reads from paper. */
const QR_SIDE = 58;

export const FONT = { regular: 'DejaVuSans', bold: 'DejaVuSans-Bold' };

const COLOR = {
  text: '#1a1a1a',
  muted: '#5f6368',
  rule: '#c8ccd0',
  headerFill: '#e8edf2',
  bars: ['#2f6f9f', '#4f9a6a', '#c07a2c', '#8a5aa8', '#b04a4a', '#3a8f95', '#7a7a2a', '#6b6b6b', '#a0527a'],
};

export interface Column<Row> {
  header: string;
  /** points; a column with width 0 takes what the others leave */
  width: number;
  align?: 'left' | 'right';
  cell: (row: Row) => string;
}

export interface Bar {
  label: string;
  /** null: withheld, drawn as a note instead of a bar */
  value: number | null;
  valueText: string;
}

const CELL_PAD_X = 3;
const CELL_PAD_Y = 3;

/**
 * Lays content out top to bottom over as many pages as it takes: a block that does not fit on what is
 * left of a page starts the next one, and a table row is never split (its header row is repeated).
 * Every text it is given is made printable first (`printableText`): names stored before the input rules
 * may hold control characters or bidirectional overrides, which must not reorder or break the page.
 */
export class PageFlow {
  private readonly heights = new Map<string, number>();
  private current: [font: string, size: number, color: string] = [FONT.regular, 10, COLOR.text];

  constructor(
    readonly doc: Doc,
    /** the error that stopped the output, if any: drawing stops with it */
    private readonly stopped: () => unknown = () => undefined,
    /** kept below this many bytes waiting for the output, so memory stays flat with a slow reader */
    private readonly maxBuffered = 1 << 20,
  ) {}

  get contentWidth(): number {
    return PAGE.width - PAGE.margins.left - PAGE.margins.right;
  }

  private get bottom(): number {
    return PAGE.height - PAGE.margins.bottom;
  }

  private get left(): number {
    return PAGE.margins.left;
  }

  /** Starts a new page when fewer than `height` points are left on this one; true if it did. */
  ensureSpace(height: number): boolean {
    if (this.doc.y + height <= this.bottom) return false;
    this.doc.addPage();
    // the footer drawn for the new page changed the font: take back the one in use
    this.style(...this.current);
    return true;
  }

  gap(points: number): void {
    this.doc.y += points;
  }

  title(text: string): void {
    this.style(FONT.bold, 20);
    this.paragraphAt(printableText(text), 0);
    this.gap(6);
  }

  subtitle(text: string): void {
    this.style(FONT.bold, 14);
    this.paragraphAt(printableText(text), 0);
    this.gap(4);
  }

  heading(heading: string, keepWith = 60): void {
    const text = printableText(heading);
    this.style(FONT.bold, 13);
    const height = this.measure(text, this.contentWidth);
    this.ensureSpace(height + keepWith);
    this.paragraphAt(text, 0);
    this.gap(4);
  }

  paragraph(paragraph: string, size = 10, color = COLOR.text): void {
    const text = printableText(paragraph);
    this.style(FONT.regular, size, color);
    const height = this.measure(text, this.contentWidth);
    this.ensureSpace(height);
    this.paragraphAt(text, 0);
    this.gap(size * 0.5);
  }

  /** `label: value` lines on the cover; each measured in the font it is drawn in, so none overlaps the next. */
  field(fieldLabel: string, fieldValue: string): void {
    const [label, value] = [printableText(fieldLabel), printableText(fieldValue)];
    const labelWidth = 150;
    const valueWidth = this.contentWidth - labelWidth;
    this.style(FONT.regular, 10, COLOR.muted);
    const labelHeight = this.doc.heightOfString(label, { width: labelWidth - 8 });
    this.style(FONT.bold, 10);
    const height = Math.max(labelHeight, this.doc.heightOfString(value, { width: valueWidth }));
    this.ensureSpace(height);
    const y = this.doc.y;
    this.style(FONT.regular, 10, COLOR.muted);
    this.doc.text(label, this.left, y, { width: labelWidth - 8 });
    this.style(FONT.bold, 10);
    this.doc.text(value, this.left + labelWidth, y, { width: valueWidth });
    this.doc.x = this.left;
    this.doc.y = y + height + 3;
  }

  /**
   * A table whose rows never split across pages; the header row is repeated at the top of each page.
   * `onRow` is told each row's index once it is drawn; the returned promise lets the output drain
   * between pages, so a long table does not pile up in memory.
   */
  async table<Row>(
    columns: Column<Row>[],
    rows: readonly Row[],
    options: { fontSize?: number; onRow?: (index: number) => void } = {},
  ): Promise<void> {
    // a table without rows is left out, not drawn as an empty section
    if (rows.length === 0) return;
    const size = options.fontSize ?? 9;
    const widths = this.columnWidths(columns, size);
    const headerHeight = this.rowHeight(
      columns.map((c) => c.header),
      widths,
      FONT.bold,
      size,
    );
    const drawHeader = () => {
      const y = this.doc.y;
      this.doc.rect(this.left, y, this.contentWidth, headerHeight).fill(COLOR.headerFill);
      this.drawRow(
        columns.map((c) => c.header),
        columns,
        widths,
        y,
        FONT.bold,
        size,
      );
      this.doc.y = y + headerHeight;
    };

    let first = true;
    for (let index = 0; index < rows.length; index++) {
      const cells = columns.map((c) => printableText(c.cell(rows[index])));
      const height = this.rowHeight(cells, widths, FONT.regular, size);
      if (first) {
        this.ensureSpace(headerHeight + height);
        drawHeader();
        first = false;
      } else if (this.ensureSpace(height)) {
        await this.drain();
        drawHeader();
      }
      const y = this.doc.y;
      this.drawRow(cells, columns, widths, y, FONT.regular, size);
      this.doc
        .moveTo(this.left, y + height)
        .lineTo(this.left + this.contentWidth, y + height)
        .lineWidth(0.4)
        .stroke(COLOR.rule);
      this.doc.y = y + height;
      options.onRow?.(index);
    }
    this.doc.x = this.left;
    this.gap(size * 1.5);
  }

  /** A horizontal bar chart drawn with vector rectangles and lines; the values are never cut. */
  barChart(chartTitle: string, bars: Bar[]): void {
    if (bars.length === 0) return;
    const title = printableText(chartTitle);
    const rowHeight = 18;
    const labelWidth = 170;
    this.style(FONT.regular, 9);
    const valueWidth =
      Math.max(...bars.map((bar) => this.doc.widthOfString(printableText(bar.valueText)))) + 10;
    const barLeft = this.left + labelWidth;
    const barSpace = Math.max(40, this.contentWidth - labelWidth - valueWidth);
    this.style(FONT.bold, 11);
    const titleHeight = this.measure(title, this.contentWidth) + 6;
    this.ensureSpace(titleHeight + rowHeight * bars.length + 12);
    this.paragraphAt(title, 0);
    this.gap(6);

    const max = Math.max(0, ...bars.map((b) => b.value ?? 0));
    const top = this.doc.y;
    bars.forEach((bar, i) => {
      const y = top + i * rowHeight;
      this.style(FONT.regular, 9);
      const label = this.truncateToWidth(printableText(bar.label), labelWidth - 8);
      this.doc.text(label, this.left, y + 4, { lineBreak: false });
      if (bar.value !== null && bar.value > 0 && max > 0) {
        const length = Math.max(1, (bar.value / max) * barSpace);
        this.doc.rect(barLeft, y + 3, length, rowHeight - 6).fill(COLOR.bars[i % COLOR.bars.length]);
      }
      this.style(FONT.regular, 9, bar.value === null ? COLOR.muted : COLOR.text);
      const valueText = printableText(bar.valueText);
      const x = this.left + this.contentWidth - this.doc.widthOfString(valueText);
      this.doc.text(valueText, x, y + 4, { lineBreak: false });
    });
    const bottom = top + bars.length * rowHeight;
    this.doc
      .moveTo(barLeft, top)
      .lineTo(barLeft, bottom)
      .lineTo(barLeft + barSpace, bottom)
      .lineWidth(0.6)
      .stroke(COLOR.muted);
    this.doc.x = this.left;
    this.doc.y = bottom + 14;
  }

  /** Lets the output take what the document has produced, so memory stays flat. */
  async drain(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    for (;;) {
      const error = this.stopped();
      if (error) throw error;
      if (this.doc.readableLength <= this.maxBuffered) return;
      await new Promise<void>((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Fixed widths, widened where a header word would not fit; flexible columns share the rest. */
  private columnWidths<Row>(columns: Column<Row>[], size: number): number[] {
    this.style(FONT.bold, size);
    const fixedWidths = columns.map((c) => {
      if (c.width === 0) return 0;
      const words = c.header.split(/\s+/).map((word) => this.doc.widthOfString(word) + 2 * CELL_PAD_X);
      return Math.max(c.width, ...words);
    });
    const fixed = fixedWidths.reduce((sum, width) => sum + width, 0);
    const flexible = columns.filter((c) => c.width === 0).length;
    const rest = flexible > 0 ? Math.max(40, (this.contentWidth - fixed) / flexible) : 0;
    return fixedWidths.map((width) => (width === 0 ? rest : width));
  }

  private rowHeight(cells: string[], widths: number[], font: string, size: number): number {
    this.style(font, size);
    let height = this.doc.currentLineHeight(true);
    cells.forEach((text, i) => {
      height = Math.max(height, this.measure(text, widths[i] - 2 * CELL_PAD_X));
    });
    return height + 2 * CELL_PAD_Y;
  }

  private drawRow<Row>(
    cells: string[],
    columns: Column<Row>[],
    widths: number[],
    y: number,
    font: string,
    size: number,
  ): void {
    this.style(font, size);
    let x = this.left;
    cells.forEach((text, i) => {
      const inner = widths[i] - 2 * CELL_PAD_X;
      const align = columns[i].align ?? 'left';
      const width = this.doc.widthOfString(text);
      if (width <= inner) {
        const left = align === 'right' ? x + widths[i] - CELL_PAD_X - width : x + CELL_PAD_X;
        this.doc.text(text, left, y + CELL_PAD_Y, { lineBreak: false });
      } else {
        this.doc.text(text, x + CELL_PAD_X, y + CELL_PAD_Y, { width: inner, align });
      }
      x += widths[i];
    });
    this.doc.x = this.left;
  }

  /** The height `text` takes at the current font and size in `width`, cached (the register repeats). */
  private measure(text: string, width: number): number {
    const doc = this.doc as Doc & { _font: { name: string }; _fontSize: number };
    if (doc.widthOfString(text) <= width && !text.includes('\n')) return doc.currentLineHeight(true);
    const key = `${doc._font.name}|${doc._fontSize}|${width}|${text}`;
    let height = this.heights.get(key);
    if (height === undefined) {
      height = doc.heightOfString(text, { width });
      this.heights.set(key, height);
    }
    return height;
  }

  /** Cuts `text` with an ellipsis to fit one line of `width` (chart labels only). */
  private truncateToWidth(text: string, width: number): string {
    if (this.doc.widthOfString(text) <= width) return text;
    let cut = text;
    while (cut.length > 1 && this.doc.widthOfString(`${cut}…`) > width) cut = cut.slice(0, -1);
    return `${cut.trimEnd()}…`;
  }

  private paragraphAt(text: string, indent: number): void {
    this.doc.text(text, this.left + indent, this.doc.y, { width: this.contentWidth - indent });
    this.doc.x = this.left;
  }

  style(font: string, size: number, color = COLOR.text): void {
    this.current = [font, size, color];
    this.doc.font(font).fontSize(size).fillColor(color);
  }
}

/**
 * Draws the footer of the page just added: the verification address beside its QR code (drawn as
 * vector squares, so the same address always gives the same bytes), and the page number.
 */
export function drawFooter(doc: Doc, url: string, verification: string, pageLabel: string): void {
  const top = PAGE.height - PAGE.margins.bottom + 10;
  const left = PAGE.margins.left;
  const right = PAGE.width - PAGE.margins.right;
  doc
    .moveTo(left, top - 4)
    .lineTo(right, top - 4)
    .lineWidth(0.5)
    .stroke(COLOR.rule);
  drawQrCode(doc, url, right - QR_SIDE, top + 2, QR_SIDE);
  doc.font(FONT.regular).fontSize(7.5).fillColor(COLOR.muted);
  const textWidth = right - left - QR_SIDE - 16;
  // The footer sits below the bottom margin: lift the margin while it is drawn, or the address
  // (which may wrap when long, and is never cut) would start another page.
  const margins = doc.page.margins;
  doc.page.margins = { ...margins, bottom: 0 };
  doc.text(verification, left, top + 4, { width: textWidth });
  doc.text(pageLabel, left, doc.y + 4, { width: textWidth });
  doc.page.margins = margins;
  doc.fillColor(COLOR.text);
  doc.x = left;
  doc.y = PAGE.margins.top;
}

/** The last address's QR code: every page of a report prints the same one. */
let lastQrCode: { text: string; modules: QRCode.BitMatrix } | undefined;

/** A QR code of `text` (error correction M), one filled rectangle per run of dark modules in a row. */
function drawQrCode(doc: Doc, text: string, x: number, y: number, side: number): void {
  if (lastQrCode?.text !== text) {
    lastQrCode = { text, modules: QRCode.create(text, { errorCorrectionLevel: 'M' }).modules };
  }
  const { modules } = lastQrCode;
  const module = side / modules.size;
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col += 1;
      doc.rect(x + start * module, y + row * module, (col - start) * module, module);
    }
  }
  doc.fill(COLOR.text);
}

/**
 * PDFKit caches the glyph layout of every distinct word it has measured, for the life of the document:
 * with thousands of register rows (dates, amounts) that grows by about 100 KB a page. Emptied at each
 * new page, memory stays flat and rendering as fast (turning the cache off makes it five times slower).
 * Layout is deterministic, so this changes no byte of the output.
 */
export function forgetFontLayouts(doc: Doc): void {
  const families = (doc as unknown as { _fontFamilies?: Record<string, { layoutCache?: object }> })
    ._fontFamilies;
  for (const font of Object.values(families ?? {})) {
    if (font.layoutCache) font.layoutCache = Object.create(null) as object;
  }
}
