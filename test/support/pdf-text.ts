import { projectPath } from '@careledger/database';
import { PDFParse } from 'pdf-parse';

// pdf-parse's pdf.js loads its worker with a dynamic import, which CommonJS-mode jest refuses; loaded
// up front, the worker registers itself on globalThis and pdf.js uses it in the same thread.
// eslint-disable-next-line @typescript-eslint/no-require-imports
require(projectPath('node_modules', 'pdf-parse', 'dist', 'pdf-parse', 'cjs', 'pdf.worker.mjs'));

/** The text of each page of a PDF. */
export async function pdfPages(pdf: Buffer): Promise<string[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).pages.map((page) => page.text);
  } finally {
    await parser.destroy();
  }
}

/** A run of text on a page and the box it takes, in points from the page's top left. */
export interface TextBox {
  text: string;
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Every non-blank run of text on one page (1-based) with its box, from pdf.js's text positions. */
export async function pdfTextBoxes(pdf: Buffer, pageNumber: number): Promise<TextBox[]> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    // pdf.js's document, which pdf-parse keeps private; its text items carry their positions
    const document = await (parser as unknown as { load(): Promise<PdfJsDocument> }).load();
    const page = await document.getPage(pageNumber);
    const { height } = page.getViewport({ scale: 1 });
    const { items } = await page.getTextContent();
    return items
      .filter((item) => item.str.trim() !== '')
      .map((item) => {
        const [, , , fontHeight, x, baseline] = item.transform;
        const top = height - baseline - fontHeight * 0.8;
        return { text: item.str, left: x, top, right: x + item.width, bottom: top + fontHeight };
      });
  } finally {
    await parser.destroy();
  }
}

interface PdfJsDocument {
  getPage(pageNumber: number): Promise<{
    getViewport(options: { scale: number }): { height: number };
    getTextContent(): Promise<{ items: { str: string; transform: number[]; width: number }[] }>;
  }>;
}
