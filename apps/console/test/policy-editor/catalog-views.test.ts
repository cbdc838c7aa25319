import { actionGroups, coveringAction, describeServiceAccess, serviceAccess } from '../../src/features/policies/policy-editor/model/access-levels';
import { arnFields, buildArn, resourceTypeOfArn, resourceTypesFor } from '../../src/features/policies/policy-editor/model/resource-types';
import { getAction, listResourceTypes } from '@gatehouse/evaluator/catalog';

describe('actions by access level', () => {
  it('groups a service by IAM access level, in AWS order, narrowed by search', () => {
    const groups = actionGroups('s3', 'object');
    expect(groups.map((g) => g.level)).toEqual(expect.arrayContaining(['Read', 'Write']));
    const levels = ['List', 'Read', 'Write', 'Permissions management', 'Tagging'];
    expect(groups.map((g) => levels.indexOf(g.level))).toEqual([...groups.map((g) => levels.indexOf(g.level))].sort());
    const read = groups.find((g) => g.level === 'Read')!;
    expect(read.actions.map((a) => a.action)).toContain('s3:GetObject');
    expect(groups.flatMap((g) => g.actions).every((a) => a.name.toLowerCase().includes('object'))).toBe(true);
  });

  it('finds the pattern that covers an action', () => {
    const getObject = getAction('s3:GetObject')!;
    expect(coveringAction(['s3:Get*'], getObject)).toBe('s3:Get*');
    expect(coveringAction(['S3:GETOBJECT'], getObject)).toBe('S3:GETOBJECT');
    expect(coveringAction(['s3:Put*'], getObject)).toBeUndefined();
  });

  it('summarises access per service as IAM does', () => {
    const [s3, iam, typo] = serviceAccess(['s3:*', 'iam:ListUsers', 'iam:GetUser', 'ec2x:Describe']);
    expect(describeServiceAccess(s3!)).toBe('Full access');
    expect(iam!.serviceName).toBe('AWS Identity and Access Management (IAM)');
    expect(describeServiceAccess(iam!)).toBe('Limited: List, Read');
    expect(typo).toMatchObject({ service: 'ec2x', unknownActions: ['ec2x:Describe'] });
  });
});

describe('resource types and ARNs', () => {
  it('lists the resource types the chosen actions act on', () => {
    expect(resourceTypesFor(['s3:GetObject'], 's3').map((t) => t.name)).toContain('object');
    expect(resourceTypesFor(['s3:GetObject'], 's3').map((t) => t.name)).not.toContain('bucket');
    expect(resourceTypesFor(['iam:GetRole'], 'iam').map((t) => t.name)).toEqual(['role']);
  });

  it('builds an ARN from fields, an empty field meaning any', () => {
    const role = listResourceTypes('iam').find((t) => t.name === 'role')!;
    expect(arnFields(role.arnFormat)).toEqual(['Account', 'RoleNameWithPath']);
    expect(buildArn(role.arnFormat, { Account: '111122223333', RoleNameWithPath: 'admin/Deployer' })).toBe(
      'arn:aws:iam::111122223333:role/admin/Deployer',
    );
    expect(buildArn(role.arnFormat, { Account: '111122223333' })).toBe('arn:aws:iam::111122223333:role/*');
  });

  it('reads an ARN as the type a person means', () => {
    const types = listResourceTypes('s3').filter((t) => t.name === 'bucket' || t.name === 'object');
    expect(resourceTypeOfArn('arn:aws:s3:::reports/*', types)?.name).toBe('object');
    expect(resourceTypeOfArn('arn:aws:s3:::reports', types)?.name).toBe('bucket');
    expect(resourceTypeOfArn('arn:aws:iam::111122223333:role/x', types)).toBeUndefined();
  });
});
