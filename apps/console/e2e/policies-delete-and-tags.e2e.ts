import { browserSignedInAsRoot } from './harness/browser-signed-in-as-root';
import { consoleUrl } from './harness/console-url';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { signedInGraphql, signedInGraphqlData } from './harness/signed-in-graphql';

const document = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });
const policyArnOf = (policyName: string) => `arn:aws:iam::${production.accountId}:policy/${policyName}`;

describe('Policies: delete (with its attachments and versions) and tags', () => {
  const browser = browserSignedInAsRoot();

  /** A customer managed policy made through the API, with a second, non-default version. */
  async function createPolicy(policyName: string, tags: Array<{ key: string; value: string }> = []): Promise<string> {
    const { page } = browser;
    const { createPolicy } = await signedInGraphqlData(page, 'mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { arn } }', {
      input: { policyName, policyDocument: document('s3:ListAllMyBuckets'), tags },
    });
    await signedInGraphqlData(page, 'mutation($input: CreatePolicyVersionInput!) { createPolicyVersion(input: $input) { versionId } }', {
      input: { policyArn: createPolicy.arn, policyDocument: document('s3:GetObject') },
    });
    return createPolicy.arn;
  }

  async function policyErrorCode(policyArn: string): Promise<string | undefined> {
    const { errors } = await signedInGraphql(browser.page, 'query($policyArn: String!) { getPolicy(policyArn: $policyArn) { arn } }', { policyArn });
    return errors?.[0]?.extensions?.code;
  }

  it('deletes a policy attached to a user, a group and a role from the Policies list, typing its name; AWS managed ones cannot be deleted', async () => {
    const { page } = browser;
    const policyArn = await createPolicy('E2EDeleteFromList');
    await signedInGraphqlData(page, 'mutation { createUser(input: { userName: "policy-delete-e2e" }) { userName } createGroup(input: { groupName: "PolicyDeleteE2E" }) { groupName } }');
    await signedInGraphqlData(
      page,
      `mutation($policyArn: String!) {
        attachUserPolicy(input: { userName: "policy-delete-e2e", policyArn: $policyArn }) { arn }
        attachGroupPolicy(input: { groupName: "PolicyDeleteE2E", policyArn: $policyArn }) { arn }
        attachRolePolicy(input: { roleName: "WebsiteRole", policyArn: $policyArn }) { arn }
      }`,
      { policyArn },
    );

    await page.goto(consoleUrl('/policies'));
    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('AdministratorAccess');
    await page.getByRole('radio', { name: 'Select AdministratorAccess' }).check();
    expect(await page.getByRole('button', { name: 'Delete', exact: true }).isDisabled()).toBe(true);

    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('E2EDeleteFromList');
    await page.getByRole('row', { name: /E2EDeleteFromList/ }).getByText('Permissions policy (3)').waitFor();
    await page.getByRole('radio', { name: 'Select E2EDeleteFromList' }).check();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const modal = page.getByRole('dialog');
    await modal.getByText('Deleting this policy detaches it from the 3 entities it is attached to').waitFor();
    const confirm = modal.getByRole('button', { name: 'Delete', exact: true });
    // The word that deletes users does not delete a policy: AWS asks for the policy name.
    await modal.getByRole('textbox', { name: 'Deletion confirmation' }).fill('delete');
    expect(await confirm.isDisabled()).toBe(true);
    await modal.getByRole('textbox', { name: 'Deletion confirmation' }).fill('E2EDeleteFromList');
    await saveScreenshot(page, 'policy-delete-modal');
    await confirm.click();

    await page.getByText('Policy E2EDeleteFromList deleted.').waitFor();
    await page.getByText('No policies match the filters.').waitFor();
    expect(await policyErrorCode(policyArn)).toBe('NoSuchEntity');
    const attached = await signedInGraphqlData(
      page,
      `{
        listAttachedUserPolicies(userName: "policy-delete-e2e") { edges { node { policyName } } }
        listAttachedRolePolicies(roleName: "WebsiteRole") { edges { node { policyName } } }
      }`,
    );
    expect(attached.listAttachedUserPolicies.edges).toEqual([]);
    expect(attached.listAttachedRolePolicies.edges.map((edge: any) => edge.node.policyName)).not.toContain('E2EDeleteFromList');

    await page.goto(consoleUrl(`/policies/details/${encodeURIComponent('arn:aws:iam::aws:policy/AdministratorAccess')}?tab=tags`));
    await page.getByRole('heading', { name: 'AdministratorAccess', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Permissions', selected: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Delete', exact: true }).count()).toBe(0);
    expect(await page.getByRole('tab', { name: 'Tags' }).count()).toBe(0);
    // The demo environment is shared by every browser test: its counts (the dashboard's users, groups) stay as seeded.
    await signedInGraphqlData(page, 'mutation { deleteUser(input: { userName: "policy-delete-e2e" }) deleteGroup(input: { groupName: "PolicyDeleteE2E" }) }');

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('adds, changes and removes tags on the Tags tab, is refused deletion while a permissions boundary, then deletes from the details page', async () => {
    const { page } = browser;
    const policyArn = await createPolicy('E2ETaggedBoundary', [
      { key: 'Team', value: 'web' },
      { key: 'Owner', value: 'ops' },
    ]);

    await page.goto(consoleUrl(`/policies/details/${encodeURIComponent(policyArn)}?tab=tags`));
    await page.getByRole('heading', { name: 'Tags (2)' }).waitFor();
    const keys = page.getByPlaceholder('Enter key');
    const values = page.getByPlaceholder('Enter value');
    await values.first().waitFor();
    // The API lists tags by key.
    expect(await Promise.all([0, 1].flatMap((i) => [keys.nth(i).inputValue(), values.nth(i).inputValue()]))).toEqual(['Owner', 'ops', 'Team', 'web']);
    await values.nth(1).fill('platform');
    await page.getByRole('button', { name: 'Remove' }).nth(0).click();
    await page.getByRole('button', { name: 'Add new tag' }).click();
    await keys.last().fill('CostCenter');
    await values.last().fill('42');
    await saveScreenshot(page, 'policy-tags-editing');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Tags of E2ETaggedBoundary saved.').waitFor();
    await page.getByRole('heading', { name: 'Tags (2)' }).waitFor();
    const { listPolicyTags } = await signedInGraphqlData(page, 'query($policyArn: String!) { listPolicyTags(policyArn: $policyArn) { edges { node { key value } } } }', { policyArn });
    expect(listPolicyTags.edges.map((edge: any) => edge.node).sort((a: any, b: any) => a.key.localeCompare(b.key))).toEqual([
      { key: 'CostCenter', value: '42' },
      { key: 'Team', value: 'platform' },
    ]);
    await saveScreenshot(page, 'policy-tags');

    await signedInGraphqlData(page, 'mutation($policyArn: String!) { createUser(input: { userName: "bounded-e2e", permissionsBoundary: $policyArn }) { userName } }', { policyArn });
    await page.reload();
    await page.getByRole('heading', { name: 'E2ETaggedBoundary', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    const modal = page.getByRole('dialog');
    await modal.getByText('The policy is used as a permissions boundary').waitFor();
    await modal.getByRole('textbox', { name: 'Deletion confirmation' }).fill('E2ETaggedBoundary');
    expect(await modal.getByRole('button', { name: 'Delete', exact: true }).isDisabled()).toBe(true);
    await saveScreenshot(page, 'policy-delete-blocked-by-boundary');
    await modal.getByRole('button', { name: 'Cancel' }).click();

    await signedInGraphqlData(page, 'mutation { deleteUserPermissionsBoundary(input: { userName: "bounded-e2e" }) { userName } }');
    // From the list to the policy and back without reloading: the list the console already holds must drop it.
    await page.goto(consoleUrl('/policies'));
    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('E2ETaggedBoundary');
    await page.getByRole('link', { name: 'E2ETaggedBoundary', exact: true }).click();
    await page.getByRole('heading', { name: 'E2ETaggedBoundary', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    await modal.getByText('Deleting this policy deletes all of its versions.').waitFor();
    await modal.getByRole('textbox', { name: 'Deletion confirmation' }).fill('E2ETaggedBoundary');
    await modal.getByRole('button', { name: 'Delete', exact: true }).click();
    await page.waitForURL(consoleUrl('/policies'));
    await page.getByText('Policy E2ETaggedBoundary deleted.').waitFor();
    expect(await policyErrorCode(policyArn)).toBe('NoSuchEntity');
    await page.getByRole('searchbox', { name: 'Filter policies' }).fill('E2ETaggedBoundary');
    await page.getByText('No policies match the filters.').waitFor({ timeout: 5_000 });
    await signedInGraphqlData(page, 'mutation { deleteUser(input: { userName: "bounded-e2e" }) }');

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
