// `npm run bench [-- section…]`: every bench section in turn (or only those named), each printing
// its own table. Sections: graph (corpus build stages + query latency), scale (1×–10× corpus),
// search (per-keystroke search latency), explorer (page load and redraw in headless Chromium).
// Add one by writing bench/sections/<name>.ts and listing it below.

import { explorerBench } from './sections/explorer.ts';
import { graphSection } from './sections/graph.ts';
import { scaleSection } from './sections/scale.ts';
import { searchBench } from './sections/search.ts';
import type { BenchSection } from './lib/section.ts';

const SECTIONS: BenchSection[] = [
  graphSection,
  scaleSection,
  {
    name: 'search',
    description: 'search latency per keystroke',
    run: async (log) => void (await searchBench(log)),
  },
  {
    name: 'explorer',
    description: 'class page load and redraw in headless Chromium',
    run: async (log) => void (await explorerBench(log)),
  },
];

const log = (line: string): void => console.log(line);
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !SECTIONS.some((s) => s.name === w));
if (unknown.length > 0) {
  console.error(
    `bench: unknown section(s) ${unknown.join(', ')}; sections: ${SECTIONS.map((s) => s.name).join(', ')}`,
  );
  process.exit(2);
}
log(
  `Rungs bench — node ${process.version} ${process.execArgv.filter((a) => a.startsWith('--') && a !== '--import').join(' ')}, ${new Date().toISOString()}`,
);
for (const section of SECTIONS) {
  if (wanted.length > 0 && !wanted.includes(section.name)) continue;
  log('');
  log(`== ${section.name}: ${section.description}`);
  const start = performance.now();
  await section.run(log);
  log(`(${section.name}: ${((performance.now() - start) / 1000).toFixed(1)} s)`);
}
