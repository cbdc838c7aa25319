// The benchmark's principal: IAM user alice (path /engineering/) in 3 groups, 10 managed policies holding 40 statements
// with conditions and policy variables, and the requests she sends. Statements are written once in a neutral form so
// that the IAM JSON and the Cedar translation (cedar.ts) describe the same work.

export interface BenchCondition {
  operator: 'StringEquals' | 'StringLike' | 'IpAddress' | 'Bool' | 'NumericLessThan' | 'DateGreaterThan' | 'StringNotEquals';
  key: string;
  values: string[];
}

export interface BenchStatement {
  sid: string;
  effect: 'Allow' | 'Deny';
  actions: string[];
  resources: string[];
  conditions: BenchCondition[];
}

export interface BenchPolicy {
  name: string;
  /** `user` or the group the policy is attached to (the Cedar translation scopes the principal with it). */
  attachedTo: string;
  statements: BenchStatement[];
}

export const ACCOUNT = '111122223333';
export const USER_ARN = `arn:aws:iam::${ACCOUNT}:user/engineering/alice`;
export const GROUPS = ['developers', 'oncall', 'data-readers'];

const s = (sid: string, effect: 'Allow' | 'Deny', actions: string[], resources: string[], conditions: BenchCondition[] = []): BenchStatement => ({
  sid,
  effect,
  actions,
  resources,
  conditions,
});
const mfa: BenchCondition = { operator: 'Bool', key: 'aws:MultiFactorAuthPresent', values: ['true'] };
const corpNet: BenchCondition = { operator: 'IpAddress', key: 'aws:SourceIp', values: ['203.0.113.0/24', '198.51.100.0/24'] };
const teamTag: BenchCondition = { operator: 'StringEquals', key: 'aws:PrincipalTag/team', values: ['platform', 'data'] };
const afterLaunch: BenchCondition = { operator: 'DateGreaterThan', key: 'aws:CurrentTime', values: ['2024-01-01T00:00:00Z'] };

export const POLICIES: BenchPolicy[] = [
  { name: 'SelfManageCredentials', attachedTo: 'user', statements: [
    s('ViewOwnUser', 'Allow', ['iam:GetUser', 'iam:ListAccessKeys', 'iam:ListMFADevices'], [`arn:aws:iam::${ACCOUNT}:user/*/\${aws:username}`]),
    s('ManageOwnKeys', 'Allow', ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:UpdateAccessKey'], [`arn:aws:iam::${ACCOUNT}:user/*/\${aws:username}`], [mfa]),
    s('ChangeOwnPassword', 'Allow', ['iam:ChangePassword'], [`arn:aws:iam::${ACCOUNT}:user/*/\${aws:username}`]),
    s('GetAccountPasswordPolicy', 'Allow', ['iam:GetAccountPasswordPolicy'], ['*']),
  ] },
  { name: 'HomeFolder', attachedTo: 'user', statements: [
    s('ListHome', 'Allow', ['s3:ListBucket'], ['arn:aws:s3:::corp-home'], [{ operator: 'StringLike', key: 's3:prefix', values: ['home/${aws:username}/*', 'home/${aws:username}'] }]),
    s('UseHome', 'Allow', ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], ['arn:aws:s3:::corp-home/home/${aws:username}/*']),
    s('DenyOtherHomes', 'Deny', ['s3:*'], ['arn:aws:s3:::corp-home/home/*'], [{ operator: 'StringNotEquals', key: 'aws:username', values: ['alice'] }]),
    s('ListAllBuckets', 'Allow', ['s3:ListAllMyBuckets', 's3:GetBucketLocation'], ['*']),
  ] },
  { name: 'DeveloperCompute', attachedTo: 'developers', statements: [
    s('DescribeEc2', 'Allow', ['ec2:Describe*'], ['*']),
    s('StartStopTagged', 'Allow', ['ec2:StartInstances', 'ec2:StopInstances', 'ec2:RebootInstances'], [`arn:aws:ec2:*:${ACCOUNT}:instance/*`], [teamTag]),
    s('NoTerminate', 'Deny', ['ec2:TerminateInstances'], ['*']),
    s('LambdaRead', 'Allow', ['lambda:Get*', 'lambda:List*'], ['*']),
  ] },
  { name: 'DeveloperDeploy', attachedTo: 'developers', statements: [
    s('UpdateFunctions', 'Allow', ['lambda:UpdateFunctionCode', 'lambda:PublishVersion'], [`arn:aws:lambda:eu-west-1:${ACCOUNT}:function:platform-*`], [corpNet]),
    s('PassDeployRole', 'Allow', ['iam:PassRole'], [`arn:aws:iam::${ACCOUNT}:role/deploy/*`], [{ operator: 'StringEquals', key: 'iam:PassedToService', values: ['lambda.amazonaws.com'] }]),
    s('LogsRead', 'Allow', ['logs:Get*', 'logs:Describe*', 'logs:FilterLogEvents'], [`arn:aws:logs:*:${ACCOUNT}:log-group:/aws/lambda/platform-*`]),
    s('CodeArtifactRead', 'Allow', ['codeartifact:Get*', 'codeartifact:ReadFromRepository'], ['*']),
  ] },
  { name: 'OncallOperations', attachedTo: 'oncall', statements: [
    s('CloudWatchRead', 'Allow', ['cloudwatch:Get*', 'cloudwatch:List*', 'cloudwatch:Describe*'], ['*']),
    s('AckAlarms', 'Allow', ['cloudwatch:SetAlarmState'], [`arn:aws:cloudwatch:*:${ACCOUNT}:alarm:*`], [mfa]),
    s('RebootAny', 'Allow', ['ec2:RebootInstances'], [`arn:aws:ec2:*:${ACCOUNT}:instance/*`], [mfa, afterLaunch]),
    s('SsmSessions', 'Allow', ['ssm:StartSession'], [`arn:aws:ec2:*:${ACCOUNT}:instance/*`], [mfa, corpNet]),
  ] },
  { name: 'OncallEscalation', attachedTo: 'oncall', statements: [
    s('ReadIncidents', 'Allow', ['ssm-incidents:Get*', 'ssm-incidents:List*'], ['*']),
    s('UpdateIncidents', 'Allow', ['ssm-incidents:UpdateIncidentRecord'], [`arn:aws:ssm-incidents::${ACCOUNT}:incident-record/*`], [mfa]),
    s('PageOthers', 'Allow', ['sns:Publish'], [`arn:aws:sns:*:${ACCOUNT}:oncall-*`]),
    s('NoIamWrites', 'Deny', ['iam:Create*', 'iam:Delete*', 'iam:Put*', 'iam:Attach*'], ['*'], [{ operator: 'StringNotEquals', key: 'aws:PrincipalTag/role', values: ['admin'] }]),
  ] },
  { name: 'DataLakeRead', attachedTo: 'data-readers', statements: [
    s('ReadCurated', 'Allow', ['s3:GetObject', 's3:GetObjectVersion'], ['arn:aws:s3:::corp-datalake/curated/*']),
    s('ListCurated', 'Allow', ['s3:ListBucket'], ['arn:aws:s3:::corp-datalake'], [{ operator: 'StringLike', key: 's3:prefix', values: ['curated/*'] }]),
    s('AthenaQuery', 'Allow', ['athena:StartQueryExecution', 'athena:GetQueryExecution', 'athena:GetQueryResults'], [`arn:aws:athena:*:${ACCOUNT}:workgroup/analysts`]),
    s('GlueCatalogRead', 'Allow', ['glue:GetTable', 'glue:GetTables', 'glue:GetDatabase', 'glue:GetPartitions'], ['*']),
  ] },
  { name: 'DataLakeGuardrails', attachedTo: 'data-readers', statements: [
    s('DenyRawZone', 'Deny', ['s3:*'], ['arn:aws:s3:::corp-datalake/raw/*']),
    s('DenyOffNetwork', 'Deny', ['s3:GetObject'], ['arn:aws:s3:::corp-datalake/*'], [{ operator: 'StringNotEquals', key: 'aws:SourceVpce', values: ['vpce-1a2b3c4d'] }, { operator: 'StringNotEquals', key: 'aws:PrincipalTag/team', values: ['data'] }]),
    s('KmsDecrypt', 'Allow', ['kms:Decrypt'], [`arn:aws:kms:eu-west-1:${ACCOUNT}:key/*`], [{ operator: 'StringLike', key: 'kms:ViaService', values: ['s3.*.amazonaws.com'] }]),
    s('SmallListings', 'Allow', ['s3:ListBucket'], ['arn:aws:s3:::corp-datalake'], [{ operator: 'NumericLessThan', key: 's3:max-keys', values: ['1000'] }]),
  ] },
  { name: 'ReadOnlyBasics', attachedTo: 'developers', statements: [
    s('TagRead', 'Allow', ['tag:GetResources', 'tag:GetTagKeys'], ['*']),
    s('StsIdentity', 'Allow', ['sts:GetCallerIdentity'], ['*']),
    s('SecretsRead', 'Allow', ['secretsmanager:GetSecretValue'], [`arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:dev/\${aws:username}/*`], [mfa]),
    s('ParameterRead', 'Allow', ['ssm:GetParameter', 'ssm:GetParameters'], [`arn:aws:ssm:eu-west-1:${ACCOUNT}:parameter/platform/*`]),
  ] },
  { name: 'RegionGuardrail', attachedTo: 'user', statements: [
    s('DenyOutsideEu', 'Deny', ['ec2:*', 'lambda:*', 'ssm:*'], ['*'], [{ operator: 'StringNotEquals', key: 'aws:RequestedRegion', values: ['eu-west-1', 'eu-central-1'] }]),
    s('DenyUntrustedNetwork', 'Deny', ['secretsmanager:*'], ['*'], [{ operator: 'StringNotEquals', key: 'aws:SourceVpc', values: ['vpc-0a1b2c3d'] }, { operator: 'Bool', key: 'aws:ViaAWSService', values: ['false'] }]),
    s('DenyLegacyTls', 'Deny', ['s3:*'], ['*'], [{ operator: 'NumericLessThan', key: 's3:TlsVersion', values: ['1.2'] }]),
    s('DenyUnencryptedPut', 'Deny', ['s3:PutObject'], ['*'], [{ operator: 'StringNotEquals', key: 's3:x-amz-server-side-encryption', values: ['aws:kms'] }]),
  ] },
];

export function iamDocument(policy: BenchPolicy) {
  return {
    Version: '2012-10-17',
    Statement: policy.statements.map((st) => {
      const condition: Record<string, Record<string, string[]>> = {};
      for (const c of st.conditions) (condition[c.operator] ??= {})[c.key] = c.values;
      return { Sid: st.sid, Effect: st.effect, Action: st.actions, Resource: st.resources, ...(st.conditions.length ? { Condition: condition } : {}) };
    }),
  };
}

export interface BenchRequest {
  action: string;
  resource: string;
  context: Record<string, string>;
}

const baseContext = {
  'aws:MultiFactorAuthPresent': 'true',
  'aws:SourceIp': '203.0.113.24',
  'aws:PrincipalTag/team': 'platform',
  'aws:RequestedRegion': 'eu-west-1',
  'aws:SourceVpc': 'vpc-0a1b2c3d',
  'aws:ViaAWSService': 'false',
  's3:TlsVersion': '1.3',
};

/** A day's mix: reads of her own things, deploys, data queries, and a few requests that end in a deny. */
export const REQUESTS: BenchRequest[] = [
  { action: 's3:GetObject', resource: 'arn:aws:s3:::corp-home/home/alice/notes.txt', context: baseContext },
  { action: 's3:ListBucket', resource: 'arn:aws:s3:::corp-home', context: { ...baseContext, 's3:prefix': 'home/alice/2024' } },
  { action: 'iam:GetUser', resource: `arn:aws:iam::${ACCOUNT}:user/engineering/alice`, context: baseContext },
  { action: 'iam:CreateAccessKey', resource: `arn:aws:iam::${ACCOUNT}:user/engineering/alice`, context: baseContext },
  { action: 'ec2:DescribeInstances', resource: '*', context: baseContext },
  { action: 'ec2:StopInstances', resource: `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0abc`, context: baseContext },
  { action: 'ec2:TerminateInstances', resource: `arn:aws:ec2:eu-west-1:${ACCOUNT}:instance/i-0abc`, context: baseContext },
  { action: 'lambda:UpdateFunctionCode', resource: `arn:aws:lambda:eu-west-1:${ACCOUNT}:function:platform-api`, context: baseContext },
  { action: 'iam:PassRole', resource: `arn:aws:iam::${ACCOUNT}:role/deploy/api`, context: { ...baseContext, 'iam:PassedToService': 'lambda.amazonaws.com' } },
  { action: 's3:GetObject', resource: 'arn:aws:s3:::corp-datalake/curated/sales/2024.parquet', context: { ...baseContext, 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
  { action: 'athena:GetQueryResults', resource: `arn:aws:athena:eu-west-1:${ACCOUNT}:workgroup/analysts`, context: baseContext },
  { action: 's3:ListBucket', resource: 'arn:aws:s3:::corp-datalake', context: { ...baseContext, 's3:prefix': 'raw/', 's3:max-keys': '100' } },
  { action: 'iam:CreateUser', resource: `arn:aws:iam::${ACCOUNT}:user/mallory`, context: baseContext },
  { action: 'secretsmanager:GetSecretValue', resource: `arn:aws:secretsmanager:eu-west-1:${ACCOUNT}:secret:dev/alice/db-AbCdEf`, context: baseContext },
  { action: 'cloudwatch:SetAlarmState', resource: `arn:aws:cloudwatch:eu-west-1:${ACCOUNT}:alarm:api-5xx`, context: baseContext },
  { action: 's3:DeleteObject', resource: 'arn:aws:s3:::corp-datalake/raw/events.json', context: baseContext },
  { action: 'dynamodb:GetItem', resource: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders`, context: baseContext },
];
