import { policyDetailsHref, policyMatches, policyType, policyUsedAs, type PolicyRow } from '../../src/features/policies/policies-table/policy-row';

const row = (arn: string, policyName: string, description: string | null = null): PolicyRow => ({
  arn,
  policyName,
  path: '/',
  description,
  attachmentCount: 0,
  permissionsBoundaryUsageCount: 0,
  createDate: '2026-01-01T00:00:00.000Z',
  updateDate: '2026-01-01T00:00:00.000Z',
});

const readOnly = row('arn:aws:iam::aws:policy/ReadOnlyAccess', 'ReadOnlyAccess', 'Provides read-only access to AWS services and resources.');
const deploy = row('arn:aws:iam::111122223333:policy/ci/DeployWebsite', 'DeployWebsite');

describe('policies table', () => {
  it('tells AWS managed from customer managed by the ARN account, and AWS job-function policies by their path or name', () => {
    expect(policyType(readOnly.arn)).toBe('AWS managed');
    expect(policyType(deploy.arn)).toBe('Customer managed');
    expect(policyType('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess')).toBe('AWS managed - job function');
    expect(policyType('arn:aws:iam::aws:policy/AdministratorAccess')).toBe('AWS managed - job function');
    expect(policyType('arn:aws:iam::111122223333:policy/job-function/Mine')).toBe('Customer managed');
    expect(policyType('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')).toBe('AWS managed');
  });

  it('filters by type and by text in the name, description or ARN', () => {
    expect([readOnly, deploy].filter((p) => policyMatches(p, 'Customer managed', ''))).toEqual([deploy]);
    expect([readOnly, deploy].filter((p) => policyMatches(p, 'all', 'READ-ONLY'))).toEqual([readOnly]);
    expect([readOnly, deploy].filter((p) => policyMatches(p, 'all', '/ci/'))).toEqual([deploy]);
    expect([readOnly, deploy].filter((p) => policyMatches(p, 'AWS managed', 'deploy'))).toEqual([]);
    const viewOnly = row('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess', 'ViewOnlyAccess');
    expect([readOnly, deploy, viewOnly].filter((p) => policyMatches(p, 'AWS managed - job function', ''))).toEqual([viewOnly]);
    expect([readOnly, deploy, viewOnly].filter((p) => policyMatches(p, 'AWS managed', ''))).toEqual([readOnly]);
  });

  it('says how a policy is used', () => {
    expect(policyUsedAs({ attachmentCount: 3, permissionsBoundaryUsageCount: 1 })).toBe('Permissions policy (3), Boundary (1)');
    expect(policyUsedAs({ attachmentCount: 0, permissionsBoundaryUsageCount: 0 })).toBe('None');
  });

  it('links to the details page with the ARN encoded', () => {
    expect(policyDetailsHref(deploy.arn)).toBe('/policies/details/arn%3Aaws%3Aiam%3A%3A111122223333%3Apolicy%2Fci%2FDeployWebsite');
  });
});
