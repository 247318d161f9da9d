import { readFileSync } from 'node:fs';
import { projectPath } from '@careledger/database';

import { FONT } from './layout.js';

/**
 * DejaVu Sans from the `dejavu-fonts-ttf` package: full TrueType fonts, so Cyrillic, digits, `₽` and
 * punctuation all embed and extract exactly (woff subsets lose digits). Read once per process.
 */
const files: Record<string, string> = {
  [FONT.regular]: 'DejaVuSans.ttf',
  [FONT.bold]: 'DejaVuSans-Bold.ttf',
};

let loaded: Map<string, Buffer> | undefined;

export function reportFonts(): Map<string, Buffer> {
  loaded ??= new Map(
    Object.entries(files).map(([name, file]) => [
      name,
      readFileSync(projectPath('node_modules', 'dejavu-fonts-ttf', 'ttf', file)),
    ]),
  );
  return loaded;
}
