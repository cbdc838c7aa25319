import { hashPassword, verifyPassword } from '@gatehouse/credentials';

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
