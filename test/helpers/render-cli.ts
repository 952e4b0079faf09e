/**
 * The render CLI (tools/render-cli.ts) run in this process through its exported `main(argv, io)`: what
 * a spawned `npm run render -- …` does, without a Node start-up and a tsx compile per run. One test
 * (test/render/cli.test.ts) still spawns it as users do.
 */
import { main } from '../../tools/render-cli';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the CLI with `args` in `cwd` (default: this process's) with `env` as its environment
 * (default: this process's, without a real Jira site's variables).
 */
export async function runRenderCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  const env = options.env ?? { ...process.env, JIRA_BASE_URL: '', JIRA_EMAIL: '', JIRA_API_TOKEN: '' };
  let stdout = '';
  let stderr = '';
  const home = process.cwd();
  if (options.cwd) process.chdir(options.cwd);
  try {
    const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env });
    return { code, stdout, stderr };
  } finally {
    process.chdir(home);
  }
}
