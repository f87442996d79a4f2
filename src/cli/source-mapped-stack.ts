import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

// Only a bug report calls this, so the bundle's map (0.6 MB) is read and parsed then and never on a normal start.
// Node's own source maps (--enable-source-maps, process.setSourceMapsEnabled) take effect only for code loaded after
// they are turned on, so they would make every start parse it.

// A V8 stack frame: `    at [async ]name (file:line:column)` or `    at file:line:column`.
const FRAME = /^(\s+at (?:async )?)(?:(.+) \()?(.+):(\d+):(\d+)(\)?)$/;

/**
 * The stack with every frame in a file that has a source map beside it (`dist/cli.cjs.map`) pointed at the source
 * file and line instead, as a path from the folder that holds the bundle's folder: `src/cli/main.ts:18:39`. Frames
 * elsewhere (node:internal, a file without a map) are left as they are. Function names stay the bundle's: Node 20's
 * SourceMap does not give the original ones.
 */
export function sourceMappedStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  return stack
    .split('\n')
    .map((line) => mapFrame(line, maps))
    .join('\n');
}

function mapFrame(line: string, maps: Map<string, SourceMap | undefined>): string {
  const frame = FRAME.exec(line);
  if (frame === null) return line;
  const [, prefix, name, location, row, column, close] = frame;
  const file = location!.startsWith('file:') ? fileURLToPath(location!) : location!;
  if (!isAbsolute(file)) return line;
  if (!maps.has(file)) maps.set(file, readSourceMap(`${file}.map`));
  const entry = maps.get(file)?.findEntry(Number(row) - 1, Number(column) - 1);
  if (entry === undefined || !('originalSource' in entry)) return line;
  const source = sourcePath(entry.originalSource, dirname(file));
  const place = `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  return name === undefined ? `${prefix}${place}` : `${prefix}${name} (${place}${close}`;
}

function readSourceMap(path: string): SourceMap | undefined {
  try {
    return new SourceMap(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return undefined; // no map, or not one: the frame stays as V8 printed it
  }
}

// esbuild names sources relative to the map (`../src/cli/main.ts`); its plugins' virtual modules by namespace
// (`lazy-builtin:child_process`), which are kept as they are.
function sourcePath(source: string, bundleFolder: string): string {
  if (source.startsWith('file:')) return fileURLToPath(source);
  if (/^[a-z-]+:/i.test(source)) return source;
  return relative(join(bundleFolder, '..'), join(bundleFolder, source));
}
