import { DECOY_PASSWORD_HASH, hashPassword, verifyPassword, verifyPasswordOrDecoy } from '@gatehouse/credentials';

test('hashes with argon2id, salted, and verifies only the right password', async () => {
  const first = await hashPassword('correct horse battery staple');
  const second = await hashPassword('correct horse battery staple');
  expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  expect(second).not.toBe(first);
  expect(await verifyPassword(first, 'correct horse battery staple')).toBe(true);
  expect(await verifyPassword(first, 'Correct horse battery staple')).toBe(false);
});

test('a malformed hash verifies nothing instead of throwing', async () => {
  expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
});

test('the decoy hash has the parameters of every new hash, so that an unknown name costs one verification of the same work', async () => {
  const parameters = (phc: string) => phc.split('$').slice(1, 4).join('$');
  expect(parameters(DECOY_PASSWORD_HASH)).toBe(parameters(await hashPassword('any password')));
  expect(parameters(DECOY_PASSWORD_HASH)).toBe('argon2id$v=19$m=19456,t=2,p=1');
  // A well-formed hash: verifying against it runs argon2id to the end (a malformed one would be refused at once).
  expect(await verifyPassword(DECOY_PASSWORD_HASH, 'any password')).toBe(false);
});

test('verifyPasswordOrDecoy answers false without a hash, and verifies a real one', async () => {
  const stored = await hashPassword('correct horse battery staple');
  expect(await verifyPasswordOrDecoy(undefined, 'correct horse battery staple')).toBe(false);
  expect(await verifyPasswordOrDecoy(stored, 'correct horse battery staple')).toBe(true);
  expect(await verifyPasswordOrDecoy(stored, 'wrong')).toBe(false);
});
