import { builtinModules } from 'node:module';
import tseslint from 'typescript-eslint';

const CLOCK = 'Pure code never reads the clock: take `now` (or `today`) as an argument.';
const HOST_ZONE =
  "Pure code never depends on the host's time zone or locale: use src/time with the preset's zone.";
const RANDOM = 'Pure code never uses randomness.';
const ENVIRONMENT = 'Pure code never reads the environment, the process or the host.';
const NO_NODE = 'Pure code does no I/O and uses no Node.js module: it runs in browsers too.';
const FLOAT_MONEY =
  'Money never passes through a JavaScript number: keep decimal strings at the boundary and Money (PolicyDecimal) inside.';

/** Names that hold money: `amount`, `balance`, `money` and names ending in them (`usedAmount`). */
const MONEY_NAME = '/^(amount|balance|money)$|(Amount|Balance|Money)$/';
/**
 * Number operations whose direct operand may not be money-named: arithmetic (`+` only beside a
 * number literal, since `+` also joins strings), ordering comparisons (on decimal strings they
 * compare text, not values), unary signs and `Math.*` calls.
 */
const MONEY_ARITHMETIC =
  ":matches(BinaryExpression[operator=/^([-*/%<>]|\\*\\*|<=|>=)$/], BinaryExpression[operator='+'][left.value=type(number)], BinaryExpression[operator='+'][right.value=type(number)], UnaryExpression[operator=/^[-+]$/], CallExpression[callee.object.name='Math'])";
/** Date methods that read or write local time, i.e. the host's time zone. */
const LOCAL_TIME_METHODS =
  '/^(getFullYear|getYear|getMonth|getDate|getDay|getHours|getMinutes|getSeconds|getMilliseconds|getTimezoneOffset|setFullYear|setYear|setMonth|setDate|setHours|setMinutes|setSeconds|setMilliseconds|toLocaleString|toLocaleDateString|toLocaleTimeString|toDateString|toTimeString)$/';

/**
 * Purity (design principle 1 and 4): nothing in src/ outside the command reads the clock,
 * randomness, the environment or the host, prints, does I/O, or turns money into a JS number.
 * Proven rule by rule by test/lint/purity.test.ts.
 */
const purity = {
  'no-restricted-syntax': [
    'error',
    // The clock.
    { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: CLOCK },
    { selector: "MemberExpression[object.name='Date'][property.name='now']", message: CLOCK },
    { selector: "CallExpression[callee.name='Date']", message: `Date() without new: ${CLOCK}` },
    // The host's time zone and locale.
    {
      selector: "NewExpression[callee.name='Date'][arguments.length>1]",
      message: `new Date(y, m, d, …) is local time. ${HOST_ZONE}`,
    },
    { selector: `CallExpression[callee.property.name=${LOCAL_TIME_METHODS}]`, message: HOST_ZONE },
    { selector: "CallExpression[callee.property.name='resolvedOptions']", message: HOST_ZONE },
    {
      selector:
        ":matches(NewExpression, CallExpression)[callee.object.name='Intl'][arguments.length=0]",
      message: `Intl without a locale uses the host's. ${HOST_ZONE}`,
    },
    {
      selector:
        ":matches(NewExpression, CallExpression)[callee.object.name='Intl'] > Identifier.arguments[name='undefined']",
      message: `Intl with an undefined locale uses the host's. ${HOST_ZONE}`,
    },
    // Randomness.
    { selector: "MemberExpression[object.name='Math'][property.name='random']", message: RANDOM },
    // The environment, through the global object or the module system.
    {
      // (`window`, `self`, `global` are restricted globals below, which respects local names.)
      selector: "MemberExpression[object.name='globalThis']",
      message: `${ENVIRONMENT} (not through the global object either)`,
    },
    { selector: "MemberExpression[object.type='MetaProperty']", message: ENVIRONMENT },
    { selector: 'ImportExpression', message: 'Pure code does no I/O: no dynamic import.' },
    { selector: "CallExpression[callee.name='require']", message: 'Pure code does no I/O.' },
    // Money in JavaScript numbers.
    { selector: "CallExpression[callee.name='parseFloat']", message: FLOAT_MONEY },
    {
      selector: "MemberExpression[object.name='Number'][property.name='parseFloat']",
      message: FLOAT_MONEY,
    },
    { selector: "CallExpression[callee.property.name='toNumber']", message: FLOAT_MONEY },
    {
      selector:
        'CallExpression[callee.name=/^(Number|parseInt)$/] > Identifier.arguments[name=/amount|balance|limit|money/i]',
      message: FLOAT_MONEY,
    },
    {
      selector:
        'CallExpression[callee.name=/^(Number|parseInt)$/] > MemberExpression.arguments > Identifier.property[name=/amount|balance|limit|money/i]',
      message: FLOAT_MONEY,
    },
    {
      selector: `${MONEY_ARITHMETIC} > Identifier[name=${MONEY_NAME}]`,
      message: `Arithmetic or comparison on a money-named value. ${FLOAT_MONEY}`,
    },
    {
      selector: `${MONEY_ARITHMETIC} > MemberExpression > Identifier.property[name=${MONEY_NAME}]`,
      message: `Arithmetic or comparison on a money-named value. ${FLOAT_MONEY}`,
    },
  ],
  'no-restricted-globals': [
    'error',
    ...[
      'process',
      'require',
      'module',
      '__dirname',
      '__filename',
      'Deno',
      'Bun',
      'navigator',
      'window',
      'self',
      'global',
      'document',
      'location',
      'localStorage',
      'sessionStorage',
    ].map((name) => ({ name, message: ENVIRONMENT })),
    { name: 'console', message: 'Pure code never prints.' },
    { name: 'performance', message: CLOCK },
    { name: 'crypto', message: RANDOM },
    ...['fetch', 'XMLHttpRequest', 'WebSocket', 'setTimeout', 'setInterval', 'setImmediate'].map(
      (name) => ({ name, message: 'Pure code does no I/O and schedules nothing.' }),
    ),
  ],
  'no-restricted-imports': [
    'error',
    {
      paths: builtinModules.map((name) => ({ name, message: NO_NODE })),
      patterns: [{ group: ['node:*'], message: NO_NODE }],
    },
  ],
  'no-console': 'error',
};

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'reports/**',
      'docs/**',
      'docs/site/**',
      'node_modules/**',
      '.stryker-tmp/**',
      // The demo's build output and the packed library it installs.
      'examples/*/dist/**',
      'examples/*/vendor/**',
    ],
  },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/**/*.test.ts', 'src/**/*.testkit.ts'],
    rules: purity,
  },
);
