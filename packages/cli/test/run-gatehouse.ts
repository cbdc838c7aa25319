import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';

const bin = join(__dirname, '..', 'bin', 'gatehouse.js');

export interface Run {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The `gatehouse` command as an operator runs it, against `databaseUrl` with a throwaway server key. */
export async function runGatehouse(databaseUrl: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl, GATEHOUSE_SECRET_KEY: randomBytes(32).toString('base64'), ...env },
    });
    return { exitCode: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { exitCode: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
