import tseslint from 'typescript-eslint';

/** Purity: nothing in src/ outside the command reads the clock, randomness, the environment or prints. */
const purity = {
  'no-restricted-syntax': [
    'error',
    {
      selector: "NewExpression[callee.name='Date'][arguments.length=0]",
      message: 'Pure code never reads the clock: take `now` as an argument.',
    },
    {
      selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
      message: 'Pure code never reads the clock: take `now` as an argument.',
    },
    {
      selector: "CallExpression[callee.name='Date']",
      message: 'Date() without new reads the clock.',
    },
    {
      selector: "MemberExpression[object.name='Math'][property.name='random']",
      message: 'Pure code never uses randomness.',
    },
    {
      selector: "MemberExpression[object.name='performance'][property.name='now']",
      message: 'Pure code never reads the clock.',
    },
    {
      selector: "CallExpression[callee.name='parseFloat']",
      message: 'Money never passes through binary floating point: use parseMoney.',
    },
    {
      selector: "CallExpression[callee.name='Number'] > Identifier[name=/[aA]mount|[bB]alance|[lL]imit/]",
      message: 'Money never passes through binary floating point.',
    },
    {
      selector: "CallExpression[callee.object.name='crypto'][callee.property.name=/random/]",
      message: 'Pure code never uses randomness.',
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'process', message: 'Pure code never reads the environment or the process.' },
    { name: 'console', message: 'Pure code never prints.' },
    { name: 'fetch', message: 'Pure code never does I/O.' },
  ],
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        { group: ['node:*', 'fs', 'path', 'os', 'child_process', 'http', 'https', 'net'], message: 'Pure code does no I/O.' },
      ],
    },
  ],
  'no-console': 'error',
};

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'reports/**', 'docs/**', 'node_modules/**', '.stryker-tmp/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', 'src/**/*.test.ts', 'src/**/*.testkit.ts'],
    rules: purity,
  },
);
