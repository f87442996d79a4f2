import { createInterface } from 'node:readline';

/**
 * Reads one line typed on the terminal, echoed, the question on standard error (standard output may be
 * redirected). '' when Enter alone was pressed; undefined on Ctrl-D or Ctrl-C, so the caller can stop cleanly.
 * main.ts offers it only when standard input and error are terminals.
 */
export function askLineOnTerminal(question: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const lines = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
    let answered = false;
    lines.on('SIGINT', () => lines.close());
    lines.on('close', () => {
      if (answered) return;
      process.stderr.write('\n');
      resolve(undefined);
    });
    lines.question(question, (answer) => {
      answered = true;
      lines.close();
      resolve(answer);
    });
  });
}
