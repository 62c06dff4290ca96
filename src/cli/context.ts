import type * as z from 'zod/mini';
import { AccountPolicyError, type InputIssue } from '../errors';
import type { Lang } from '../messages/lang';
import { getPreset, type ShippedPresetId } from '../presets/registry';
import { inputIssuesOf, readableIssues } from '../schemas/plainChecks';
import type { Preset } from '../presets/types/preset';

/** What a command gets: its arguments, the chosen language, and a way to read its JSON input. */
export interface CommandContext {
  /** Positional arguments after the command name. */
  readonly args: readonly string[];
  readonly lang: Lang;
  /** The `--preset` flag, if given (it wins over an input's `"preset"` field). */
  readonly presetFlag: string | undefined;
  /** The `--format` flag (`json` or `markdown`), if given; only `diff` takes it. */
  readonly format?: 'json' | 'markdown' | undefined;
  /** The `--trace` flag: add a `"trace"` array (every rule evaluated) to the output. */
  readonly trace?: boolean;
  /** Reads and parses the JSON input (`--input FILE` or standard input). */
  readonly readInput: () => unknown;
}

/** What a command produces: one JSON document, or text (handbook, demo). */
export type CommandOutput =
  | { readonly kind: 'json'; readonly value: unknown }
  | { readonly kind: 'text'; readonly value: string };

/** A command of the `account-policy` tool. */
export interface CommandSpec {
  readonly summary: string;
  readonly usage: string;
  /** The names of the positional arguments it takes (none when absent); more are refused. */
  readonly positionals?: readonly string[];
  /** Whether it takes `--format json|markdown` (refused elsewhere). */
  readonly takesFormat?: boolean;
  /** Whether it takes `--trace` (refused elsewhere). */
  readonly takesTrace?: boolean;
  /** Whether it takes `--ndjson`: one JSON input per line, one output line each (refused elsewhere). */
  readonly takesNdjson?: boolean;
  readonly run: (ctx: CommandContext) => CommandOutput;
}

/**
 * Validates an input against a schema, or throws `invalid_input` listing every issue with its path.
 *
 * @param schema - a zod (mini or classic) schema
 * @param input - the parsed JSON input
 * @returns the typed input
 */
export function parseInput<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input, { error: readableIssues });
  if (result.success) return result.data as z.infer<S>;
  throw invalidInput(inputIssuesOf(result.error.issues));
}

/**
 * Validates an input with zod-free checks that report what its schema reports (as
 * `checkInputIssues` does for `checkInputSchema`), or throws the `invalid_input` that
 * {@link parseInput} would throw.
 *
 * @param issuesOf - the checks: every issue of the input, none when it is valid
 * @param input - the parsed JSON input
 * @returns the input, now known to be valid
 */
export function parsePlainInput<T>(
  issuesOf: (input: unknown) => readonly InputIssue[],
  input: unknown,
): T {
  const issues = issuesOf(input);
  if (issues.length > 0) throw invalidInput(issues);
  return input as T;
}

function invalidInput(issues: readonly InputIssue[]): AccountPolicyError {
  const first = issues[0]!;
  return new AccountPolicyError(
    'invalid_input',
    `Invalid input at ${first.path.length ? first.path.join('.') : '(root)'}: ${first.message}` +
      (issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''),
    issues,
  );
}

/**
 * The preset a command uses: the `--preset` flag, else the input's `"preset"`, else the default.
 *
 * @param ctx - the command context
 * @param input - the parsed input (its `preset` field is read when it is an object)
 * @returns the preset
 * @throws AccountPolicyError `unknown_preset`
 */
export function resolvePreset(ctx: CommandContext, input?: unknown): Preset {
  if (ctx.presetFlag !== undefined) return getPreset(ctx.presetFlag as ShippedPresetId);
  if (typeof input === 'object' && input !== null && 'preset' in input) {
    const id = (input as { preset: unknown }).preset;
    if (id !== undefined) {
      if (typeof id !== 'string')
        throw new AccountPolicyError('invalid_input', 'preset must be a string', [
          { path: ['preset'], message: 'must be a preset id string' },
        ]);
      return getPreset(id as ShippedPresetId);
    }
  }
  return getPreset();
}
