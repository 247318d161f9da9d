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
