/**
 * Strict command lines for the dev scripts (`npm start`, the demo Jira): a typo or a flag where a value
 * belongs is an error with the usage line, never silently ignored (node:util parseArgs, as the render
 * CLI uses).
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<typeof parseArgs<{ options: O; strict: true }>>['values'];

/**
 * Parses `argv` (without node and the script) against `options`.
 * @returns the values, or `{ error }`: the parser's message followed by `usage`.
 */
export function readCommandLine<O extends Options>(
  argv: string[],
  options: O,
  usage: string,
): { values: Values<O>; error?: undefined } | { error: string } {
  try {
    const { values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false });
    for (const [name, value] of Object.entries(values)) {
      if (value === '') return { error: `--${name} needs a value\nusage: ${usage}` };
    }
    return { values };
  } catch (error) {
    return { error: `${(error as Error).message}\nusage: ${usage}` };
  }
}
