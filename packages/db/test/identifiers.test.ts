import { isUniqueId, newAccountId, newUniqueId, policyArn, UNIQUE_ID_FORMATS, userArn, type UniqueIdKind } from '@gatehouse/db';

test.each(Object.keys(UNIQUE_ID_FORMATS) as UniqueIdKind[])('%s ids have AWS prefix, length and alphabet', (kind) => {
  const { prefix, length } = UNIQUE_ID_FORMATS[kind];
  const ids = Array.from({ length: 200 }, () => newUniqueId(kind));
  for (const id of ids) {
    expect(id).toMatch(new RegExp(`^${prefix}[A-Z2-7]{${length - 4}}$`));
    expect(isUniqueId(kind, id)).toBe(true);
  }
  expect(new Set(ids).size).toBe(ids.length);
});

test('AWS documentation examples are recognised, and other kinds are not', () => {
  expect(isUniqueId('user', 'AIDACKCEVSQ6C2EXAMPLE')).toBe(true);
  expect(isUniqueId('accessKey', 'AKIAIOSFODNN7EXAMPLE')).toBe(true);
  expect(isUniqueId('group', 'AIDACKCEVSQ6C2EXAMPLE')).toBe(false);
  expect(isUniqueId('user', 'AIDAckcevsq6c2example')).toBe(false);
});

test('account ids are 12 digits, leading zeros kept', () => {
  for (let i = 0; i < 200; i += 1) expect(newAccountId()).toMatch(/^\d{12}$/);
});

test('entity ARNs put the path between the type and the name', () => {
  expect(userArn('123456789012', '/division_abc/subdivision_xyz/', 'Bob')).toBe(
    'arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/Bob',
  );
  expect(policyArn(null, '/', 'AdministratorAccess')).toBe('arn:aws:iam::aws:policy/AdministratorAccess');
  expect(policyArn('123456789012', '/service-role/', 'Deploy')).toBe('arn:aws:iam::123456789012:policy/service-role/Deploy');
});
