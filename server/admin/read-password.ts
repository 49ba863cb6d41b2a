/** Reads a password for the command line: hidden from a terminal, or the first line of stdin. */
import { createInterface } from 'node:readline';

export async function readPassword(fromStdin: boolean): Promise<string> {
  if (fromStdin || !process.stdin.isTTY) return firstLine();
  const first = await prompt('Passord: ');
  const second = await prompt('Gjenta passord: ');
  if (first !== second) throw new Error('Passordene er ikke like.');
  return first;
}

async function firstLine(): Promise<string> {
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

/** Raw mode, so nothing typed is echoed; Ctrl-C aborts. */
function prompt(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\u0003') return done(() => reject(new Error('Avbrutt.')));
        if (char === '\r' || char === '\n') return done(() => resolve(typed));
        typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
      }
    };
    const done = (finish: () => void) => {
      stdin.off('data', onData);
      stdin.setRawMode(false);
      stdin.pause();
      process.stderr.write('\n');
      finish();
    };
    stdin.on('data', onData);
  });
}
