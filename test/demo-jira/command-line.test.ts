import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readCommandLine } from '../../dev/command-line';

const PREVIEW = { port: { type: 'string' }, host: { type: 'string' }, 'no-persist': { type: 'boolean' } } as const;
const USAGE = 'npm start [-- --port 5173]';

test('dev command lines: values read strictly, every mistake is an error with the usage line', () => {
  const table: Array<[string[], Record<string, unknown> | RegExp]> = [
    [[], {}],
    [['--port', '5174', '--host', '0.0.0.0', '--no-persist'], { port: '5174', host: '0.0.0.0', 'no-persist': true }],
    [['--port=5174'], { port: '5174' }],
    // Used to take the next flag as the host and drop --no-persist.
    [['--host', '--no-persist'], /--host.*ambiguous/s],
    [['--prot', '5174'], /Unknown option '--prot'/],
    [['--host='], /--host needs a value/],
    [['stray'], /Unexpected argument 'stray'/],
  ];
  for (const [argv, expected] of table) {
    const result = readCommandLine(argv, PREVIEW, USAGE);
    if (expected instanceof RegExp) {
      assert.match(result.error ?? '', expected, argv.join(' '));
      assert.match(result.error ?? '', /usage: npm start/, argv.join(' '));
    } else {
      assert.equal(result.error, undefined, argv.join(' '));
      assert.deepEqual({ ...result.values }, expected, argv.join(' '));
    }
  }
});
