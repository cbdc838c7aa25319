import type { Page } from 'playwright-core';
import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { consoleUrl } from './harness/console-url';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { signedInGraphql, signedInGraphqlData } from './harness/signed-in-graphql';
import { SignInPage } from './pages/sign-in-page';

/** Deleting a user from the Users list completes with everything the user holds, or changes nothing and says why. */
describe('Delete user', () => {
  const browser = browserSignedInAsRoot();

  afterEach(() => {
    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  const mutation = (page: Page, document: string, input: Record<string, unknown>) => signedInGraphqlData(page, document, { input });

  /** A user in Developers with a password, an access key, an inline policy and an attached one, made as root. */
  async function userHoldingEverything(page: Page, userName: string): Promise<void> {
    await mutation(page, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { userName } }', { userName });
    await mutation(page, 'mutation ($input: GroupMembershipInput!) { addUserToGroup(input: $input) { groupName } }', { userName, groupName: 'Developers' });
    await mutation(page, 'mutation ($input: CreateLoginProfileInput!) { createLoginProfile(input: $input) { userName } }', {
      userName,
      password: 'Leaving-Password-2026!',
      passwordResetRequired: false,
    });
    await mutation(page, 'mutation ($input: CreateAccessKeyInput) { createAccessKey(input: $input) { accessKeyId } }', { userName });
    await mutation(page, 'mutation ($input: PutUserPolicyInput!) { putUserPolicy(input: $input) { policyName } }', {
      userName,
      policyName: 'Inline',
      policyDocument: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] }),
    });
    await mutation(page, 'mutation ($input: UserPolicyAttachmentInput!) { attachUserPolicy(input: $input) { arn } }', {
      userName,
      policyArn: 'arn:aws:iam::aws:policy/ReadOnlyAccess',
    });
  }

  async function deleteFromUsersList(page: Page, userName: string): Promise<void> {
    await page.goto(consoleUrl('/users'));
    await page.getByRole('searchbox', { name: 'Filter users' }).fill(userName);
    await page.getByRole('checkbox', { name: `Select ${userName}` }).check();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Delete ${userName}?` });
    await dialog.getByLabel('Deletion confirmation').fill('delete');
    await dialog.getByRole('button', { name: 'Delete' }).click();
  }

  it('deletes a user with its group membership, password, access key and policies', async () => {
    const { page } = browser;
    await userHoldingEverything(page, 'leaver');
    await deleteFromUsersList(page, 'leaver');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    const gone = await signedInGraphql(page, 'query { getUser(userName: "leaver") { userName } }');
    expect(gone.errors?.[0]?.extensions?.code).toBe('NoSuchEntity');
    const developers = await signedInGraphqlData<{ getGroup: { users: { edges: { node: { userName: string } }[] } } }>(
      page,
      'query { getGroup(groupName: "Developers") { users { edges { node { userName } } } } }',
    );
    expect(developers.getGroup.users.edges.map((edge) => edge.node.userName)).not.toContain('leaver');
  });

  it('refuses as a whole when one step is not allowed, naming the action, and the user keeps everything', async () => {
    const { page } = browser;
    const signIn = new SignInPage(page);
    await userHoldingEverything(page, 'keeper');
    await mutation(page, 'mutation ($input: CreateUserInput!) { createUser(input: $input) { userName } }', { userName: 'half-admin' });
    await mutation(page, 'mutation ($input: CreateLoginProfileInput!) { createLoginProfile(input: $input) { userName } }', {
      userName: 'half-admin',
      password: 'Half-Admin-Password-2026!',
      passwordResetRequired: false,
    });
    await mutation(page, 'mutation ($input: PutUserPolicyInput!) { putUserPolicy(input: $input) { policyName } }', {
      userName: 'half-admin',
      policyName: 'AllIamButDetach',
      policyDocument: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: 'iam:*', Resource: '*' },
          { Effect: 'Deny', Action: 'iam:DetachUserPolicy', Resource: '*' },
        ],
      }),
    });
    await signIn.signOut(production.alias);
    await signIn.open(`?account=${production.alias}`);
    await signIn.submitIamUser(production.alias, 'half-admin', 'Half-Admin-Password-2026!');
    await signIn.waitForDashboard();

    await deleteFromUsersList(page, 'keeper');
    const dialog = page.getByRole('dialog', { name: 'Delete keeper?' });
    await dialog.getByText("You don't have permission to iam:DetachUserPolicy").waitFor();
    await dialog.getByTestId('delete-user-unchanged').waitFor();
    await saveScreenshot(page, 'delete-user-refused');

    const kept = await signedInGraphqlData<{
      getUser: { userName: string; groups: { groupName: string }[] };
      listAccessKeys: { edges: unknown[] };
      listUserPolicies: { totalCount: number };
      getLoginProfile: { userName: string };
    }>(
      page,
      `query {
        getUser(userName: "keeper") { userName groups { groupName } }
        listAccessKeys(userName: "keeper") { edges { node { accessKeyId } } }
        listUserPolicies(userName: "keeper") { totalCount }
        getLoginProfile(userName: "keeper") { userName }
      }`,
    );
    expect(kept.getUser.groups.map((group) => group.groupName)).toEqual(['Developers']);
    expect(kept.listAccessKeys.edges).toHaveLength(1);
    expect(kept.listUserPolicies.totalCount).toBe(1);
    expect(kept.getLoginProfile.userName).toBe('keeper');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await signIn.signOut(`half-admin @ ${production.alias}`);

    // Leave only the seeded users, which the other browser tests count.
    await signIn.signInAsRoot(production.rootEmail, production.rootPassword);
    for (const userName of ['keeper', 'half-admin']) {
      await signedInGraphqlData(page, 'mutation ($input: DeleteUserInput!) { deleteUserAndDependents(input: $input) { userName } }', { input: { userName } });
    }
  });
});
