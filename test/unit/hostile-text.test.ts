import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultCatalogueInput } from '../../src/bridge/default-catalogues.js';
import { runCli } from '../../src/cli/run-cli.js';
import { KRW } from '../support/factories.js';
import { fakeIo } from '../support/fake-io.js';

// Every string a user supplies, on every path to stdout and stderr: no raw control, bidi or invisible format
// character may come out (with colour on, chalk's own SGR sequences only). Each case runs the CLI in-process.

const RUNS = 8;
const DANGEROUS = [
  '\x1b[2J',
  '\x1b]0;pwned\x07',
  '\x1b[31m',
  '\u009b31m',
  '\u0085',
  '\u0090',
  '\r',
  '\x08',
  '\x7f',
  '\u202e',
  '\u202a',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u200e',
  '\u061c',
  '\u200b',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u2028',
  '\u{e0041}',
  '\u3164',
];
const PLAIN = ['a', 'Z', '김', '-', '=', '@', ' ', '1', ',', '"', '.'];

/** A string with at least one dangerous character, somewhere among ordinary ones; never blank once trimmed. */
const hostile = fc
  .tuple(fc.constantFrom(...DANGEROUS), fc.array(fc.constantFrom(...DANGEROUS, ...PLAIN, ...PLAIN), { maxLength: 8 }), fc.nat(8))
  .map(([first, rest, at]) => `A${[...rest.slice(0, at), first, ...rest.slice(at)].join('')}`);

const fields = fc.record({
  id: hostile,
  client: hostile,
  description: hostile,
  category: hostile,
  heading: hostile,
  cell: hostile,
  configKey: hostile,
  configValue: hostile,
  name: hostile,
  note: hostile,
  catalogueValue: hostile,
});
type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

// Control characters except the line breaks and tabs our own layout writes; the set safe-text neutralises.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u115f\u1160\u3164\uffa0]|(?![\u200c\u200d])\p{Cf}/u;
const CHALK_SGR = /\x1b\[\d+(?:;\d+)*m/g;

const folder = mkdtempSync(join(tmpdir(), 'cashflow-hostile-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const cell = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** The files of one run, every user string in place; a shortfall, so that bridging and `check` print too. */
function writeInputs(f: Fields) {
  const path = (name: string) => join(folder, name);
  writeFileSync(
    path('invoices.csv'),
    [
      `id,client,amount,issued,due,paid,${cell(f.heading)}`,
      `${cell(f.id)},${cell(f.client)},500000,2026-09-01,2026-09-30,2026-10-05,x`,
      `${cell(`${f.id}-2`)},${cell(f.client)},3000000,2026-11-20,2027-01-10,,x`,
    ].join('\n'),
  );
  writeFileSync(
    path('bad-invoices.csv'),
    `id,client,amount,issued\n${cell(f.id)},${cell(f.client)},${cell(f.cell)},2026-11-01\nOK-1,Client,100000,2026-11-01\n`,
  );
  writeFileSync(
    path('expenses.csv'),
    `date,amount,description,category\n2026-12-05,2000000,${cell(f.description)},${cell(f.category)}\n2026-12-10,100000,${cell(f.description)},${cell(f.category)}\n`,
  );
  const base = defaultCatalogueInput(KRW);
  const template = base.options[0]!;
  const option = (id: string, legal: object, recommendable: boolean) => ({
    ...template,
    id,
    name: { en: f.name, ko: f.name },
    legal,
    recommendable,
    notes: f.note,
  });
  writeFileSync(
    path('catalogue.json'),
    JSON.stringify({
      ...base,
      extends: 'defaults',
      [f.configKey]: 1,
      options: [option('hostile-display', { status: 'legal', refs: [], note: f.note }, false), option('hostile-line', { status: 'regulated', refs: [] }, true)],
    }),
  );
  writeFileSync(path('bad-catalogue.json'), JSON.stringify({ ...base, options: [{ ...template, availability: { leadTimeDays: f.catalogueValue } }] }));
  writeFileSync(path('config.json'), JSON.stringify({ [f.configKey]: 1 }));
  writeFileSync(path('value-config.json'), JSON.stringify({ balance: f.configValue, map: { amount: f.configValue } }));
  writeFileSync(path('encoding-config.json'), JSON.stringify({ encoding: f.configValue }));
  return {
    invoices: path('invoices.csv'),
    bad: path('bad-invoices.csv'),
    expenses: path('expenses.csv'),
    catalogue: path('catalogue.json'),
    badCatalogue: path('bad-catalogue.json'),
    config: path('config.json'),
    valueConfig: path('value-config.json'),
    encodingConfig: path('encoding-config.json'),
  };
}

async function run(argv: string[], color: boolean): Promise<{ stdout: string; stderr: string }> {
  const io = fakeIo({ env: color ? { FORCE_COLOR: '1' } : {} });
  const { out, err } = io;
  await runCli(argv, io);
  return { stdout: out.join(''), stderr: err.join('') };
}

type Paths = ReturnType<typeof writeInputs>;
const forecast = (p: Paths) => [p.invoices, '--expenses', p.expenses, '--bridges', p.catalogue, '--as-of', '2026-12-01', '--balance', '0'];

// Each case names the stream its user text must reach, so that a run printing nothing cannot pass.
const CASES: Array<[string, (p: Paths) => string[], 'stdout' | 'stderr']> = [
  ['forecast (table, bridging, warnings)', (p) => ['forecast', ...forecast(p)], 'stdout'],
  ['forecast --daily', (p) => ['forecast', ...forecast(p), '--daily'], 'stdout'],
  ['forecast --format csv --events', (p) => ['forecast', ...forecast(p), '--format', 'csv', '--events'], 'stdout'],
  ['check', (p) => ['check', ...forecast(p)], 'stdout'],
  ['export --to ledger', (p) => ['export', '--to', 'ledger', ...forecast(p)], 'stdout'],
  ['clients', (p) => ['clients', p.invoices, '--as-of', '2026-12-01'], 'stdout'],
  ['bridges (the calculator, legal.note and names)', (p) => ['bridges', '--amount', '1000000', '--bridges', p.catalogue, '--as-of', '2026-12-01'], 'stdout'],
  ['a bad cell (errors)', (p) => ['forecast', p.bad, '--as-of', '2026-12-01'], 'stderr'],
  ['a bad cell --skip-invalid (warnings)', (p) => ['forecast', p.bad, '--as-of', '2026-12-01', '--skip-invalid'], 'stdout'],
  ['a missing column (the header in the hint)', (p) => ['forecast', p.expenses, '--as-of', '2026-12-01'], 'stderr'],
  ['an unknown config key', (p) => ['forecast', p.invoices, '--config', p.config, '--as-of', '2026-12-01'], 'stderr'],
  ['config values echoed in usage errors', (p) => ['forecast', p.invoices, '--config', p.valueConfig, '--as-of', '2026-12-01'], 'stderr'],
  ['a config encoding echoed', (p) => ['forecast', p.invoices, '--config', p.encodingConfig, '--as-of', '2026-12-01'], 'stderr'],
  ['a catalogue value echoed', (p) => ['forecast', ...forecast(p).map((arg) => (arg === p.catalogue ? p.badCatalogue : arg))], 'stderr'],
];

// JSON output: JSON.stringify escapes C0 but leaves C1, bidi and format characters raw. The JSON renderers are being
// rewritten (issue 11, part 1); render/safe-text.ts has jsonSafeText for them. These fail until then.
const JSON_CASES: Array<[string, (p: Paths) => string[], 'stdout' | 'stderr']> = [
  ['forecast --json', (p) => ['forecast', ...forecast(p), '--json'], 'stdout'],
  ['clients --json', (p) => ['clients', p.invoices, '--as-of', '2026-12-01', '--json'], 'stdout'],
  ['bridges --json', (p) => ['bridges', '--amount', '1000000', '--bridges', p.catalogue, '--as-of', '2026-12-01', '--json'], 'stdout'],
];

async function leaksNothing(argv: (p: Paths) => string[], reaches: 'stdout' | 'stderr', color: boolean, shrink = true): Promise<void> {
  await fc.assert(
    fc.asyncProperty(fields, async (f) => {
      const { stdout, stderr } = await run(argv(writeInputs(f)), color);
      expect(reaches === 'stdout' ? stdout : stderr).not.toBe('');
      for (const [stream, text] of [
        ['stdout', stdout],
        ['stderr', stderr],
      ] as const) {
        const shown = color ? text.replace(CHALK_SGR, '') : text;
        const raw = RAW.exec(shown);
        if (raw !== null)
          throw new Error(
            `${stream} has U+${raw[0].codePointAt(0)!.toString(16)} near ${JSON.stringify(shown.slice(Math.max(0, raw.index - 40), raw.index + 10))}`,
          );
      }
    }),
    { numRuns: RUNS, endOnFailure: !shrink },
  );
}

describe('no user text reaches the terminal raw', () => {
  it.each(CASES)('%s, colour off', async (_name, argv, reaches) => {
    await leaksNothing(argv, reaches, false);
  });
  it.each(CASES.slice(0, 3))("%s, colour on: only chalk's SGR sequences", async (_name, argv, reaches) => {
    await leaksNothing(argv, reaches, true);
  });
  it.each(JSON_CASES)('%s', async (_name, argv, reaches) => {
    await leaksNothing(argv, reaches, false, false);
  });
});
