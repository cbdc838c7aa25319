import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadServerKey } from '@gatehouse/credentials';

async function scratchFile(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'gatehouse-key-')), 'nested', 'secret-key');
}

test('GATEHOUSE_SECRET_KEY wins over the key file', async () => {
  const key = randomBytes(32);
  const loaded = await loadServerKey({ keyFile: await scratchFile(), environment: { GATEHOUSE_SECRET_KEY: key.toString('base64') } });
  expect(loaded.key.equals(key)).toBe(true);
  expect(loaded.origin).toBe('environment');
});

test('a key of the wrong size is refused without echoing it', async () => {
  const wrong = randomBytes(16).toString('base64');
  const attempt = loadServerKey({ keyFile: await scratchFile(), environment: { GATEHOUSE_SECRET_KEY: wrong } });
  await expect(attempt).rejects.toThrow('must be 32 bytes in base64 (openssl rand -base64 32); it decodes to 16 bytes');
  await expect(attempt).rejects.not.toThrow(wrong);
});

test('without the variable a key file is generated once, private to its owner, and reused', async () => {
  const keyFile = await scratchFile();
  const [first, concurrent] = await Promise.all([
    loadServerKey({ keyFile, environment: {} }),
    loadServerKey({ keyFile, environment: {} }),
  ]);
  const again = await loadServerKey({ keyFile, environment: {} });
  expect(first.key).toHaveLength(32);
  expect(concurrent.key.equals(first.key)).toBe(true);
  expect(again.key.equals(first.key)).toBe(true);
  expect(again.origin).toBe(keyFile);
  expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
  expect(Buffer.from(await readFile(keyFile, 'utf8'), 'base64').equals(first.key)).toBe(true);
});
