import { version } from '../../package.json';
import { AccountPolicyError, isAccountPolicyError } from '../errors';
import { isLang, type Lang } from '../messages/lang';
import { answerText, type Answer } from './batchJob';
import type { CommandContext, CommandOutput, CommandSpec } from './context';

/** Where the command reads and writes; injectable for tests. */
export interface CliIo {
  readonly readStdin: () => string;
  readonly readFile: (path: string) => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

/** A {@link CliIo} that can stream a `--ndjson` batch (the real process). */
export type StreamingCliIo = CliIo & {
  /**
   * Answers a `--ndjson` batch on its own, streaming standard input or the `--input` file (the
   * real process, over worker threads when it has them), with the same lines out as
   * {@link lineAnswerer} gives; returns `undefined` to leave the batch to the whole input's text
   * (read first: fine in tests, not streaming). May throw what reading the input throws (refused
   * as `readFile` is).
   */
  readonly streamBatch?: (
    input: string | undefined,
    command: string,
    base: BatchBase,
    answerLine: (line: string) => Answer | undefined,
  ) => Promise<number> | undefined;
};

/** The commands `run` knows, by name, in the order `--help` lists them. */
export type CommandTable = { readonly [name: string]: CommandSpec };

const MAX_INPUT_BYTES = 16 * 1024 * 1024;

function invalid(message: string, path: (string | number)[] = []): AccountPolicyError {
  return new AccountPolicyError('invalid_input', message, [{ path, message }]);
}

/** The usage line and the list of commands (`--help`, `-h`, `help`). */
function helpText(COMMANDS: CommandTable): string {
  const lines = [
    'account-policy — bank account rules as JSON in, JSON out',
    '',
    'Usage: account-policy <command> [--input FILE] [--preset ID] [--lang en|zh-CN]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(12)} ${spec.summary}`),
    '',
    'Input is one JSON document from --input FILE or standard input. Exit status: 0 decision made,',
    '2 invalid input (JSON error on stdout), 1 internal error.',
    '',
    'account-policy help <command>   the usage of one command',
    'account-policy --version        the package version',
  ];
  return lines.join('\n') + '\n';
}

/** One command's usage (`help <command>`, `<command> --help`). */
function commandHelpText(name: string, spec: CommandSpec): string {
  return `account-policy ${name}: ${spec.summary}\n\nUsage: ${spec.usage}\n`;
}

/** A shortened, quoted argument for a message. */
function quote(arg: string): string {
  return JSON.stringify(arg.length > 40 ? `${arg.slice(0, 40)}…` : arg);
}

/** The command of that name, or `invalid_input` at path `["command"]`. */
function commandNamed(COMMANDS: CommandTable, name: string | undefined): CommandSpec {
  const names = Object.keys(COMMANDS).join(', ');
  if (name === undefined)
    throw invalid(`No command given; commands: ${names} (account-policy --help for usage)`, [
      'command',
    ]);
  const spec = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!spec) throw invalid(`Unknown command ${quote(name)}; commands: ${names}`, ['command']);
  return spec;
}

interface ParsedArgs {
  command: string | undefined;
  args: string[];
  input: string | undefined;
  preset: string | undefined;
  format: 'json' | 'markdown' | undefined;
  lang: Lang;
  help: boolean;
  version: boolean;
  trace: boolean;
  ndjson: boolean;
}

function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = {
    command: undefined,
    args: [],
    input: undefined,
    preset: undefined,
    format: undefined,
    lang: 'en',
    help: false,
    version: false,
    trace: false,
    ndjson: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] =
      arg.startsWith('--') && arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw invalid(`${flag} needs a value`, [flag]);
      return v;
    };
    switch (flag) {
      case '--input':
        out.input = value();
        break;
      case '--preset':
        out.preset = value();
        break;
      case '--lang': {
        const v = value();
        if (!isLang(v))
          throw invalid(`--lang must be en or zh-CN, not ${JSON.stringify(v.slice(0, 40))}`, [
            '--lang',
          ]);
        out.lang = v;
        break;
      }
      case '--format': {
        const v = value();
        if (v !== 'json' && v !== 'markdown')
          throw invalid(`--format must be json or markdown, not ${quote(v)}`, ['--format']);
        out.format = v;
        break;
      }
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--version':
        out.version = true;
        break;
      case '--trace':
        out.trace = true;
        break;
      case '--ndjson':
        out.ndjson = true;
        break;
      default:
        if (arg.startsWith('-'))
          throw invalid(`Unknown option ${quote(flag)}`, [flag.slice(0, 40)]);
        if (out.command === undefined) out.command = arg;
        else out.args.push(arg);
    }
  }
  return out;
}

/**
 * Throws `invalid_input` naming the first argument a command does not take.
 *
 * @param stray - the positional arguments left over
 * @param command - the command, for the message
 * @param takes - what the command does take, for the message
 */
function refuseStray(stray: readonly string[], command: string, takes: string): void {
  const first = stray[0];
  if (first !== undefined)
    throw invalid(`Unexpected argument ${quote(first)}: ${command} takes ${takes}`, [
      first.slice(0, 40),
    ]);
}

/** The `{"error": …}` document of an invalid input, as CLI.md gives it. */
function errorBody(error: AccountPolicyError): unknown {
  return {
    error: {
      code: 'invalid_input',
      reason: error.code,
      message: error.message,
      issues: error.issues.map((i) => ({ path: i.path, message: i.message })),
    },
  };
}

/** The `{"error": …}` document of an internal error (a bug: exit 1, never a stack trace). */
function internalErrorBody(error: unknown): unknown {
  return {
    error: {
      code: 'internal_error',
      message: 'Internal error: ' + String((error as Error)?.message ?? error),
    },
  };
}

/** The parsed JSON of one input text, or `invalid_input` (empty, too large, not JSON). */
function parseInputText(text: string): unknown {
  if (text.length > MAX_INPUT_BYTES) throw invalid(`Input is larger than ${MAX_INPUT_BYTES} bytes`);
  if (text.trim() === '') throw invalid('Input is empty: expected one JSON document');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw invalid(`Input is not valid JSON: ${(error as Error).message}`);
  }
}

/**
 * Runs a command once and renders its output: pretty JSON (the single-input command) or one
 * compact line (`--ndjson`); an invalid input or an internal error becomes its error document.
 */
function answer(run: () => CommandOutput, compact: boolean): Answer {
  const json = (value: unknown) =>
    compact ? JSON.stringify(value) + '\n' : JSON.stringify(value, null, 2) + '\n';
  try {
    const output = run();
    return { text: output.kind === 'json' ? json(output.value) : output.value, status: 0 };
  } catch (error) {
    if (isAccountPolicyError(error))
      return { text: json(errorBody(error as AccountPolicyError)), status: 2 };
    return { text: JSON.stringify(internalErrorBody(error)) + '\n', status: 1 };
  }
}

/** What a batch's command runs with, but the line it reads. */
export type BatchBase = Omit<CommandContext, 'readInput'>;

/**
 * The answerer of a batch's lines: one compact line per non-empty input line, exactly what the
 * single-input command prints for it (or its error document); `undefined` for a blank line.
 *
 * @param spec - the command
 * @param base - its flags
 * @returns the answerer, one context for the whole batch
 * @example
 * ```ts
 * lineAnswerer(checkCommand, base)('{"account":1}')!.status; // 2
 * ```
 */
export function lineAnswerer(
  spec: CommandSpec,
  base: BatchBase,
): (line: string) => Answer | undefined {
  // One context for the whole batch, reading the current line: `{ ...base, readInput }` per line
  // (a literal opening with a spread, then a new key) made each line's objects survive
  // young-generation collections (Node 20).
  let current = '';
  const ctx: CommandContext = { ...base, readInput: () => parseInputText(current) };
  const run = () => spec.run(ctx);
  return (line) => {
    if (line.trim() === '') return undefined;
    current = line;
    return answer(run, true);
  };
}

/** Reads the whole input text (`--input FILE` or standard input), or `invalid_input`. */
function readInputText(input: string | undefined, io: StreamingCliIo): string {
  try {
    return input === undefined ? io.readStdin() : io.readFile(input);
  } catch (error) {
    throw cannotRead(input, error);
  }
}

/** The `invalid_input` of an input that cannot be read (`--input FILE` or standard input). */
function cannotRead(input: string | undefined, error: unknown): AccountPolicyError {
  return invalid(
    `Cannot read input ${input === undefined ? 'from standard input' : JSON.stringify(input.slice(0, 200))}: ${String((error as Error)?.message ?? error).slice(0, 300)}`,
    ['--input'],
  );
}

/**
 * The command `argv` names, its flags checked against what it takes; or `undefined` when the
 * arguments asked for the version or help (already printed).
 */
function resolveCommand(
  parsed: ParsedArgs,
  io: StreamingCliIo,
  commands: CommandTable,
): CommandSpec | undefined {
  if (parsed.version) {
    io.stdout(`${version}\n`);
    return undefined;
  }
  if (parsed.command === 'help') {
    const [name, ...stray] = parsed.args;
    refuseStray(stray, 'help', 'at most one command name');
    io.stdout(
      name === undefined ? helpText(commands) : commandHelpText(name, commandNamed(commands, name)),
    );
    return undefined;
  }
  if (parsed.help) {
    io.stdout(
      parsed.command === undefined
        ? helpText(commands)
        : commandHelpText(parsed.command, commandNamed(commands, parsed.command)),
    );
    return undefined;
  }
  const spec = commandNamed(commands, parsed.command);
  const positionals = spec.positionals ?? [];
  refuseStray(
    parsed.args.slice(positionals.length),
    parsed.command!,
    positionals.length ? `only ${positionals.join(' ')}` : 'no arguments',
  );
  if (parsed.format !== undefined && !spec.takesFormat)
    throw invalid(`${parsed.command!} does not take --format`, ['--format']);
  if (parsed.trace && !spec.takesTrace)
    throw invalid(`${parsed.command!} does not take --trace`, ['--trace']);
  if (parsed.ndjson && !spec.takesNdjson)
    throw invalid(`${parsed.command!} does not take --ndjson`, ['--ndjson']);
  return spec;
}

/**
 * Runs the `account-policy` command over a table of commands: JSON in, JSON out, as in the CLI
 * contract. {@link main} runs it over every command; the program (bin.ts) over the one it loaded.
 *
 * @param argv - the arguments after the program name
 * @param io - where to read and write
 * @param commands - the commands, by name
 * @returns the exit status (0 decision made, 2 invalid input, 1 internal error); a promise only
 *   for `--ndjson` over asynchronous lines (the real standard input)
 * @example
 * ```ts
 * runCommand(['presets'], nodeIo(), COMMANDS); // prints the presets as JSON, returns 0
 * ```
 */
export function runCommand(
  argv: readonly string[],
  io: StreamingCliIo,
  commands: CommandTable,
): number | Promise<number> {
  let spec: CommandSpec | undefined;
  let parsed: ParsedArgs | undefined;
  const refused = answer(() => {
    parsed = parseArgs(argv);
    spec = resolveCommand(parsed, io, commands);
    return { kind: 'text', value: '' };
  }, false);
  if (refused.status !== 0 || spec === undefined || parsed === undefined) {
    io.stdout(refused.text);
    return refused.status;
  }
  const base = {
    args: parsed.args,
    format: parsed.format,
    lang: parsed.lang,
    presetFlag: parsed.preset,
    trace: parsed.trace,
  };
  if (parsed.ndjson) {
    if (io.streamBatch) {
      let streamed: Promise<number> | undefined;
      try {
        streamed = io.streamBatch(parsed.input, parsed.command!, base, lineAnswerer(spec, base));
      } catch (error) {
        io.stdout(JSON.stringify(errorBody(cannotRead(parsed.input, error))) + '\n');
        return 2;
      }
      if (streamed) return streamed;
    }
    let text: string;
    try {
      text = readInputText(parsed.input, io);
    } catch (error) {
      io.stdout(JSON.stringify(errorBody(error as AccountPolicyError)) + '\n');
      return 2;
    }
    // The whole text, broken into lines as a streamed batch breaks them.
    const answered = answerText(text, lineAnswerer(spec, base));
    io.stdout(answered.text);
    return answered.status;
  }
  const { input } = parsed;
  const command = spec;
  const result = answer(
    () => command.run({ ...base, readInput: () => parseInputText(readInputText(input, io)) }),
    false,
  );
  io.stdout(result.text);
  return result.status;
}
