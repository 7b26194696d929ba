// Grades axe-core (under jsdom) and HTMLHint on the W3C ACT cases, the same way ActConformanceTest grades
// contentlint, and prints the three scores side by side. Run through act-peers.sh, which installs the tools.
//
// usage: node act-peers.mjs ACT_DIR CONTENTLINT_SARIF
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const require = createRequire(join(process.env.PEERS_DIR, 'package.json'));
const axe = require('axe-core');
const { JSDOM, VirtualConsole } = require('jsdom');
const { HTMLHint } = require('htmlhint');

const [actDir, sarifFile] = process.argv.slice(2);
const rows = readFileSync(join(actDir, 'manifest.tsv'), 'utf8').trim().split('\n').slice(1)
  .map((l) => { const [rule, name, wcag, outcome, file] = l.split('\t'); return { rule, name, outcome, file }; });

// axe: its own rule metadata maps rules to ACT ids.
const axeActs = Object.fromEntries(axe.getRules().map((r) => [r.ruleId, r.actIds || []]));
const allAxeRules = Object.fromEntries(axe.getRules().map((r) => [r.ruleId, { enabled: true }]));

// HTMLHint has no ACT metadata: its rules are mapped by hand where the match is obvious.
function htmlhintActs(m) {
  const msg = m.message;
  switch (m.rule.id) {
    case 'alt-require':
      if (msg.includes('area[')) return ['c487ae'];
      if (msg.includes('input[')) return ['59796f'];
      return ['23a2a8'];
    case 'input-requires-label': return ['e086e5'];
    case 'frame-title-require': return ['cae760'];
    case 'html-lang-require': return /valid|BCP/i.test(msg) ? ['bf051a'] : ['b5c3f8'];
    case 'title-require': return ['2779a5'];
    case 'id-unique': return ['3ea0c8'];
    case 'attr-no-duplication': return ['e6952f'];
    default: return [];
  }
}
const htmlhintClaims = new Set(['23a2a8', '59796f', 'c487ae', 'e086e5', 'cae760', 'b5c3f8', 'bf051a', '2779a5', '3ea0c8', 'e6952f']);
const axeClaims = new Set(Object.values(axeActs).flat());

async function runAxe(html) {
  const dom = new JSDOM(html, { runScripts: 'dangerously', pretendToBeVisual: true, virtualConsole: new VirtualConsole() });
  dom.window.eval(axe.source);
  const result = await dom.window.axe.run(dom.window.document, { rules: allAxeRules, resultTypes: ['violations'] });
  dom.window.close();
  return new Set(result.violations.flatMap((v) => axeActs[v.id] || []));
}

function runHtmlhint(html) {
  const ruleset = Object.fromEntries(Object.keys(HTMLHint.rules).map((k) => [k, true]));
  return new Set(HTMLHint.verify(html, ruleset).flatMap(htmlhintActs));
}

// contentlint: the SARIF run of the CLI; rule tags give ACT ids, a finding's "act" property narrows them.
const sarif = JSON.parse(readFileSync(sarifFile, 'utf8'));
const run = sarif.runs[0];
const clActs = Object.fromEntries(run.tool.driver.rules.map((r) =>
  [r.id, ((r.properties && r.properties.tags) || []).filter((t) => t.startsWith('act:')).map((t) => t.slice(4))]));
const clClaims = new Set(Object.values(clActs).flat());
const clByFile = {};
for (const res of run.results) {
  const uri = res.locations[0].physicalLocation.artifactLocation.uri.replace(/^.*?cases\//, 'cases/');
  let acts = clActs[res.ruleId] || [];
  if (res.properties && res.properties.act) acts = acts.filter((a) => res.properties.act.split(' ').includes(a));
  (clByFile[uri] ||= new Set());
  acts.forEach((a) => clByFile[uri].add(a));
}

const tools = ['contentlint', 'axe-core', 'HTMLHint'];
const claims = { contentlint: clClaims, 'axe-core': axeClaims, HTMLHint: htmlhintClaims };
const perRule = {};
for (const row of rows) {
  const html = row.file.endsWith('.html');
  const source = readFileSync(join(actDir, row.file), 'utf8');
  // Non-HTML cases (.svg, .xml, .js) are all inapplicable: an HTML checker leaves them alone.
  const found = {
    contentlint: clByFile[row.file] || new Set(),
    'axe-core': html ? await runAxe(source) : new Set(),
    HTMLHint: html ? runHtmlhint(source) : new Set(),
  };
  const r = (perRule[row.rule] ||= { name: row.name, cases: 0, right: Object.fromEntries(tools.map((t) => [t, 0])) });
  r.cases++;
  for (const t of tools) if ((row.outcome === 'failed') === found[t].has(row.rule)) r.right[t]++;
}

const pct = (a, b) => (b ? (100 * a / b).toFixed(1) + '%' : '—');
console.log('| ACT rule | name | cases | ' + tools.map((t) => t).join(' | ') + ' |');
console.log('| --- | --- | ---: | ' + tools.map(() => '---:').join(' | ') + ' |');
const total = { cases: 0 }, claimed = {};
for (const t of tools) { total[t] = 0; claimed[t] = { right: 0, cases: 0, rules: 0 }; }
for (const [id, r] of Object.entries(perRule).sort()) {
  total.cases += r.cases;
  const cells = tools.map((t) => {
    total[t] += r.right[t];
    if (!claims[t].has(id)) return `— (${r.right[t]})`;
    claimed[t].right += r.right[t]; claimed[t].cases += r.cases; claimed[t].rules++;
    return `${r.right[t]}/${r.cases}`;
  });
  console.log(`| \`${id}\` | ${r.name} | ${r.cases} | ${cells.join(' | ')} |`);
}
console.log(`| **all cases** | | ${total.cases} | ` + tools.map((t) => `**${total[t]}/${total.cases} (${pct(total[t], total.cases)})**`).join(' | ') + ' |');
console.log(`| **claimed rules** | | | ` + tools.map((t) => `**${claimed[t].right}/${claimed[t].cases} (${pct(claimed[t].right, claimed[t].cases)})**, ${claimed[t].rules} rules`).join(' | ') + ' |');
console.log('\n"— (n)": the tool claims no check for that ACT rule; n cases come out right by its silence.');
