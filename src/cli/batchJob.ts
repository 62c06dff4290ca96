/** What one run of a command printed (or a batch's lines, all their answers) and its exit status. */
export interface Answer {
  readonly text: string;
  readonly status: 0 | 1 | 2;
}

/**
 * The worse of two exit statuses: an internal error (1) over invalid input (2) over 0.
 *
 * @param a - one status
 * @param b - another
 * @returns the worse
 * @example
 * ```ts
 * worse(0, 2); // 2
 * ```
 */
export function worse(a: 0 | 1 | 2, b: 0 | 1 | 2): 0 | 1 | 2 {
  return a === 1 || b === 1 ? 1 : (Math.max(a, b) as 0 | 2);
}

/**
 * Where a `--ndjson` input breaks into lines: as Node's readline breaks them (`crlfDelay:
 * Infinity`): at `\n`, `\r\n`, or a `\r` not followed by `\n`.
 */
const LINE_END = /\r?\n|\r(?!\n)/;

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
): Answer {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  return answerText(text, answerLine);
}

/**
 * Answers every line of a batch's text (a job's, or a whole input read at once), as
 * {@link answerJob} does.
 *
 * @param text - the lines
 * @param answerLine - the batch's answerer (`lineAnswerer`)
 * @returns the answers' text and the worst status
 * @example
 * ```ts
 * answerText('{"account":1}\r\n', lineAnswerer(checkCommand, base)).status; // 2
 * ```
 */
export function answerText(text: string, answerLine: (line: string) => Answer | undefined): Answer {
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
