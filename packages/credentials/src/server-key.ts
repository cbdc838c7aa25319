import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Holds the server key as base64 of 32 bytes; production deployments set it (and keep it out of the database). */
export const SECRET_KEY_VARIABLE = 'GATEHOUSE_SECRET_KEY';

/** The git-ignored `.data/` folder at the repository root, or GATEHOUSE_DATA_DIR: where the embedded default keeps state. */
export function defaultDataDir(): string {
  return process.env.GATEHOUSE_DATA_DIR ?? fileURLToPath(new URL('../../../.data/', import.meta.url));
}

export interface ServerKeySource {
  /** Where a generated key is kept when GATEHOUSE_SECRET_KEY is not set; defaults to `<data folder>/secret-key`. */
  keyFile?: string;
  environment?: NodeJS.ProcessEnv;
}

export interface ServerKey {
  key: Buffer;
  /** `environment` or the key file's path: says where it came from, never what it is. */
  origin: string;
}

function decodeKey(base64: string, origin: string): Buffer {
  const key = Buffer.from(base64.trim(), 'base64');
  if (key.length !== 32) {
    throw new Error(`the server key from ${origin} must be 32 bytes in base64 (openssl rand -base64 32); it decodes to ${key.length} bytes`);
  }
  return key;
}

/**
 * The key that seals stored secrets: GATEHOUSE_SECRET_KEY when set, else a key file, generated with mode 0600 on first
 * use. Losing the key makes every sealed secret (access keys, MFA seeds) unreadable.
 */
export async function loadServerKey(source: ServerKeySource = {}): Promise<ServerKey> {
  const environment = source.environment ?? process.env;
  const fromEnvironment = environment[SECRET_KEY_VARIABLE];
  if (fromEnvironment) return { key: decodeKey(fromEnvironment, SECRET_KEY_VARIABLE), origin: 'environment' };

  const keyFile = source.keyFile ?? join(defaultDataDir(), 'secret-key');
  const existing = await readFile(keyFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (existing !== undefined) return { key: decodeKey(existing, keyFile), origin: keyFile };

  await mkdir(dirname(keyFile), { recursive: true });
  const key = randomBytes(32);
  // 'wx' fails if another process created the file meanwhile; that process's key is then the one to use.
  const created = await writeFile(keyFile, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' }).then(
    () => true,
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'EEXIST') return false;
      throw error;
    },
  );
  if (!created) return loadServerKey({ keyFile, environment });
  return { key, origin: keyFile };
}
