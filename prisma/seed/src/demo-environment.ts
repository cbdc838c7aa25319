// The demo environment: what an administrator of a small company would recognise. Two accounts, production and
// development; humans in groups that carry the permissions; a CI user with an access key; a role for EC2 and a
// cross-account role. Passwords are fixed here so that every run can print them; they satisfy the password policy.

export const PRODUCTION_ACCOUNT_ID = '111122223333';
export const DEVELOPMENT_ACCOUNT_ID = '444455556666';

/** A policy document, stored pretty-printed as a user would paste it. */
function policyDocument(statements: object[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 4);
}

export type Tags = Record<string, string>;

export interface DemoPolicy {
  policyName: string;
  path: string;
  description: string;
  /** Oldest first; the last one is the default version, as after successive CreatePolicyVersion calls. */
  versions: string[];
  tags: Tags;
}

export interface DemoGroup {
  groupName: string;
  path: string;
  /** Names of AWS managed or this account's customer managed policies. */
  attachedPolicies: string[];
  inlinePolicies: Record<string, string>;
}

export interface DemoUser {
  userName: string;
  path: string;
  groups: string[];
  tags: Tags;
  /** A console password; absent for users that only use access keys. */
  password?: string;
  passwordResetRequired?: boolean;
  attachedPolicies: string[];
  /** Creates one access key, whose secret the seed prints once. */
  accessKey?: boolean;
}

export interface DemoRole {
  roleName: string;
  path: string;
  description: string;
  assumeRolePolicyDocument: string;
  maxSessionDuration: number;
  attachedPolicies: string[];
  tags: Tags;
  /** An instance profile holding the role, on the role's path (the AWS console makes one named like an EC2 role). */
  instanceProfileName?: string;
}

/** An IAM OpenID Connect provider: an issuer whose tokens the account's roles may trust. */
export interface DemoOpenIdConnectProvider {
  /** With `https://`, as CreateOpenIDConnectProvider takes it. */
  url: string;
  clientIDList: string[];
  tags: Tags;
}

export interface DemoAccount {
  accountId: string;
  alias: string;
  rootEmail: string;
  rootPassword: string;
  passwordPolicy?: {
    minimumPasswordLength: number;
    requireSymbols: boolean;
    requireNumbers: boolean;
    requireUppercaseCharacters: boolean;
    requireLowercaseCharacters: boolean;
    allowUsersToChangePassword: boolean;
    maxPasswordAge: number | null;
    passwordReusePrevention: number | null;
  };
  policies: DemoPolicy[];
  groups: DemoGroup[];
  users: DemoUser[];
  roles: DemoRole[];
  openIdConnectProviders: DemoOpenIdConnectProvider[];
}

/** GitHub Actions' OIDC issuer, without `https://` as IAM names its provider. */
const githubActionsIssuer = 'token.actions.githubusercontent.com';

const websiteImagesRepository = `arn:aws:ecr:eu-west-1:${PRODUCTION_ACCOUNT_ID}:repository/website`;
const ecrPush = {
  Sid: 'PushWebsiteImages',
  Effect: 'Allow',
  Action: ['ecr:BatchCheckLayerAvailability', 'ecr:InitiateLayerUpload', 'ecr:UploadLayerPart', 'ecr:CompleteLayerUpload', 'ecr:PutImage'],
  Resource: websiteImagesRepository,
};
const ecrLogin = { Sid: 'EcrLogin', Effect: 'Allow', Action: 'ecr:GetAuthorizationToken', Resource: '*' };
const describeInstances = { Sid: 'SeeInstances', Effect: 'Allow', Action: ['ec2:DescribeInstances', 'ec2:DescribeImages', 'ec2:DescribeSubnets'], Resource: '*' };
const passWebsiteRole = {
  Sid: 'LaunchWithWebsiteRole',
  Effect: 'Allow',
  Action: 'iam:PassRole',
  Resource: `arn:aws:iam::${PRODUCTION_ACCOUNT_ID}:role/application/WebsiteRole`,
  Condition: { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } },
};
const websiteDatabaseUser = `arn:aws:rds-db:eu-west-1:${PRODUCTION_ACCOUNT_ID}:dbuser:db-WEBSITE1EXAMPLE/website`;
const websiteDatabaseSecret = `arn:aws:secretsmanager:eu-west-1:${PRODUCTION_ACCOUNT_ID}:secret:website/database-AbCdEf`;

export const production: DemoAccount = {
  accountId: PRODUCTION_ACCOUNT_ID,
  alias: 'acme-production',
  rootEmail: 'aws-production@acme.example',
  rootPassword: 'Production-Root-2026!',
  passwordPolicy: {
    minimumPasswordLength: 14,
    requireSymbols: true,
    requireNumbers: true,
    requireUppercaseCharacters: true,
    requireLowercaseCharacters: true,
    allowUsersToChangePassword: true,
    maxPasswordAge: 90,
    passwordReusePrevention: 5,
  },
  policies: [
    {
      policyName: 'JenkinsDeploy',
      path: '/system/',
      description: 'Lets the CI server push website images to ECR and roll them out on EC2.',
      versions: [
        policyDocument([ecrLogin, ecrPush]),
        policyDocument([
          ecrLogin,
          ecrPush,
          describeInstances,
          { Sid: 'DeployWebsite', Effect: 'Allow', Action: ['ec2:RunInstances', 'ec2:TerminateInstances', 'ec2:CreateTags'], Resource: '*' },
          passWebsiteRole,
        ]),
        policyDocument([
          ecrLogin,
          ecrPush,
          describeInstances,
          {
            Sid: 'DeployWebsite',
            Effect: 'Allow',
            Action: ['ec2:RunInstances', 'ec2:TerminateInstances', 'ec2:CreateTags'],
            Resource: '*',
            Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1', 'aws:ResourceTag/Application': 'website' } },
          },
          passWebsiteRole,
        ]),
      ],
      tags: { Owner: 'platform-team' },
    },
    {
      policyName: 'WebsiteDatabaseAccess',
      path: '/application/',
      description: "Connects the website to its database and reads the database's credentials.",
      versions: [
        policyDocument([{ Sid: 'ConnectAsWebsite', Effect: 'Allow', Action: 'rds-db:connect', Resource: websiteDatabaseUser }]),
        policyDocument([
          { Sid: 'ConnectAsWebsite', Effect: 'Allow', Action: 'rds-db:connect', Resource: websiteDatabaseUser },
          { Sid: 'ReadDatabaseSecret', Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: websiteDatabaseSecret },
        ]),
      ],
      tags: { Application: 'website' },
    },
    {
      policyName: 'ManageOwnCredentials',
      path: '/',
      description: 'Lets users manage their own access keys and virtual MFA device.',
      versions: [
        // AWS's self-service example, with the user ARN both without and with a path (bob is /engineering/bob).
        policyDocument([
          {
            Sid: 'OwnAccessKeys',
            Effect: 'Allow',
            Action: ['iam:CreateAccessKey', 'iam:DeleteAccessKey', 'iam:ListAccessKeys', 'iam:UpdateAccessKey', 'iam:GetAccessKeyLastUsed'],
            Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}'],
          },
          {
            Sid: 'OwnVirtualMfaDevice',
            Effect: 'Allow',
            Action: ['iam:CreateVirtualMFADevice', 'iam:DeleteVirtualMFADevice'],
            Resource: 'arn:aws:iam::*:mfa/${aws:username}',
          },
          {
            Sid: 'EnableOwnMfaDevice',
            Effect: 'Allow',
            Action: ['iam:EnableMFADevice', 'iam:DeactivateMFADevice', 'iam:ResyncMFADevice', 'iam:ListMFADevices'],
            Resource: ['arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}'],
          },
        ]),
      ],
      tags: {},
    },
  ],
  groups: [
    { groupName: 'Admins', path: '/', attachedPolicies: ['AdministratorAccess'], inlinePolicies: {} },
    {
      groupName: 'Developers',
      path: '/',
      attachedPolicies: ['PowerUserAccess', 'IAMUserChangePassword', 'ManageOwnCredentials'],
      inlinePolicies: {},
    },
  ],
  users: [
    { userName: 'alice', path: '/', groups: ['Admins'], tags: { Department: 'Platform' }, password: 'Alice-Production-2026!', attachedPolicies: [] },
    {
      userName: 'bob',
      path: '/engineering/',
      groups: ['Developers'],
      tags: { Department: 'Engineering', Team: 'Website' },
      password: 'Bob-Production-2026!',
      attachedPolicies: [],
    },
    {
      userName: 'carol',
      path: '/engineering/',
      groups: ['Developers'],
      tags: { Department: 'Engineering', Team: 'Data' },
      password: 'Carol-Production-2026!',
      passwordResetRequired: true,
      attachedPolicies: [],
    },
    { userName: 'jenkins', path: '/system/', groups: [], tags: { Purpose: 'CI' }, attachedPolicies: ['JenkinsDeploy'], accessKey: true },
  ],
  roles: [
    {
      roleName: 'WebsiteRole',
      path: '/application/',
      description: "Assumed by the website's EC2 instances to reach the production database.",
      assumeRolePolicyDocument: policyDocument([
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ]),
      maxSessionDuration: 3600,
      attachedPolicies: ['WebsiteDatabaseAccess'],
      tags: { Application: 'website', Environment: 'production' },
      instanceProfileName: 'WebsiteRole',
    },
    {
      roleName: 'DevelopmentReadOnly',
      path: '/',
      description: 'Read-only access to production for engineers signed in to the development account.',
      assumeRolePolicyDocument: policyDocument([
        { Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${DEVELOPMENT_ACCOUNT_ID}:root` }, Action: 'sts:AssumeRole' },
      ]),
      maxSessionDuration: 4 * 3600,
      attachedPolicies: ['ReadOnlyAccess'],
      tags: { Environment: 'production' },
    },
    {
      roleName: 'GitHubActionsDeploy',
      path: '/',
      description: "Assumed by the website repository's GitHub Actions workflow on pushes to main, to deploy the website.",
      assumeRolePolicyDocument: policyDocument([
        {
          Effect: 'Allow',
          Principal: { Federated: `arn:aws:iam::${PRODUCTION_ACCOUNT_ID}:oidc-provider/${githubActionsIssuer}` },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: {
            StringEquals: {
              [`${githubActionsIssuer}:aud`]: 'sts.amazonaws.com',
              [`${githubActionsIssuer}:sub`]: 'repo:acme/website:ref:refs/heads/main',
            },
          },
        },
      ]),
      maxSessionDuration: 3600,
      attachedPolicies: ['JenkinsDeploy'],
      tags: { Application: 'website', Purpose: 'CI' },
    },
  ],
  openIdConnectProviders: [{ url: `https://${githubActionsIssuer}`, clientIDList: ['sts.amazonaws.com'], tags: { Purpose: 'CI' } }],
};

export const development: DemoAccount = {
  accountId: DEVELOPMENT_ACCOUNT_ID,
  alias: 'acme-development',
  rootEmail: 'aws-development@acme.example',
  rootPassword: 'Development-Root-2026!',
  policies: [],
  groups: [
    { groupName: 'Admins', path: '/', attachedPolicies: ['AdministratorAccess'], inlinePolicies: {} },
    {
      groupName: 'Developers',
      path: '/',
      attachedPolicies: ['PowerUserAccess', 'IAMUserChangePassword'],
      inlinePolicies: {
        AssumeProductionReadOnly: policyDocument([
          { Effect: 'Allow', Action: 'sts:AssumeRole', Resource: `arn:aws:iam::${PRODUCTION_ACCOUNT_ID}:role/DevelopmentReadOnly` },
        ]),
      },
    },
  ],
  users: [
    { userName: 'dave', path: '/', groups: ['Admins'], tags: { Department: 'Platform' }, password: 'Dave-Development-2026!', attachedPolicies: [] },
    {
      userName: 'erin',
      path: '/engineering/',
      groups: ['Developers'],
      tags: { Department: 'Engineering', Team: 'Website' },
      password: 'Erin-Development-2026!',
      attachedPolicies: [],
    },
  ],
  roles: [],
  openIdConnectProviders: [],
};

export const demoAccounts: DemoAccount[] = [production, development];
