import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

let cachedRoot: string | undefined;

/** The repository root (the folder of CareLedger's package.json), found upwards from the working directory. */
export function projectPath(...parts: string[]): string {
  cachedRoot ??= findRoot(process.cwd());
  return join(cachedRoot, ...parts);
}

function findRoot(start: string): string {
  let folder = resolve(start);
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'careledger'
    ) {
      return folder;
    }
    const parent = dirname(folder);
    if (parent === folder) return resolve(start);
    folder = parent;
  }
}
