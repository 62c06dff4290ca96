import { worse, type Answer } from './run';

/**
 * Where a `--ndjson` input breaks into lines: as Node's readline breaks them (`crlfDelay:
 * Infinity`): at `\n`, `\r\n`, or a `\r` not followed by `\n`.
 */
const LINE_END = /\r?\n|\r(?!\n)/;

/** The answers to one job of a batch: their text, in order, and the worst exit status. */
export interface JobAnswer {
  readonly text: string;
  readonly status: 0 | 1 | 2;
}

/**
 * Answers one job of a `--ndjson` batch: a run of whole input lines (UTF-8 bytes that end at a
 * line break, or the input's last bytes), each answered as the serial batch answers it.
 *
 * @param bytes - the job's bytes
 * @param answerLine - the batch's answerer (`lineAnswerer`)
 * @returns the answers' text and the worst status
 * @example
 * ```ts
 * answerJob(Buffer.from('{"account":1}\n\n'), lineAnswerer(checkCommand, base)).status; // 2
 * ```
 */
export function answerJob(
  bytes: Uint8Array,
  answerLine: (line: string) => Answer | undefined,
): JobAnswer {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  let out = '';
  let status: 0 | 1 | 2 = 0;
  for (const line of text.split(LINE_END)) {
    const answer = answerLine(line);
    if (answer === undefined) continue;
    out += answer.text;
    status = worse(status, answer.status);
  }
  return { text: out, status };
}
