import { type PrismaClient } from '@gatehouse/db';
import { GraphQLClient } from '../support/graphql-client';
import { createRootAccount, type RootAccount, type TestApi } from '../support/test-api';
import { userSessionClient } from '../support/user-session';
import { createManagedPolicy, createRole, createUser, type Document } from '../authz/iam-fixtures';
import type { AwsCredentials } from './signed-client';

/**
 * Accounts, users, policies and roles for API-level auth tests. Entities and policies are written as rows (the
 * policy modules are not what these tests are about); credentials are created through the API, so their secrets are
 * sealed by the server exactly as in production.
 */
export class IamWorld {
  constructor(readonly api: TestApi) {}

  get prisma(): PrismaClient {
    return this.api.prisma;
  }

  async account(): Promise<RootAccount & { root: GraphQLClient }> {
    const account = await createRootAccount(this.prisma);
    const root = new GraphQLClient(this.api.graphqlUrl);
    await root.signIn(account.email, account.password);
    return { ...account, root };
  }

  /** An IAM user with the given inline policies (name → document). */
  async user(accountId: string, userName: string, inlinePolicies: Record<string, Document> = {}, options: { path?: string } = {}) {
    const user = await createUser(this.prisma, accountId, userName, options);
    for (const [policyName, document] of Object.entries(inlinePolicies)) {
      await this.prisma.userPolicy.create({ data: { userId: user.id, policyName, policyDocument: JSON.stringify(document) } });
    }
    return user;
  }

  async attachManaged(accountId: string, userId: string, policyName: string, document: Document): Promise<string> {
    const policy = await createManagedPolicy(this.prisma, accountId, policyName, [document]);
    await this.prisma.userPolicyAttachment.create({ data: { userId, policyId: policy.id } });
    return policy.arn;
  }

  /** A console session for the user, as sign-in leaves it. */
  session(accountId: string, userName: string): Promise<GraphQLClient> {
    return userSessionClient(this.prisma, this.api.graphqlUrl, accountId, userName);
  }

  /** A long-term access key created through the API by the account's root user. */
  async accessKey(root: GraphQLClient, userName?: string): Promise<AwsCredentials> {
    const { createAccessKey } = await root.data<{ createAccessKey: AwsCredentials }>(
      'mutation ($input: CreateAccessKeyInput) { createAccessKey(input: $input) { accessKeyId secretAccessKey } }',
      { input: userName === undefined ? null : { userName } },
    );
    return createAccessKey;
  }

  /** A role with the given trust policy and inline permission policies. */
  async role(accountId: string, roleName: string, trustPolicy: Document, inlinePolicies: Record<string, Document> = {}, maxSessionDuration = 3600) {
    const role = await createRole(this.prisma, accountId, roleName);
    await this.prisma.role.update({ where: { id: role.id }, data: { assumeRolePolicyDocument: JSON.stringify(trustPolicy), maxSessionDuration } });
    for (const [policyName, document] of Object.entries(inlinePolicies)) {
      await this.prisma.rolePolicy.create({ data: { roleId: role.id, policyName, policyDocument: JSON.stringify(document) } });
    }
    return role;
  }
}

export const trust = (principal: Document, extra: Document = {}): Document => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: principal, Action: 'sts:AssumeRole', ...extra }],
});
