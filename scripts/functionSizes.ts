/*
 * Measures the functions of src/ and finds its rules, with the TypeScript compiler API. Used by
 * scripts/function-sizes.ts (the command) and test/lint/functionSizes.test.ts (the limits).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** One function of a source file and its length. */
export interface FunctionSize {
  /** The file, relative to the root it was found from (`src/cli/demo.ts`). */
  readonly file: string;
  /** Its first line (1-based; the declaration, not its TSDoc). */
  readonly line: number;
  /** Its name; see {@link functionName}. */
  readonly name: string;
  /** Its length in lines, from its first line to its last, both included. */
  readonly lines: number;
}

/**
 * The non-test TypeScript files of `dir`, recursively: every `.ts` file but `*.test.ts` and
 * `*.testkit.ts`, as paths relative to `root`, sorted.
 */
export function sourceFiles(root: string, dir = 'src'): string[] {
  const walk = (d: string): string[] =>
    readdirSync(join(root, d), { withFileTypes: true }).flatMap((entry) => {
      const path = `${d}/${entry.name}`;
      if (entry.isDirectory()) return walk(path);
      return path.endsWith('.ts') && !/\.(test|testkit)\.ts$/.test(path) ? [path] : [];
    });
  return walk(dir).sort();
}

type FunctionNode =
  | ts.FunctionDeclaration
  | ts.MethodDeclaration
  | ts.ArrowFunction
  | ts.FunctionExpression
  | ts.ConstructorDeclaration
  | ts.GetAccessorDeclaration
  | ts.SetAccessorDeclaration;

function isFunctionNode(node: ts.Node): node is FunctionNode {
  return (
    ts.isFunctionDeclaration(node) ||
    ts.isMethodDeclaration(node) ||
    ts.isArrowFunction(node) ||
    ts.isFunctionExpression(node) ||
    ts.isConstructorDeclaration(node) ||
    ts.isGetAccessorDeclaration(node) ||
    ts.isSetAccessorDeclaration(node)
  );
}

/**
 * A function's name: its own (`function f`, a method `m`), else the variable or property it is
 * assigned to (`const f = () => …`, `{ f: () => … }`), `constructor` for a constructor, else
 * `(anonymous in g)` after the nearest named function around it (`(anonymous)` at top level).
 */
export function functionName(node: FunctionNode): string {
  if (ts.isConstructorDeclaration(node)) return 'constructor';
  if (node.name) return node.name.getText();
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent))
    return parent.name.getText();
  for (let up: ts.Node | undefined = parent; up; up = up.parent)
    if (isFunctionNode(up)) {
      const outer = functionName(up);
      return outer.startsWith('(') ? outer : `(anonymous in ${outer})`;
    }
  return '(anonymous)';
}

/**
 * Every function of one source text, nested ones too, in source order.
 *
 * @param file - the file's path, as it should appear in the results
 * @param text - its contents
 */
export function functionSizes(file: string, text: string): FunctionSize[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: FunctionSize[] = [];
  const visit = (node: ts.Node): void => {
    if (isFunctionNode(node)) {
      const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
      const last = sf.getLineAndCharacterOfPosition(node.getEnd()).line;
      found.push({ file, line: first + 1, name: functionName(node), lines: last - first + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

/** Every function of the non-test files of `root`/src, longest first (then by file and line). */
export function allFunctionSizes(root: string): FunctionSize[] {
  return sourceFiles(root)
    .flatMap((file) => functionSizes(file, readFileSync(join(root, file), 'utf8')))
    .sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line);
}

/** A function of a file that is a rule, by the definition of {@link ruleFunctions}. */
export interface RuleFunction {
  readonly file: string;
  readonly name: string;
  /** What it returns, as the checker names the rule result type it matched. */
  readonly returns: string;
}

/** The types whose values a rule returns: a rule outcome, or a monitoring detector's alerts. */
const TRACE_FILE = 'src/messages/trace.ts';
const RULE_RESULT_TYPES: readonly (readonly [file: string, name: string])[] = [
  [TRACE_FILE, 'RuleOutcome'],
  ['src/monitoring/internal/context.ts', 'RankedAlert'],
];

/**
 * A program over `files` (relative to `root`) and the rule result types, with the checker.
 *
 * @param root - the repository root
 * @param files - the files to type-check (besides the rule result types' own files)
 */
export function ruleProgram(root: string, files: readonly string[]): ts.Program {
  const config = ts.readConfigFile(join(root, 'tsconfig.json'), ts.sys.readFile);
  const { options } = ts.parseJsonConfigFileContent(config.config, ts.sys, root);
  const roots = [...new Set([...files, ...RULE_RESULT_TYPES.map(([file]) => file)])];
  return ts.createProgram(
    roots.map((file) => join(root, file)),
    { ...options, noEmit: true },
  );
}

/**
 * The rules of each file, by this definition: **a rule is a top-level function** (a function
 * declaration, or a `const` bound to an arrow function or function expression) **whose return
 * type is a rule outcome** — assignable to `RuleOutcome` (src/messages/trace.ts) or to a list of
 * them — **or a monitoring detector's alerts** — assignable to a list of `RankedAlert`
 * (src/monitoring/internal/context.ts). Functions typed as returning `any`, `unknown` or `never`
 * (which every type accepts) are not rules, nor are those returning outcomes with their message
 * rendered (`TraceEntry`: `explainDecision`). Helpers that only build a rule's values are not
 * rules; neither are the decision functions that fold rules (they return the decision).
 *
 * @param program - a program from {@link ruleProgram}
 * @param root - the repository root
 * @param files - the files to look at (relative to `root`)
 * @returns the rules found, by file in the order given, each in source order
 */
export function ruleFunctions(
  program: ts.Program,
  root: string,
  files: readonly string[],
): RuleFunction[] {
  const checker = program.getTypeChecker();
  const targets = RULE_RESULT_TYPES.map(
    ([file, name]) => [name, exportedType(program, checker, join(root, file), name)] as const,
  );
  const traceEntry = exportedType(program, checker, join(root, TRACE_FILE), 'TraceEntry');
  /** Outcomes with their message rendered (`TraceEntry`, or a list of them) are not rules'. */
  const rendered = (type: ts.Type): boolean =>
    checker.isTypeAssignableTo(type, traceEntry) ||
    ((checker.isArrayType(type) || checker.isTupleType(type)) &&
      checker.isTypeAssignableTo(
        checker.getIndexTypeOfType(type, ts.IndexKind.Number)!,
        traceEntry,
      ));
  /** The rule result type `type` is (`RuleOutcome`), or is a list of (`RuleOutcome[]`). */
  const ruleResult = (type: ts.Type): string | undefined => {
    for (const [name, target] of targets) {
      if (checker.isTypeAssignableTo(type, target)) return name;
      const element =
        checker.isArrayType(type) || checker.isTupleType(type)
          ? checker.getIndexTypeOfType(type, ts.IndexKind.Number)
          : undefined;
      if (
        element &&
        !(element.flags & ts.TypeFlags.Never) &&
        checker.isTypeAssignableTo(element, target)
      )
        return `${name}[]`;
    }
    return undefined;
  };
  const rules: RuleFunction[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(join(root, file));
    if (!sf) throw new Error(`${file} is not in the program`);
    for (const [name, fn] of topLevelFunctions(sf)) {
      const signature = checker.getSignatureFromDeclaration(fn);
      if (!signature) continue;
      const type = checker.getReturnTypeOfSignature(signature);
      if (type.flags & (ts.TypeFlags.Any | ts.TypeFlags.Unknown | ts.TypeFlags.Never)) continue;
      const returns = rendered(type) ? undefined : ruleResult(type);
      if (returns) rules.push({ file: relative(root, sf.fileName), name, returns });
    }
  }
  return rules;
}

function exportedType(
  program: ts.Program,
  checker: ts.TypeChecker,
  file: string,
  name: string,
): ts.Type {
  const sf = program.getSourceFile(file);
  const moduleSymbol = sf && checker.getSymbolAtLocation(sf);
  const symbol =
    moduleSymbol && checker.getExportsOfModule(moduleSymbol).find((s) => s.name === name);
  if (!symbol) throw new Error(`${file} exports no ${name}`);
  return checker.getDeclaredTypeOfSymbol(symbol);
}

type TopLevelFunction = ts.FunctionDeclaration | ts.ArrowFunction | ts.FunctionExpression;

function topLevelFunctions(sf: ts.SourceFile): [name: string, fn: TopLevelFunction][] {
  return sf.statements.flatMap((statement): [string, TopLevelFunction][] => {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body)
      return [[statement.name.text, statement]];
    if (!ts.isVariableStatement(statement)) return [];
    return statement.declarationList.declarations.flatMap((d): [string, TopLevelFunction][] =>
      d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))
        ? [[d.name.getText(sf), d.initializer]]
        : [],
    );
  });
}
