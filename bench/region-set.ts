// `npm run build && node dist/bench/region-set.js [organisations]`: how long one region's protected set
// (joint suppression with the LP audit, then perturbation) takes for a synthetic region of
// organisations × 12 months × 8 categories × 4 funding kinds. Prints; asserts no timing.
import { ProtectedRegionSet, regionTables } from '../libs/statistics/src/region-set.js';
import { regionFigures, syntheticRegion } from '../libs/statistics/src/region-figures.fixture.js';

const organisations = Number(process.argv[2] ?? 30);
const region = syntheticRegion({ organisations, months: 12, categories: 8, fundingKinds: 4, seed: 14 });
const figures = regionFigures(region.organisations, region.lines);
const tables = regionTables(figures);
const started = performance.now();
const cpuBefore = process.cpuUsage();
const set = ProtectedRegionSet.protect(figures, 5);
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
const cells = Object.keys(tables.cells).length;
const withheld = set.withheld.length;
console.log(
  `${organisations} organisations, ${region.lines.length} lines: ${cells} cells, ${tables.relations.length} relations, ${withheld} withheld, ${seconds.toFixed(2)} s (${cpuSeconds.toFixed(2)} s of CPU)`,
);
