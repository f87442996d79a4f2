import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';

/** One run of a child: wall time, and when they could be taken, its CPU time (user + system) and peak RSS. */
export interface Run {
  readonly ms: number;
  readonly cpuMs: number | undefined;
  readonly rssMb: number | undefined;
  readonly stdout: string;
}

const PROBE = 'bench/.out/probe.cjs';
const TIME = '/usr/bin/time';

// A CommonJS preload (an ES one costs ~40 ms to load, which would swamp a start-up): at exit the child reports its
// peak RSS and CPU time on stderr. CPU time is what a loaded machine inflates least, wall time what a user waits.
function probe(): string {
  if (!existsSync(PROBE)) {
    mkdirSync('bench/.out', { recursive: true });
    writeFileSync(
      PROBE,
      "process.on('exit', () => { const u = process.resourceUsage(); process.stderr.write('PROBE ' + u.maxRSS + ' ' + (u.userCPUTime + u.systemCPUTime) + '\\n'); });\n",
    );
  }
  return `./${PROBE}`;
}

/**
 * Runs `program args`, Node children with the probe preloaded, others under GNU time when it is there (peak RSS
 * only). A run that fails stops the bench: its time would mean nothing.
 */
export function runChild(program: string, args: readonly string[], keepStdout = false): Run {
  const node = program === process.execPath;
  const timed = !node && existsSync(TIME);
  const [file, argv] = node ? [program, ['-r', probe(), ...args]] : timed ? [TIME, ['-f', 'RSS %M', program, ...args]] : [program, [...args]];
  const started = performance.now();
  const result = spawnSync(file, argv, { encoding: 'utf8', maxBuffer: 1 << 30, stdio: ['ignore', keepStdout ? 'pipe' : 'ignore', 'pipe'] });
  const ms = performance.now() - started;
  if (result.status !== 0) throw new Error(`${program} ${args.join(' ')}: exit ${result.status}\n${result.stderr}`);
  const probed = /PROBE (\d+) (\d+)/.exec(result.stderr);
  const rss = probed?.[1] ?? /RSS (\d+)/.exec(result.stderr)?.[1];
  return {
    ms,
    cpuMs: probed === null ? undefined : Number(probed[2]) / 1000,
    rssMb: rss === undefined ? undefined : Number(rss) / 1024,
    stdout: result.stdout ?? '',
  };
}

/** The median of a list (the upper middle of an even one). */
export const median = (values: readonly number[]): number => [...values].sort((a, b) => a - b)[values.length >> 1]!;

/** One command's medians over its runs, and its largest peak RSS. */
export interface Timed {
  readonly medianMs: number;
  readonly samplesMs: number[];
  readonly cpuMs: number | undefined;
  readonly peakRssMb: number | undefined;
}

/**
 * The commands run `runs` times each after `warmUp` unmeasured rounds, alternately — in each round all of them, the
 * order rotating — so that whatever else the machine does weighs on all alike. Medians of the rounds.
 */
export function alternately(commands: ReadonlyArray<{ program: string; args: readonly string[] }>, runs: number, warmUp = 0): Timed[] {
  const runsOf = commands.map(() => [] as Run[]);
  for (let round = 0; round < warmUp + runs; round += 1) {
    for (let k = 0; k < commands.length; k += 1) {
      const at = (k + round) % commands.length;
      const run = runChild(commands[at]!.program, commands[at]!.args);
      if (round >= warmUp) runsOf[at]!.push(run);
    }
  }
  return runsOf.map((list) => {
    const cpu = list.flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs]));
    const rss = list.flatMap((run) => (run.rssMb === undefined ? [] : [run.rssMb]));
    return {
      medianMs: median(list.map((run) => run.ms)),
      samplesMs: list.map((run) => run.ms),
      cpuMs: cpu.length === 0 ? undefined : median(cpu),
      peakRssMb: rss.length === 0 ? undefined : Math.max(...rss),
    };
  });
}
