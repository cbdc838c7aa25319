import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const bin = join(__dirname, '..', '..', 'bin', 'gatehouse.js');

export interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** Runs the `gatehouse` command as an operator would, with `env` added to this process's environment. */
export async function runGatehouse(args: string[], env: Record<string, string>): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { env: { ...process.env, ...env } });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { exitCode: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
