import { ACCESS_LEVELS, actionsByAccessLevel, catalogVersion, getAction, getConditionKey, getResourceType, getService, listConditionKeys, listServices, matchActions } from '../src/catalog/index';

describe('catalog', () => {
  test('is generated from iam-data and covers the services Gatehouse implements', () => {
    expect(catalogVersion()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(listServices().length).toBeGreaterThan(300);
    expect(getService('IAM')).toEqual({ prefix: 'iam', name: expect.stringContaining('Identity and Access Management'), custom: false });
    expect(getService('sts')).toBeDefined();
  });

  test('actions carry AWS access levels, resource types and condition keys', () => {
    expect(getAction('iam:passrole')).toMatchObject({ action: 'iam:PassRole', accessLevel: 'Write', resourceTypes: [{ name: 'role', required: true }] });
    expect(getAction('iam:PassRole')!.conditionKeys).toContain('iam:PassedToService');
    expect(getAction('iam:AttachUserPolicy')!.accessLevel).toBe('Permissions management');
    expect(getAction('iam:TagUser')!.accessLevel).toBe('Tagging');
    expect(getAction('iam:ListUsers')!.accessLevel).toBe('List');
    expect(getAction('s3:GetObject')!.accessLevel).toBe('Read');
    expect(getAction('s3:Nope')).toBeUndefined();
  });

  test('groups a service by access level for the visual editor', () => {
    const groups = actionsByAccessLevel('iam');
    expect(Object.keys(groups)).toEqual([...ACCESS_LEVELS]);
    for (const level of ACCESS_LEVELS) expect(groups[level].every((a) => a.accessLevel === level)).toBe(true);
    expect(groups['Permissions management'].map((a) => a.name)).toContain('PutUserPolicy');
  });

  test('expands action wildcards case-insensitively', () => {
    const names = matchActions('iam:getuser*').map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['GetUser', 'GetUserPolicy']));
    expect(names.every((n) => n.startsWith('GetUser'))).toBe(true);
    expect(matchActions('*:GetCallerIdentity').map((a) => a.action)).toEqual(['sts:GetCallerIdentity']);
    expect(matchActions('s3:Fly*')).toEqual([]);
  });

  test('resource types keep their ARN formats', () => {
    expect(getResourceType('iam', 'role')!.arnFormat).toBe('arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}');
  });

  test('condition keys, with tag-key patterns and global keys', () => {
    expect(getConditionKey('aws:sourceip')).toMatchObject({ type: 'IPAddress', global: true });
    expect(getConditionKey('aws:PrincipalTag/CostCenter')).toMatchObject({ type: 'String', global: true });
    expect(getConditionKey('iam:PassedToService')).toMatchObject({ name: 'iam:PassedToService', type: 'String', global: false });
    expect(getConditionKey('aws:TagKeys')!.type).toBe('ArrayOfString');
    expect(getConditionKey('aws:NoSuchKey')).toBeUndefined();
    expect(listConditionKeys().some((k) => k.name === 'aws:SourceIp')).toBe(true);
    expect(listConditionKeys('iam').some((k) => k.name === 'iam:PassedToService')).toBe(true);
  });
});
