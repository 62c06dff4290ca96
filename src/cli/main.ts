import { readFileSync } from 'node:fs';
import { version } from '../../package.json';
import { AccountPolicyError, isAccountPolicyError } from '../errors';
import { isLang, type Lang } from '../messages/lang';
import { COMMANDS } from './commands';
import type { CommandContext, CommandSpec } from './context';

/** Where the command reads and writes; injectable for tests. */
export interface CliIo {
  readonly readStdin: () => string;
  readonly readFile: (path: string) => string;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const MAX_INPUT_BYTES = 16 * 1024 * 1024;

function invalid(message: string, path: (string | number)[] = []): AccountPolicyError {
  return new AccountPolicyError('invalid_input', message, [{ path, message }]);
}

/** The usage line and the list of commands (`--help`, `-h`, `help`). */
function helpText(): string {
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
function commandNamed(name: string | undefined): CommandSpec {
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

function errorJson(error: AccountPolicyError): string {
  return (
    JSON.stringify(
      {
        error: {
          code: 'invalid_input',
          reason: error.code,
          message: error.message,
          issues: error.issues.map((i) => ({ path: i.path, message: i.message })),
        },
      },
      null,
      2,
    ) + '\n'
  );
}

/**
 * Runs the `account-policy` command: JSON in, JSON out, as in the CLI contract.
 *
 * @param argv - the arguments after the program name
 * @param io - where to read and write
 * @returns the exit status: 0 decision made, 2 invalid input, 1 internal error
 * @example
 * ```ts
 * main(['presets'], nodeIo()); // prints the presets as JSON, returns 0
 * ```
 */
export function main(argv: readonly string[], io: CliIo): number {
  try {
    const parsed = parseArgs(argv);
    if (parsed.version) {
      io.stdout(`${version}\n`);
      return 0;
    }
    if (parsed.command === 'help') {
      const [name, ...stray] = parsed.args;
      refuseStray(stray, 'help', 'at most one command name');
      io.stdout(name === undefined ? helpText() : commandHelpText(name, commandNamed(name)));
      return 0;
    }
    if (parsed.help) {
      io.stdout(
        parsed.command === undefined
          ? helpText()
          : commandHelpText(parsed.command, commandNamed(parsed.command)),
      );
      return 0;
    }
    const spec = commandNamed(parsed.command);
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
    const ctx: CommandContext = {
      args: parsed.args,
      format: parsed.format,
      lang: parsed.lang,
      presetFlag: parsed.preset,
      trace: parsed.trace,
      readInput: () => {
        let text: string;
        try {
          text = parsed.input === undefined ? io.readStdin() : io.readFile(parsed.input);
        } catch (error) {
          throw invalid(
            `Cannot read input ${parsed.input === undefined ? 'from standard input' : JSON.stringify(parsed.input.slice(0, 200))}: ${String((error as Error)?.message ?? error).slice(0, 300)}`,
            ['--input'],
          );
        }
        if (text.length > MAX_INPUT_BYTES)
          throw invalid(`Input is larger than ${MAX_INPUT_BYTES} bytes`);
        if (text.trim() === '') throw invalid('Input is empty: expected one JSON document');
        try {
          return JSON.parse(text) as unknown;
        } catch (error) {
          throw invalid(`Input is not valid JSON: ${(error as Error).message}`);
        }
      },
    };
    const output = spec.run(ctx);
    io.stdout(output.kind === 'json' ? JSON.stringify(output.value, null, 2) + '\n' : output.value);
    return 0;
  } catch (error) {
    if (isAccountPolicyError(error)) {
      io.stdout(errorJson(error as AccountPolicyError));
      return 2;
    }
    io.stdout(
      JSON.stringify({
        error: {
          code: 'internal_error',
          message: 'Internal error: ' + String((error as Error)?.message ?? error),
        },
      }) + '\n',
    );
    return 1;
  }
}

/**
 * The real process's input and output.
 *
 * @returns an {@link CliIo} over the process's standard streams and file system
 */
export function nodeIo(): CliIo {
  return {
    readStdin: () => readFileSync(0, 'utf8'),
    readFile: (path) => readFileSync(path, 'utf8'),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  };
}
