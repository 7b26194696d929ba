// Regenerates linter-core/src/main/resources/dev/contentlint/core/readability/cmudict-syllables.txt.gz,
// the word -> syllable count table the readability metrics look words up in.
//
// Source: the CMU Pronouncing Dictionary as packaged by the npm package cmu-pronouncing-dictionary@3.0.0
// (its data is the dictionary of Carnegie Mellon University, BSD-style licence; the package is ISC).
//
// Usage (from the repository root):
//   npm pack cmu-pronouncing-dictionary@3.0.0 && tar xzf cmu-pronouncing-dictionary-3.0.0.tgz
//   node linter-core/src/build/cmudict-syllables.mjs package/index.js
//
// Output: gzip-compressed UTF-8 lines "word<TAB>count". A word with several pronunciations ("word(2)" in
// the source) gets the fewest syllables any of them has ("every": 2, not 3); the count is the number of
// vowel phonemes (those that carry a stress digit).
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const source = process.argv[2] ?? 'package/index.js';
const { dictionary } = await import(pathToFileURL(resolve(source)).href);
const fewest = new Map();
for (const [entry, phones] of Object.entries(dictionary)) {
  const word = entry.replace(/\(\d+\)$/, '');
  if (!/^[a-z][a-z'.\-]*$/.test(word)) continue;
  const count = phones.split(' ').filter((p) => /[0-2]$/.test(p)).length;
  if (count > 0 && (!fewest.has(word) || count < fewest.get(word))) fewest.set(word, count);
}
const lines = [...fewest].map(([word, count]) => `${word}\t${count}`);
lines.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
const out = 'linter-core/src/main/resources/dev/contentlint/core/readability/cmudict-syllables.txt.gz';
writeFileSync(out, gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 9 }));
console.log(`${lines.length} words -> ${out}`);
