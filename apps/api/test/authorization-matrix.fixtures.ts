import { generateTotpCode, generateTotpSeed, hashPassword, type SecretBox } from '@gatehouse/credentials';
import { instanceProfileArn, mfaDeviceArn, newUniqueId, openIdConnectProviderArn, type PrismaClient } from '@gatehouse/db';
import { allow, createGroup, createManagedPolicy, createRole, createUser } from './authz/iam-fixtures';
import { createRootAccount } from './support/test-api';

/**
 * The authorization matrix's argument table: for every query and mutation, a document, and `prepare`, which makes
 * a fresh target in the home account (each caller gets its own, so one caller's change cannot hide another's
 * refusal) and names the resource ARNs the operation must be authorized on. The action comes from the schema's
 * @IamOperation metadata, not from here.
 *
 * A new operation fails the matrix until it has an entry: add one next to the operations of its module.
 */
export interface MatrixTarget {
  variables: Record<string, unknown>;
  /** Every ARN the operation's @IamOperation names (the allowed-only user is allowed exactly these). */
  resourceArns: string[];
  /** The operation's `alsoRequires` actions this request calls for, which the allowed-only user is allowed too. */
  alsoAllowed?: { action: string; resourceArns: string[] }[];
}

/** The kinds of caller the matrix sends every operation from. */
export type MatrixCaller = 'anonymous' | 'noPolicies' | 'explicitDeny' | 'otherAccount' | 'allowedOnly' | 'admin' | 'root';

export interface MatrixScope {
  prisma: PrismaClient;
  /** The test server's: seals secrets (MFA seeds) the way the API opens them. */
  secretBox: SecretBox;
  /** The account every fixture's targets live in. */
  accountId: string;
  /** A name no other target of the run uses. */
  unique(prefix: string): string;
}

export interface OperationFixture {
  document: string;
  prepare(scope: MatrixScope): Promise<MatrixTarget>;
  /**
   * Only for @Public operations (@AnyAuthenticatedCaller ones are `authenticated` by definition): `anyone` (sign-in steps) or `authenticated` (AWS operations that need credentials
   * but no permission, such as GetCallerIdentity).
   */
  publicFor?: 'anyone' | 'authenticated';
  /**
   * What the calling principal itself needs for the call to succeed (its own login profile for ChangePassword):
   * `userId` is the caller's IAM user, null for the root user.
   */
  prepareCaller?(scope: MatrixScope, userId: string | null): Promise<void>;
  /**
   * The few callers that are authorized yet cannot succeed, with the AWS error code they get instead (the root user
   * has no password to change through ChangePassword). Every other authorized caller must succeed without any error.
   */
  expectedErrors?: Partial<Record<MatrixCaller, string>>;
}

const arnOf = (accountId: string, kind: string, name: string) => `arn:aws:iam::${accountId}:${kind}/${name}`;

async function targetUser(scope: MatrixScope) {
  return createUser(scope.prisma, scope.accountId, scope.unique('target'));
}

async function targetUserWithPassword(scope: MatrixScope) {
  const user = await targetUser(scope);
  await scope.prisma.loginProfile.create({ data: { userId: user.id, passwordHash: await hashPassword('Matrix!Passw0rd') } });
  return user;
}

async function targetAccessKey(scope: MatrixScope) {
  const user = await targetUser(scope);
  const accessKeyId = newUniqueId('accessKey');
  // Never used to sign anything here: the sealed secret only has to be present.
  await scope.prisma.accessKey.create({ data: { accessKeyId, accountId: scope.accountId, userId: user.id, secretSealed: 'v1.unused' } });
  return { user, accessKeyId };
}

/** A virtual MFA device with a real seed, sealed as CreateVirtualMFADevice seals it, so that its codes can be computed. */
async function targetMfaDevice(scope: MatrixScope, enabledFor?: { id: string }) {
  const deviceName = scope.unique('device');
  const serialNumber = mfaDeviceArn(scope.accountId, '/', deviceName);
  const seed = generateTotpSeed();
  await scope.prisma.virtualMfaDevice.create({
    data: {
      serialNumber,
      accountId: scope.accountId,
      deviceName,
      seedSealed: scope.secretBox.seal(seed, serialNumber),
      ...(enabledFor ? { userId: enabledFor.id, enableDate: new Date() } : {}),
    },
  });
  return { serialNumber, seed };
}

/** A role every principal of the home account may assume when its own policies allow it (AWS's account trust). */
async function targetRole(scope: MatrixScope, tags?: Record<string, string>) {
  return createRole(scope.prisma, scope.accountId, scope.unique('role'), { tags });
}

async function targetGroup(scope: MatrixScope, members: { id: string }[] = []) {
  return createGroup(scope.prisma, scope.accountId, scope.unique('group'), members.map((member) => member.id));
}

/** An OIDC provider for an issuer of its own, with one client ID and `tags`. */
async function targetOpenIdConnectProvider(scope: MatrixScope, tags: Record<string, string> = {}) {
  const url = `${scope.unique('issuer')}.example.com`;
  return scope.prisma.openIdConnectProvider.create({
    data: {
      accountId: scope.accountId,
      url,
      arn: openIdConnectProviderArn(scope.accountId, url),
      clientIDList: ['sts.amazonaws.com'],
      thumbprintList: [],
      tags: { create: Object.entries(tags).map(([key, value]) => ({ key, value })) },
    },
  });
}

/** An instance profile, holding `role` when given, with `tags`. */
async function targetInstanceProfile(scope: MatrixScope, role?: { id: string }, tags: Record<string, string> = {}) {
  const instanceProfileName = scope.unique('profile');
  return scope.prisma.instanceProfile.create({
    data: {
      id: newUniqueId('instanceProfile'),
      accountId: scope.accountId,
      instanceProfileName,
      arn: instanceProfileArn(scope.accountId, '/', instanceProfileName),
      roleId: role?.id ?? null,
      tags: { create: Object.entries(tags).map(([key, value]) => ({ key, value })) },
    },
  });
}

/** A customer managed policy with `versionCount` versions (the last one the default). */
async function targetPolicy(scope: MatrixScope, versionCount = 1) {
  const documents = Array.from({ length: versionCount }, () => allow('iam:GetUser'));
  return createManagedPolicy(scope.prisma, scope.accountId, scope.unique('policy'), documents);
}

const trustDocument = (accountId: string) =>
  JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${accountId}:root` }, Action: 'sts:AssumeRole' }] });

const simpleDocument = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', Resource: '*' }] });

const signInStepOutOfOrder: Partial<Record<MatrixCaller, string>> = {
  anonymous: 'AccessDenied',
  noPolicies: 'AccessDenied',
  explicitDeny: 'AccessDenied',
  otherAccount: 'AccessDenied',
  allowedOnly: 'AccessDenied',
  admin: 'AccessDenied',
  root: 'AccessDenied',
};

/** An account password policy to read or delete (the account has one policy, which other fixtures change). */
async function targetPasswordPolicy(scope: MatrixScope) {
  await scope.prisma.passwordPolicy.upsert({ where: { accountId: scope.accountId }, create: { accountId: scope.accountId }, update: {} });
}

export const operationFixtures: Record<string, OperationFixture> = {
  // Sign-in (src/auth)
  signIn: {
    document: 'mutation ($input: SignInInput!) { signIn(input: $input) { state } }',
    publicFor: 'anyone',
    async prepare(scope) {
      const account = await createRootAccount(scope.prisma);
      return { variables: { input: { email: account.email, password: account.password } }, resourceArns: [] };
    },
  },
  submitSignInMfaCode: {
    document: 'mutation { submitSignInMfaCode(input: { authenticationCode: "123456" }) { state } }',
    publicFor: 'anyone',
    // A step out of order: none of the matrix's callers has a sign-in in progress (sign-in.test.ts walks the steps).
    expectedErrors: signInStepOutOfOrder,
    prepare: async () => ({ variables: {}, resourceArns: [] }),
  },
  submitSignInNewPassword: {
    document: 'mutation { submitSignInNewPassword(input: { newPassword: "Matrix!Passw0rd2" }) { state } }',
    publicFor: 'anyone',
    // A step out of order: none of the matrix's callers has a sign-in in progress (sign-in.test.ts walks the steps).
    expectedErrors: signInStepOutOfOrder,
    prepare: async () => ({ variables: {}, resourceArns: [] }),
  },
  signOut: { document: 'mutation { signOut }', publicFor: 'anyone', prepare: async () => ({ variables: {}, resourceArns: [] }) },
  changePassword: {
    // The resource is the caller's own ARN; the allowed-only user gets iam:ChangePassword on `${aws:username}`.
    document: 'mutation { changePassword(input: { oldPassword: "Matrix!Passw0rd", newPassword: "Matrix!Passw0rd2" }) }',
    prepare: async (scope) => ({ variables: {}, resourceArns: [`arn:aws:iam::${scope.accountId}:user/\${aws:username}`] }),
    // Gatehouse: the root user changes its own password through ChangePassword too (see README).
    async prepareCaller(scope, userId) {
      const passwordHash = await hashPassword('Matrix!Passw0rd');
      if (userId === null) {
        await scope.prisma.account.update({ where: { id: scope.accountId }, data: { rootPasswordHash: passwordHash } });
        return;
      }
      await scope.prisma.loginProfile.upsert({ where: { userId }, create: { userId, passwordHash }, update: { passwordHash } });
    },
  },

  // STS (src/modules/sts)
  getCallerIdentity: { document: '{ getCallerIdentity { arn } }', publicFor: 'authenticated', prepare: async () => ({ variables: {}, resourceArns: [] }) },
  getSessionToken: {
    document: 'mutation { getSessionToken(input: { durationSeconds: 900 }) { credentials { accessKeyId } } }',
    publicFor: 'authenticated',
    prepare: async () => ({ variables: {}, resourceArns: [] }),
  },
  switchRoleBack: { document: 'mutation { switchRoleBack }', publicFor: 'authenticated', prepare: async () => ({ variables: {}, resourceArns: [] }) },
  assumeRole: {
    document: 'mutation ($input: AssumeRoleInput!) { assumeRole(input: $input) { assumedRoleUser { arn } } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { input: { roleArn: role.arn, roleSessionName: 'matrix' } }, resourceArns: [role.arn] };
    },
  },
  assumeRoleWithWebIdentity: {
    document: 'mutation ($input: AssumeRoleWithWebIdentityInput!) { assumeRoleWithWebIdentity(input: $input) { assumedRoleUser { arn } } }',
    publicFor: 'anyone',
    // Unsigned, as on AWS, so every caller reaches the token's verification; the matrix's token names an issuer no
    // account has registered (assume-role-with-web-identity.test.ts signs real ones).
    expectedErrors: Object.fromEntries(
      (['anonymous', 'noPolicies', 'explicitDeny', 'otherAccount', 'allowedOnly', 'admin', 'root'] as const).map((caller) => [caller, 'InvalidIdentityToken']),
    ),
    async prepare(scope) {
      const role = await targetRole(scope);
      const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const token = `${part({ alg: 'RS256', kid: 'matrix' })}.${part({ iss: 'https://unregistered.example.com', sub: 'matrix', aud: 'sts.amazonaws.com', exp: 4102444800 })}.c2lnbmF0dXJl`;
      return { variables: { input: { roleArn: role.arn, roleSessionName: 'matrix', webIdentityToken: token } }, resourceArns: [] };
    },
  },
  switchRole: {
    document: 'mutation ($input: SwitchRoleInput!) { switchRole(input: $input) { expiration } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { input: { roleArn: role.arn, roleSessionName: 'matrix' } }, resourceArns: [role.arn] };
    },
  },
  revokeRoleSessions: {
    document: 'mutation ($input: RevokeRoleSessionsInput!) { revokeRoleSessions(input: $input) }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { input: { roleName: role.roleName } }, resourceArns: [role.arn] };
    },
  },

  // Audit (src/modules/audit-events)
  lookupEvents: { document: '{ lookupEvents(first: 5) { totalCount } }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },

  // Users
  getUser: {
    document: 'query ($userName: String) { getUser(userName: $userName) { arn } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { userName: user.userName }, resourceArns: [user.arn] };
    },
  },
  listUsers: { document: '{ listUsers { totalCount } }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },
  listUserTags: {
    document: 'query ($userName: String!) { listUserTags(userName: $userName) { totalCount } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { userName: user.userName }, resourceArns: [user.arn] };
    },
  },
  createUser: {
    document: 'mutation ($input: CreateUserInput!) { createUser(input: $input) { arn } }',
    async prepare(scope) {
      const userName = scope.unique('new');
      return { variables: { input: { userName } }, resourceArns: [arnOf(scope.accountId, 'user', userName)] };
    },
  },
  updateUser: {
    document: 'mutation ($input: UpdateUserInput!) { updateUser(input: $input) { arn } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      const newUserName = scope.unique('renamed');
      return { variables: { input: { userName: user.userName, newUserName } }, resourceArns: [user.arn, arnOf(scope.accountId, 'user', newUserName)] };
    },
  },
  deleteUser: {
    document: 'mutation ($input: DeleteUserInput!) { deleteUser(input: $input) }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { input: { userName: user.userName } }, resourceArns: [user.arn] };
    },
  },
  deleteUserAndDependents: {
    document: 'mutation ($input: DeleteUserInput!) { deleteUserAndDependents(input: $input) { userName } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { input: { userName: user.userName } }, resourceArns: [user.arn] };
    },
  },
  tagUser: {
    document: 'mutation ($input: TagUserInput!) { tagUser(input: $input) { arn } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { input: { userName: user.userName, tags: [{ key: 'team', value: 'matrix' }] } }, resourceArns: [user.arn] };
    },
  },
  untagUser: {
    document: 'mutation ($input: UntagUserInput!) { untagUser(input: $input) { arn } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { input: { userName: user.userName, tagKeys: ['team'] } }, resourceArns: [user.arn] };
    },
  },

  // Groups
  getGroup: {
    document: 'query ($groupName: String!) { getGroup(groupName: $groupName) { arn } }',
    async prepare(scope) {
      const group = await targetGroup(scope);
      return { variables: { groupName: group.groupName }, resourceArns: [group.arn] };
    },
  },
  listGroups: { document: '{ listGroups { totalCount } }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },
  listGroupsForUser: {
    document: 'query ($userName: String!) { listGroupsForUser(userName: $userName) { totalCount } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      await targetGroup(scope, [user]);
      return { variables: { userName: user.userName }, resourceArns: [user.arn] };
    },
  },
  createGroup: {
    document: 'mutation ($input: CreateGroupInput!) { createGroup(input: $input) { arn } }',
    async prepare(scope) {
      const groupName = scope.unique('new-group');
      return { variables: { input: { groupName } }, resourceArns: [arnOf(scope.accountId, 'group', groupName)] };
    },
  },
  updateGroup: {
    document: 'mutation ($input: UpdateGroupInput!) { updateGroup(input: $input) { arn } }',
    async prepare(scope) {
      const group = await targetGroup(scope);
      const newGroupName = scope.unique('renamed-group');
      return { variables: { input: { groupName: group.groupName, newGroupName } }, resourceArns: [group.arn, arnOf(scope.accountId, 'group', newGroupName)] };
    },
  },
  deleteGroup: {
    document: 'mutation ($input: DeleteGroupInput!) { deleteGroup(input: $input) }',
    async prepare(scope) {
      const group = await targetGroup(scope);
      return { variables: { input: { groupName: group.groupName } }, resourceArns: [group.arn] };
    },
  },
  addUserToGroup: {
    document: 'mutation ($input: GroupMembershipInput!) { addUserToGroup(input: $input) { arn } }',
    async prepare(scope) {
      const [user, group] = await Promise.all([targetUser(scope), targetGroup(scope)]);
      return { variables: { input: { groupName: group.groupName, userName: user.userName } }, resourceArns: [group.arn] };
    },
  },
  removeUserFromGroup: {
    document: 'mutation ($input: GroupMembershipInput!) { removeUserFromGroup(input: $input) { arn } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      const group = await targetGroup(scope, [user]);
      return { variables: { input: { groupName: group.groupName, userName: user.userName } }, resourceArns: [group.arn] };
    },
  },

  // Roles
  getRole: {
    document: 'query ($roleName: String!) { getRole(roleName: $roleName) { arn } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { roleName: role.roleName }, resourceArns: [role.arn] };
    },
  },
  listRoles: { document: '{ listRoles { totalCount } }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },
  listRoleTags: {
    document: 'query ($roleName: String!) { listRoleTags(roleName: $roleName) { totalCount } }',
    async prepare(scope) {
      const role = await targetRole(scope, { team: 'matrix' });
      return { variables: { roleName: role.roleName }, resourceArns: [role.arn] };
    },
  },
  createRole: {
    document: 'mutation ($input: CreateRoleInput!) { createRole(input: $input) { arn } }',
    async prepare(scope) {
      const roleName = scope.unique('new-role');
      return { variables: { input: { roleName, assumeRolePolicyDocument: trustDocument(scope.accountId) } }, resourceArns: [arnOf(scope.accountId, 'role', roleName)] };
    },
  },
  updateRole: {
    document: 'mutation ($input: UpdateRoleInput!) { updateRole(input: $input) { arn } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { input: { roleName: role.roleName, maxSessionDuration: 7200 } }, resourceArns: [role.arn] };
    },
  },
  updateRoleDescription: {
    document: 'mutation ($input: UpdateRoleDescriptionInput!) { updateRoleDescription(input: $input) { arn } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { input: { roleName: role.roleName, description: 'matrix' } }, resourceArns: [role.arn] };
    },
  },
  updateAssumeRolePolicy: {
    document: 'mutation ($input: UpdateAssumeRolePolicyInput!) { updateAssumeRolePolicy(input: $input) { arn } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { input: { roleName: role.roleName, policyDocument: trustDocument(scope.accountId) } }, resourceArns: [role.arn] };
    },
  },
  deleteRole: {
    document: 'mutation ($input: DeleteRoleInput!) { deleteRole(input: $input) }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { input: { roleName: role.roleName } }, resourceArns: [role.arn] };
    },
  },
  tagRole: {
    document: 'mutation ($input: TagRoleInput!) { tagRole(input: $input) { arn } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { input: { roleName: role.roleName, tags: [{ key: 'team', value: 'matrix' }] } }, resourceArns: [role.arn] };
    },
  },
  untagRole: {
    document: 'mutation ($input: UntagRoleInput!) { untagRole(input: $input) { arn } }',
    async prepare(scope) {
      const role = await targetRole(scope, { team: 'matrix' });
      return { variables: { input: { roleName: role.roleName, tagKeys: ['team'] } }, resourceArns: [role.arn] };
    },
  },

  // Instance profiles
  getInstanceProfile: {
    document: 'query ($name: String!) { getInstanceProfile(instanceProfileName: $name) { arn roles { arn } } }',
    async prepare(scope) {
      const profile = await targetInstanceProfile(scope, await targetRole(scope));
      return { variables: { name: profile.instanceProfileName }, resourceArns: [profile.arn] };
    },
  },
  listInstanceProfiles: { document: '{ listInstanceProfiles { totalCount } }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },
  listInstanceProfileTags: {
    document: 'query ($name: String!) { listInstanceProfileTags(instanceProfileName: $name) { totalCount } }',
    async prepare(scope) {
      const profile = await targetInstanceProfile(scope, undefined, { team: 'matrix' });
      return { variables: { name: profile.instanceProfileName }, resourceArns: [profile.arn] };
    },
  },
  listInstanceProfilesForRole: {
    document: 'query ($roleName: String!) { listInstanceProfilesForRole(roleName: $roleName) { totalCount } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      await targetInstanceProfile(scope, role);
      return { variables: { roleName: role.roleName }, resourceArns: [role.arn] };
    },
  },
  createInstanceProfile: {
    document: 'mutation ($input: CreateInstanceProfileInput!) { createInstanceProfile(input: $input) { arn } }',
    async prepare(scope) {
      const instanceProfileName = scope.unique('new-profile');
      return { variables: { input: { instanceProfileName } }, resourceArns: [arnOf(scope.accountId, 'instance-profile', instanceProfileName)] };
    },
  },
  deleteInstanceProfile: {
    document: 'mutation ($input: DeleteInstanceProfileInput!) { deleteInstanceProfile(input: $input) }',
    async prepare(scope) {
      const profile = await targetInstanceProfile(scope);
      return { variables: { input: { instanceProfileName: profile.instanceProfileName } }, resourceArns: [profile.arn] };
    },
  },
  addRoleToInstanceProfile: {
    document: 'mutation ($input: InstanceProfileRoleInput!) { addRoleToInstanceProfile(input: $input) { roles { arn } } }',
    async prepare(scope) {
      const [profile, role] = await Promise.all([targetInstanceProfile(scope), targetRole(scope)]);
      return {
        variables: { input: { instanceProfileName: profile.instanceProfileName, roleName: role.roleName } },
        resourceArns: [profile.arn],
        alsoAllowed: [{ action: 'iam:PassRole', resourceArns: [role.arn] }],
      };
    },
  },
  removeRoleFromInstanceProfile: {
    document: 'mutation ($input: InstanceProfileRoleInput!) { removeRoleFromInstanceProfile(input: $input) { roles { arn } } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      const profile = await targetInstanceProfile(scope, role);
      return { variables: { input: { instanceProfileName: profile.instanceProfileName, roleName: role.roleName } }, resourceArns: [profile.arn] };
    },
  },
  tagInstanceProfile: {
    document: 'mutation ($input: TagInstanceProfileInput!) { tagInstanceProfile(input: $input) { arn } }',
    async prepare(scope) {
      const profile = await targetInstanceProfile(scope);
      return { variables: { input: { instanceProfileName: profile.instanceProfileName, tags: [{ key: 'team', value: 'matrix' }] } }, resourceArns: [profile.arn] };
    },
  },
  untagInstanceProfile: {
    document: 'mutation ($input: UntagInstanceProfileInput!) { untagInstanceProfile(input: $input) { arn } }',
    async prepare(scope) {
      const profile = await targetInstanceProfile(scope, undefined, { team: 'matrix' });
      return { variables: { input: { instanceProfileName: profile.instanceProfileName, tagKeys: ['team'] } }, resourceArns: [profile.arn] };
    },
  },

  // OpenID Connect providers
  getOpenIDConnectProvider: {
    document: 'query ($arn: String!) { getOpenIDConnectProvider(openIDConnectProviderArn: $arn) { url clientIDList } }',
    async prepare(scope) {
      const provider = await targetOpenIdConnectProvider(scope);
      return { variables: { arn: provider.arn }, resourceArns: [provider.arn] };
    },
  },
  listOpenIDConnectProviders: { document: '{ listOpenIDConnectProviders { totalCount } }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },
  listOpenIDConnectProviderTags: {
    document: 'query ($arn: String!) { listOpenIDConnectProviderTags(openIDConnectProviderArn: $arn) { totalCount } }',
    async prepare(scope) {
      const provider = await targetOpenIdConnectProvider(scope, { team: 'matrix' });
      return { variables: { arn: provider.arn }, resourceArns: [provider.arn] };
    },
  },
  createOpenIDConnectProvider: {
    document: 'mutation ($input: CreateOpenIDConnectProviderInput!) { createOpenIDConnectProvider(input: $input) { arn } }',
    async prepare(scope) {
      const url = `${scope.unique('new-issuer')}.example.com`;
      return { variables: { input: { url: `https://${url}`, clientIDList: ['sts.amazonaws.com'] } }, resourceArns: [openIdConnectProviderArn(scope.accountId, url)] };
    },
  },
  deleteOpenIDConnectProvider: {
    document: 'mutation ($input: DeleteOpenIDConnectProviderInput!) { deleteOpenIDConnectProvider(input: $input) }',
    async prepare(scope) {
      const provider = await targetOpenIdConnectProvider(scope);
      return { variables: { input: { openIDConnectProviderArn: provider.arn } }, resourceArns: [provider.arn] };
    },
  },
  addClientIDToOpenIDConnectProvider: {
    document: 'mutation ($input: OpenIDConnectProviderClientIDInput!) { addClientIDToOpenIDConnectProvider(input: $input) { clientIDList } }',
    async prepare(scope) {
      const provider = await targetOpenIdConnectProvider(scope);
      return { variables: { input: { openIDConnectProviderArn: provider.arn, clientID: 'matrix-client' } }, resourceArns: [provider.arn] };
    },
  },
  removeClientIDFromOpenIDConnectProvider: {
    document: 'mutation ($input: OpenIDConnectProviderClientIDInput!) { removeClientIDFromOpenIDConnectProvider(input: $input) { clientIDList } }',
    async prepare(scope) {
      const provider = await targetOpenIdConnectProvider(scope);
      return { variables: { input: { openIDConnectProviderArn: provider.arn, clientID: 'sts.amazonaws.com' } }, resourceArns: [provider.arn] };
    },
  },
  updateOpenIDConnectProviderThumbprint: {
    document: 'mutation ($input: UpdateOpenIDConnectProviderThumbprintInput!) { updateOpenIDConnectProviderThumbprint(input: $input) { thumbprintList } }',
    async prepare(scope) {
      const provider = await targetOpenIdConnectProvider(scope);
      return { variables: { input: { openIDConnectProviderArn: provider.arn, thumbprintList: ['a'.repeat(40)] } }, resourceArns: [provider.arn] };
    },
  },
  tagOpenIDConnectProvider: {
    document: 'mutation ($input: TagOpenIDConnectProviderInput!) { tagOpenIDConnectProvider(input: $input) { arn } }',
    async prepare(scope) {
      const provider = await targetOpenIdConnectProvider(scope);
      return { variables: { input: { openIDConnectProviderArn: provider.arn, tags: [{ key: 'team', value: 'matrix' }] } }, resourceArns: [provider.arn] };
    },
  },
  untagOpenIDConnectProvider: {
    document: 'mutation ($input: UntagOpenIDConnectProviderInput!) { untagOpenIDConnectProvider(input: $input) { arn } }',
    async prepare(scope) {
      const provider = await targetOpenIdConnectProvider(scope, { team: 'matrix' });
      return { variables: { input: { openIDConnectProviderArn: provider.arn, tagKeys: ['team'] } }, resourceArns: [provider.arn] };
    },
  },

  // Managed policies
  getPolicy: {
    document: 'query ($policyArn: String!) { getPolicy(policyArn: $policyArn) { arn } }',
    async prepare(scope) {
      const policy = await targetPolicy(scope);
      return { variables: { policyArn: policy.arn }, resourceArns: [policy.arn] };
    },
  },
  listPolicies: { document: '{ listPolicies(scope: Local) { totalCount } }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },
  listPolicyTags: {
    document: 'query ($policyArn: String!) { listPolicyTags(policyArn: $policyArn) { totalCount } }',
    async prepare(scope) {
      const policy = await targetPolicy(scope);
      await scope.prisma.policyTag.create({ data: { policyId: policy.id, key: 'team', value: 'matrix' } });
      return { variables: { policyArn: policy.arn }, resourceArns: [policy.arn] };
    },
  },
  createPolicy: {
    document: 'mutation ($input: CreatePolicyInput!) { createPolicy(input: $input) { arn } }',
    async prepare(scope) {
      const policyName = scope.unique('new-policy');
      return { variables: { input: { policyName, policyDocument: simpleDocument } }, resourceArns: [arnOf(scope.accountId, 'policy', policyName)] };
    },
  },
  deletePolicy: {
    document: 'mutation ($input: DeletePolicyInput!) { deletePolicy(input: $input) }',
    async prepare(scope) {
      const policy = await targetPolicy(scope);
      return { variables: { input: { policyArn: policy.arn } }, resourceArns: [policy.arn] };
    },
  },
  tagPolicy: {
    document: 'mutation ($input: TagPolicyInput!) { tagPolicy(input: $input) { arn } }',
    async prepare(scope) {
      const policy = await targetPolicy(scope);
      return { variables: { input: { policyArn: policy.arn, tags: [{ key: 'team', value: 'matrix' }] } }, resourceArns: [policy.arn] };
    },
  },
  untagPolicy: {
    document: 'mutation ($input: UntagPolicyInput!) { untagPolicy(input: $input) { arn } }',
    async prepare(scope) {
      const policy = await targetPolicy(scope);
      await scope.prisma.policyTag.create({ data: { policyId: policy.id, key: 'team', value: 'matrix' } });
      return { variables: { input: { policyArn: policy.arn, tagKeys: ['team'] } }, resourceArns: [policy.arn] };
    },
  },

  // Policy versions
  getPolicyVersion: {
    document: 'query ($policyArn: String!) { getPolicyVersion(policyArn: $policyArn, versionId: "v1") { versionId } }',
    async prepare(scope) {
      const policy = await targetPolicy(scope);
      return { variables: { policyArn: policy.arn }, resourceArns: [policy.arn] };
    },
  },
  listPolicyVersions: {
    document: 'query ($policyArn: String!) { listPolicyVersions(policyArn: $policyArn) { totalCount } }',
    async prepare(scope) {
      const policy = await targetPolicy(scope, 2);
      return { variables: { policyArn: policy.arn }, resourceArns: [policy.arn] };
    },
  },
  createPolicyVersion: {
    document: 'mutation ($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { versionId } }',
    async prepare(scope) {
      const policy = await targetPolicy(scope);
      return { variables: { input: { policyArn: policy.arn, policyDocument: simpleDocument, setAsDefault: true } }, resourceArns: [policy.arn] };
    },
  },
  setDefaultPolicyVersion: {
    document: 'mutation ($input: PolicyVersionInput!) { setDefaultPolicyVersion(input: $input) { versionId } }',
    async prepare(scope) {
      const policy = await targetPolicy(scope, 2);
      return { variables: { input: { policyArn: policy.arn, versionId: 'v1' } }, resourceArns: [policy.arn] };
    },
  },
  deletePolicyVersion: {
    document: 'mutation ($input: PolicyVersionInput!) { deletePolicyVersion(input: $input) }',
    async prepare(scope) {
      const policy = await targetPolicy(scope, 2);
      return { variables: { input: { policyArn: policy.arn, versionId: 'v1' } }, resourceArns: [policy.arn] };
    },
  },

  // Policy attachments: authorized on the identity, as AWS does (the policy is the iam:PolicyARN condition key)
  attachUserPolicy: {
    document: 'mutation ($input: UserPolicyAttachmentInput!) { attachUserPolicy(input: $input) { arn } }',
    async prepare(scope) {
      const [user, policy] = await Promise.all([targetUser(scope), targetPolicy(scope)]);
      return { variables: { input: { userName: user.userName, policyArn: policy.arn } }, resourceArns: [user.arn] };
    },
  },
  detachUserPolicy: {
    document: 'mutation ($input: UserPolicyAttachmentInput!) { detachUserPolicy(input: $input) { arn } }',
    async prepare(scope) {
      const [user, policy] = await Promise.all([targetUser(scope), targetPolicy(scope)]);
      await scope.prisma.userPolicyAttachment.create({ data: { userId: user.id, policyId: policy.id } });
      return { variables: { input: { userName: user.userName, policyArn: policy.arn } }, resourceArns: [user.arn] };
    },
  },
  attachGroupPolicy: {
    document: 'mutation ($input: GroupPolicyAttachmentInput!) { attachGroupPolicy(input: $input) { arn } }',
    async prepare(scope) {
      const [group, policy] = await Promise.all([targetGroup(scope), targetPolicy(scope)]);
      return { variables: { input: { groupName: group.groupName, policyArn: policy.arn } }, resourceArns: [group.arn] };
    },
  },
  detachGroupPolicy: {
    document: 'mutation ($input: GroupPolicyAttachmentInput!) { detachGroupPolicy(input: $input) { arn } }',
    async prepare(scope) {
      const [group, policy] = await Promise.all([targetGroup(scope), targetPolicy(scope)]);
      await scope.prisma.groupPolicyAttachment.create({ data: { groupId: group.id, policyId: policy.id } });
      return { variables: { input: { groupName: group.groupName, policyArn: policy.arn } }, resourceArns: [group.arn] };
    },
  },
  attachRolePolicy: {
    document: 'mutation ($input: RolePolicyAttachmentInput!) { attachRolePolicy(input: $input) { arn } }',
    async prepare(scope) {
      const [role, policy] = await Promise.all([targetRole(scope), targetPolicy(scope)]);
      return { variables: { input: { roleName: role.roleName, policyArn: policy.arn } }, resourceArns: [role.arn] };
    },
  },
  detachRolePolicy: {
    document: 'mutation ($input: RolePolicyAttachmentInput!) { detachRolePolicy(input: $input) { arn } }',
    async prepare(scope) {
      const [role, policy] = await Promise.all([targetRole(scope), targetPolicy(scope)]);
      await scope.prisma.rolePolicyAttachment.create({ data: { roleId: role.id, policyId: policy.id } });
      return { variables: { input: { roleName: role.roleName, policyArn: policy.arn } }, resourceArns: [role.arn] };
    },
  },
  listAttachedUserPolicies: {
    document: 'query ($userName: String!) { listAttachedUserPolicies(userName: $userName) { totalCount } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { userName: user.userName }, resourceArns: [user.arn] };
    },
  },
  listAttachedGroupPolicies: {
    document: 'query ($groupName: String!) { listAttachedGroupPolicies(groupName: $groupName) { totalCount } }',
    async prepare(scope) {
      const group = await targetGroup(scope);
      return { variables: { groupName: group.groupName }, resourceArns: [group.arn] };
    },
  },
  listAttachedRolePolicies: {
    document: 'query ($roleName: String!) { listAttachedRolePolicies(roleName: $roleName) { totalCount } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { roleName: role.roleName }, resourceArns: [role.arn] };
    },
  },
  listEntitiesForPolicy: {
    document: 'query ($policyArn: String!) { listEntitiesForPolicy(policyArn: $policyArn) { __typename } }',
    async prepare(scope) {
      const policy = await targetPolicy(scope);
      return { variables: { policyArn: policy.arn }, resourceArns: [policy.arn] };
    },
  },

  // Inline policies: authorized on the owner
  putUserPolicy: {
    document: 'mutation ($input: PutUserPolicyInput!) { putUserPolicy(input: $input) { policyName } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { input: { userName: user.userName, policyName: 'Inline', policyDocument: simpleDocument } }, resourceArns: [user.arn] };
    },
  },
  getUserPolicy: {
    document: 'query ($userName: String!) { getUserPolicy(userName: $userName, policyName: "Inline") { policyName } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      await scope.prisma.userPolicy.create({ data: { userId: user.id, policyName: 'Inline', policyDocument: simpleDocument } });
      return { variables: { userName: user.userName }, resourceArns: [user.arn] };
    },
  },
  deleteUserPolicy: {
    document: 'mutation ($input: DeleteUserPolicyInput!) { deleteUserPolicy(input: $input) }',
    async prepare(scope) {
      const user = await targetUser(scope);
      await scope.prisma.userPolicy.create({ data: { userId: user.id, policyName: 'Inline', policyDocument: simpleDocument } });
      return { variables: { input: { userName: user.userName, policyName: 'Inline' } }, resourceArns: [user.arn] };
    },
  },
  listUserPolicies: {
    document: 'query ($userName: String!) { listUserPolicies(userName: $userName) { totalCount } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { userName: user.userName }, resourceArns: [user.arn] };
    },
  },
  putGroupPolicy: {
    document: 'mutation ($input: PutGroupPolicyInput!) { putGroupPolicy(input: $input) { policyName } }',
    async prepare(scope) {
      const group = await targetGroup(scope);
      return { variables: { input: { groupName: group.groupName, policyName: 'Inline', policyDocument: simpleDocument } }, resourceArns: [group.arn] };
    },
  },
  getGroupPolicy: {
    document: 'query ($groupName: String!) { getGroupPolicy(groupName: $groupName, policyName: "Inline") { policyName } }',
    async prepare(scope) {
      const group = await targetGroup(scope);
      await scope.prisma.groupPolicy.create({ data: { groupId: group.id, policyName: 'Inline', policyDocument: simpleDocument } });
      return { variables: { groupName: group.groupName }, resourceArns: [group.arn] };
    },
  },
  deleteGroupPolicy: {
    document: 'mutation ($input: DeleteGroupPolicyInput!) { deleteGroupPolicy(input: $input) }',
    async prepare(scope) {
      const group = await targetGroup(scope);
      await scope.prisma.groupPolicy.create({ data: { groupId: group.id, policyName: 'Inline', policyDocument: simpleDocument } });
      return { variables: { input: { groupName: group.groupName, policyName: 'Inline' } }, resourceArns: [group.arn] };
    },
  },
  listGroupPolicies: {
    document: 'query ($groupName: String!) { listGroupPolicies(groupName: $groupName) { totalCount } }',
    async prepare(scope) {
      const group = await targetGroup(scope);
      return { variables: { groupName: group.groupName }, resourceArns: [group.arn] };
    },
  },
  putRolePolicy: {
    document: 'mutation ($input: PutRolePolicyInput!) { putRolePolicy(input: $input) { policyName } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { input: { roleName: role.roleName, policyName: 'Inline', policyDocument: simpleDocument } }, resourceArns: [role.arn] };
    },
  },
  getRolePolicy: {
    document: 'query ($roleName: String!) { getRolePolicy(roleName: $roleName, policyName: "Inline") { policyName } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      await scope.prisma.rolePolicy.create({ data: { roleId: role.id, policyName: 'Inline', policyDocument: simpleDocument } });
      return { variables: { roleName: role.roleName }, resourceArns: [role.arn] };
    },
  },
  deleteRolePolicy: {
    document: 'mutation ($input: DeleteRolePolicyInput!) { deleteRolePolicy(input: $input) }',
    async prepare(scope) {
      const role = await targetRole(scope);
      await scope.prisma.rolePolicy.create({ data: { roleId: role.id, policyName: 'Inline', policyDocument: simpleDocument } });
      return { variables: { input: { roleName: role.roleName, policyName: 'Inline' } }, resourceArns: [role.arn] };
    },
  },
  listRolePolicies: {
    document: 'query ($roleName: String!) { listRolePolicies(roleName: $roleName) { totalCount } }',
    async prepare(scope) {
      const role = await targetRole(scope);
      return { variables: { roleName: role.roleName }, resourceArns: [role.arn] };
    },
  },

  // Permissions boundaries: authorized on the user or role (the policy is the iam:PermissionsBoundary condition key)
  putUserPermissionsBoundary: {
    document: 'mutation ($input: PutUserPermissionsBoundaryInput!) { putUserPermissionsBoundary(input: $input) { arn } }',
    async prepare(scope) {
      const [user, policy] = await Promise.all([targetUser(scope), targetPolicy(scope)]);
      return { variables: { input: { userName: user.userName, permissionsBoundary: policy.arn } }, resourceArns: [user.arn] };
    },
  },
  deleteUserPermissionsBoundary: {
    document: 'mutation ($input: DeleteUserPermissionsBoundaryInput!) { deleteUserPermissionsBoundary(input: $input) { arn } }',
    async prepare(scope) {
      const [user, policy] = await Promise.all([targetUser(scope), targetPolicy(scope)]);
      await scope.prisma.user.update({ where: { id: user.id }, data: { permissionsBoundaryPolicyId: policy.id } });
      return { variables: { input: { userName: user.userName } }, resourceArns: [user.arn] };
    },
  },
  putRolePermissionsBoundary: {
    document: 'mutation ($input: PutRolePermissionsBoundaryInput!) { putRolePermissionsBoundary(input: $input) { arn } }',
    async prepare(scope) {
      const [role, policy] = await Promise.all([targetRole(scope), targetPolicy(scope)]);
      return { variables: { input: { roleName: role.roleName, permissionsBoundary: policy.arn } }, resourceArns: [role.arn] };
    },
  },
  deleteRolePermissionsBoundary: {
    document: 'mutation ($input: DeleteRolePermissionsBoundaryInput!) { deleteRolePermissionsBoundary(input: $input) { arn } }',
    async prepare(scope) {
      const [role, policy] = await Promise.all([targetRole(scope), targetPolicy(scope)]);
      await scope.prisma.role.update({ where: { id: role.id }, data: { permissionsBoundaryPolicyId: policy.id } });
      return { variables: { input: { roleName: role.roleName } }, resourceArns: [role.arn] };
    },
  },

  // Access keys
  listAccessKeys: {
    document: 'query ($userName: String) { listAccessKeys(userName: $userName) { totalCount } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { userName: user.userName }, resourceArns: [user.arn] };
    },
  },
  getAccessKeyLastUsed: {
    document: 'query ($accessKeyId: String!) { getAccessKeyLastUsed(accessKeyId: $accessKeyId) { userName } }',
    async prepare(scope) {
      const { user, accessKeyId } = await targetAccessKey(scope);
      return { variables: { accessKeyId }, resourceArns: [user.arn] };
    },
  },
  createAccessKey: {
    document: 'mutation ($input: CreateAccessKeyInput) { createAccessKey(input: $input) { accessKeyId } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { input: { userName: user.userName } }, resourceArns: [user.arn] };
    },
  },
  updateAccessKey: {
    document: 'mutation ($input: UpdateAccessKeyInput!) { updateAccessKey(input: $input) { status } }',
    async prepare(scope) {
      const { user, accessKeyId } = await targetAccessKey(scope);
      return { variables: { input: { userName: user.userName, accessKeyId, status: 'Inactive' } }, resourceArns: [user.arn] };
    },
  },
  deleteAccessKey: {
    document: 'mutation ($input: DeleteAccessKeyInput!) { deleteAccessKey(input: $input) }',
    async prepare(scope) {
      const { user, accessKeyId } = await targetAccessKey(scope);
      return { variables: { input: { userName: user.userName, accessKeyId } }, resourceArns: [user.arn] };
    },
  },

  // Login profiles
  getLoginProfile: {
    document: 'query ($userName: String!) { getLoginProfile(userName: $userName) { userName } }',
    async prepare(scope) {
      const user = await targetUserWithPassword(scope);
      return { variables: { userName: user.userName }, resourceArns: [user.arn] };
    },
  },
  createLoginProfile: {
    document: 'mutation ($input: CreateLoginProfileInput!) { createLoginProfile(input: $input) { userName } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { input: { userName: user.userName, password: 'Matrix!Passw0rd' } }, resourceArns: [user.arn] };
    },
  },
  updateLoginProfile: {
    document: 'mutation ($input: UpdateLoginProfileInput!) { updateLoginProfile(input: $input) { userName } }',
    async prepare(scope) {
      const user = await targetUserWithPassword(scope);
      return { variables: { input: { userName: user.userName, passwordResetRequired: true } }, resourceArns: [user.arn] };
    },
  },
  deleteLoginProfile: {
    document: 'mutation ($input: DeleteLoginProfileInput!) { deleteLoginProfile(input: $input) }',
    async prepare(scope) {
      const user = await targetUserWithPassword(scope);
      return { variables: { input: { userName: user.userName } }, resourceArns: [user.arn] };
    },
  },

  // MFA devices
  listVirtualMFADevices: {
    document: '{ listVirtualMFADevices(assignmentStatus: Any) { totalCount } }',
    prepare: async () => ({ variables: {}, resourceArns: ['*'] }),
  },
  listMFADevices: {
    document: 'query ($userName: String) { listMFADevices(userName: $userName) { totalCount } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { userName: user.userName }, resourceArns: [user.arn] };
    },
  },
  createVirtualMFADevice: {
    document: 'mutation ($input: CreateVirtualMFADeviceInput!) { createVirtualMFADevice(input: $input) { serialNumber } }',
    async prepare(scope) {
      const deviceName = scope.unique('new-device');
      return { variables: { input: { virtualMFADeviceName: deviceName } }, resourceArns: [mfaDeviceArn(scope.accountId, '/', deviceName)] };
    },
  },
  enableMFADevice: {
    document: 'mutation ($input: EnableMFADeviceInput!) { enableMFADevice(input: $input) { serialNumber } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      const { serialNumber, seed } = await targetMfaDevice(scope);
      // Two consecutive codes of the device's own seed, as the user's authenticator app would show them.
      const now = Date.now();
      const [authenticationCode1, authenticationCode2] = [generateTotpCode(seed, new Date(now - 30_000)), generateTotpCode(seed, new Date(now))];
      return { variables: { input: { userName: user.userName, serialNumber, authenticationCode1, authenticationCode2 } }, resourceArns: [user.arn] };
    },
  },
  deactivateMFADevice: {
    document: 'mutation ($input: DeactivateMFADeviceInput!) { deactivateMFADevice(input: $input) }',
    async prepare(scope) {
      const user = await targetUser(scope);
      const { serialNumber } = await targetMfaDevice(scope, user);
      return { variables: { input: { userName: user.userName, serialNumber } }, resourceArns: [user.arn] };
    },
  },
  deleteVirtualMFADevice: {
    document: 'mutation ($input: DeleteVirtualMFADeviceInput!) { deleteVirtualMFADevice(input: $input) }',
    async prepare(scope) {
      const { serialNumber } = await targetMfaDevice(scope);
      return { variables: { input: { serialNumber } }, resourceArns: [serialNumber] };
    },
  },

  // Account
  listAccountAliases: { document: '{ listAccountAliases }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },
  createAccountAlias: {
    document: 'mutation ($input: CreateAccountAliasInput!) { createAccountAlias(input: $input) }',
    async prepare(scope) {
      return { variables: { input: { accountAlias: scope.unique('alias').toLowerCase() } }, resourceArns: ['*'] };
    },
  },
  deleteAccountAlias: {
    document: 'mutation ($input: DeleteAccountAliasInput!) { deleteAccountAlias(input: $input) }',
    async prepare(scope) {
      const accountAlias = scope.unique('alias').toLowerCase();
      await scope.prisma.account.update({ where: { id: scope.accountId }, data: { alias: accountAlias } });
      return { variables: { input: { accountAlias } }, resourceArns: ['*'] };
    },
  },
  getAccountPasswordPolicy: {
    document: '{ getAccountPasswordPolicy { __typename } }',
    async prepare(scope) {
      await targetPasswordPolicy(scope);
      return { variables: {}, resourceArns: ['*'] };
    },
  },
  updateAccountPasswordPolicy: {
    document: 'mutation { updateAccountPasswordPolicy(input: { minimumPasswordLength: 8 }) { minimumPasswordLength } }',
    prepare: async () => ({ variables: {}, resourceArns: ['*'] }),
  },
  deleteAccountPasswordPolicy: {
    document: 'mutation { deleteAccountPasswordPolicy }',
    async prepare(scope) {
      await targetPasswordPolicy(scope);
      return { variables: {}, resourceArns: ['*'] };
    },
  },
  getAccountSummary: { document: '{ getAccountSummary { __typename } }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },
  getAccountAuthorizationDetails: {
    document: '{ getAccountAuthorizationDetails { __typename } }',
    prepare: async () => ({ variables: {}, resourceArns: ['*'] }),
  },
  generateCredentialReport: { document: 'mutation { generateCredentialReport { __typename } }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },
  getCredentialReport: { document: '{ getCredentialReport { __typename } }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },
  getLiveCredentialReport: { document: '{ getLiveCredentialReport { __typename } }', prepare: async () => ({ variables: {}, resourceArns: ['*'] }) },

  // Action catalog: reference data for any authenticated caller
  catalogServices: { document: '{ catalogServices { __typename } }', prepare: async () => ({ variables: {}, resourceArns: [] }) },
  catalogService: { document: '{ catalogService(prefix: "iam") { __typename } }', prepare: async () => ({ variables: {}, resourceArns: [] }) },
  catalogGlobalConditionKeys: { document: '{ catalogGlobalConditionKeys { __typename } }', prepare: async () => ({ variables: {}, resourceArns: [] }) },
  customServices: { document: '{ customServices { __typename } }', prepare: async () => ({ variables: {}, resourceArns: [] }) },

  // Policy tools
  validatePolicy: {
    document: 'query ($doc: String!) { validatePolicy(policyDocument: $doc, policyType: IDENTITY_POLICY) { __typename } }',
    prepare: async () => ({ variables: { doc: simpleDocument }, resourceArns: ['*'] }),
  },
  simulateCustomPolicy: {
    document: 'query ($doc: String!) { simulateCustomPolicy(input: { actionNames: ["iam:GetUser"], policyInputList: [$doc] }) { __typename } }',
    prepare: async () => ({ variables: { doc: simpleDocument }, resourceArns: ['*'] }),
  },
  simulatePrincipalPolicy: {
    document: 'query ($arn: String!) { simulatePrincipalPolicy(input: { actionNames: ["iam:GetUser"], policySourceArn: $arn }) { __typename } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { arn: user.arn }, resourceArns: [user.arn] };
    },
  },
  authorize: {
    document: 'query ($input: AuthorizeInput!) { authorize(input: $input) { decision } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      const input = { action: 'orders:GetOrder', resource: `arn:aws:orders:us-east-1:${scope.accountId}:order/1`, principalArn: user.arn };
      return { variables: { input }, resourceArns: [`arn:aws:gatehouse::${scope.accountId}:service/orders`] };
    },
  },
  authorizeBatch: {
    document: 'query ($inputs: [AuthorizeInput!]!) { authorizeBatch(inputs: $inputs) { decision } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      const inputs = ['orders:GetOrder', 'inventory:GetItem'].map((action) => ({ action, resource: '*', principalArn: user.arn }));
      const resourceArns = ['orders', 'inventory'].map((prefix) => `arn:aws:gatehouse::${scope.accountId}:service/${prefix}`);
      return { variables: { inputs }, resourceArns };
    },
  },
  getPrincipalPolicies: {
    document: 'query ($arn: String!) { getPrincipalPolicies(principalArn: $arn) { __typename } }',
    async prepare(scope) {
      const user = await targetUser(scope);
      return { variables: { arn: user.arn }, resourceArns: ['*'] };
    },
  },
};
