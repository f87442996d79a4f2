import { parseCsvTable } from '../src/read/csv-table.js';
import { InputFiles } from '../src/read/input-files.js';
import { loadText } from '../src/read/load-text.js';

// The floor of a forecast run, run by the benchmark in a process of its own as a bundle like the CLI's: read the
// file, decode it and split it into records with the very reader the CLI uses (the plain-CSV scanner for these
// files), and nothing else.
const path = process.argv[2]!;
const loaded = await loadText(path, { inputs: new InputFiles() });
if (!('text' in loaded)) throw new Error(`${path}: ${loaded.issue.problem}`);
let records = 0;
parseCsvTable(loaded.text, path).table?.records.forEach(() => {
  records += 1;
});
process.stdout.write(`${records}\n`);
