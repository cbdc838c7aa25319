// Identity providers end to end: add a test OIDC issuer as a provider, create a role for it through the wizard's
// "Web identity" choice, then exchange a token from that issuer for the role's credentials. The issuer serves HTTPS
// with the certificates global-setup.ts made, whose CA the API process trusts through NODE_EXTRA_CA_CERTS.
import { OidcTestIssuer, type TestCertificates } from '@gatehouse/api/testing';
import { openBrowser, type ConsoleBrowser } from './harness/browser';
import { production } from './harness/demo-environment';
import { saveScreenshot } from './harness/screenshots';
import { signedInGraphql } from './harness/signed-in-graphql';
import { SignInPage } from './pages/sign-in-page';

const assumeRoleWithWebIdentity = `mutation ($input: AssumeRoleWithWebIdentityInput!) {
  assumeRoleWithWebIdentity(input: $input) { assumedRoleUser { arn } subjectFromWebIdentityToken audience }
}`;

describe('Identity providers', () => {
  let browser: ConsoleBrowser;
  let issuer: OidcTestIssuer;

  beforeAll(async () => {
    const certificates = JSON.parse(process.env.GATEHOUSE_E2E_OIDC_CERTIFICATES ?? 'null') as TestCertificates | null;
    if (!certificates) throw new Error('GATEHOUSE_E2E_OIDC_CERTIFICATES is not set: run the browser tests through jest.e2e.config.cjs');
    issuer = await OidcTestIssuer.start({ certificates });
    browser = await openBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await issuer?.stop();
  });

  it('adds a provider, creates a role that trusts it in the wizard, and the role is assumed with the issuer\'s token', async () => {
    const { page } = browser;
    const tenant = issuer.tenant('cluster');
    const key = await tenant.newKey('ES256');
    const signIn = new SignInPage(page);
    await signIn.signInAsRoot(production.rootEmail, production.rootPassword);

    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Identity providers' }).click();
    await page.getByRole('button', { name: 'Add provider' }).click();
    await page.getByRole('textbox', { name: 'Provider URL' }).fill('http://insecure.example.com');
    await page.getByRole('button', { name: 'Add provider' }).click();
    await page.getByText('Enter a URL that begins with https://, without a query string or fragment.').waitFor();
    await page.getByRole('textbox', { name: 'Provider URL' }).fill(tenant.issuer);
    await page.getByRole('textbox', { name: 'Audience' }).fill('sts.amazonaws.com');
    await saveScreenshot(page, 'identity-provider-add');
    await page.getByRole('button', { name: 'Add provider' }).click();

    await page.getByRole('heading', { name: tenant.providerUrl, level: 1 }).waitFor();
    await page.getByText(`Identity provider ${tenant.providerUrl} added.`).waitFor();
    const providerArn = `arn:aws:iam::${production.accountId}:oidc-provider/${tenant.providerUrl}`;
    await page.getByText(providerArn, { exact: true }).waitFor();
    await page.getByRole('rowheader', { name: 'sts.amazonaws.com' }).waitFor();
    await saveScreenshot(page, 'identity-provider-details');

    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Roles' }).click();
    await page.getByRole('button', { name: 'Create role' }).click();
    await page.getByRole('radio', { name: /^Web identity/ }).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByText('Choose an identity provider.').first().waitFor();
    await page.getByRole('button', { name: /^Identity provider/ }).click();
    await page.getByRole('option', { name: new RegExp(`^${tenant.providerUrl.replace(/[.]/g, '\\.')}`) }).click();
    await page.getByRole('button', { name: /^Audience/ }).getByText('sts.amazonaws.com').waitFor();
    await saveScreenshot(page, 'create-role-web-identity');
    await page.getByRole('button', { name: 'Next', exact: true }).click();
    await page.getByRole('button', { name: 'Next', exact: true }).click();

    await page.getByRole('textbox', { name: 'Role name' }).fill('ClusterDeployer');
    const trustPolicy = await page.locator('.cm-content .cm-line').allTextContents();
    expect(JSON.parse(trustPolicy.join('\n'))).toEqual({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { Federated: providerArn },
          Action: 'sts:AssumeRoleWithWebIdentity',
          Condition: { StringEquals: { [`${tenant.providerUrl}:aud`]: 'sts.amazonaws.com' } },
        },
      ],
    });
    await page.getByRole('button', { name: 'Create role' }).click();
    await page.getByRole('heading', { name: 'ClusterDeployer', level: 1 }).waitFor();
    await page.getByText(`Identity provider: ${tenant.providerUrl}`).first().waitFor();

    // The provider's page lists the role among those that trust it.
    await page.getByRole('navigation', { name: 'Side navigation' }).getByRole('link', { name: 'Identity providers' }).click();
    await page.getByRole('link', { name: tenant.providerUrl, exact: true }).click();
    await page.getByRole('tab', { name: 'Roles' }).click();
    await page.waitForURL(/\?tab=roles$/);
    await page.getByRole('link', { name: 'ClusterDeployer', exact: true }).waitFor();
    await saveScreenshot(page, 'identity-provider-roles');

    // A workload of the cluster exchanges its token: unsigned, through the console's own /graphql.
    const token = await tenant.sign(key, tenant.kubernetesClaims('payments', 'deployer'));
    const roleArn = `arn:aws:iam::${production.accountId}:role/ClusterDeployer`;
    const assumed = await signedInGraphql(page, assumeRoleWithWebIdentity, { input: { roleArn, roleSessionName: 'deployer', webIdentityToken: token } });
    expect(assumed.errors).toBeUndefined();
    expect(assumed.data?.assumeRoleWithWebIdentity).toEqual({
      assumedRoleUser: { arn: `arn:aws:sts::${production.accountId}:assumed-role/ClusterDeployer/deployer` },
      subjectFromWebIdentityToken: 'system:serviceaccount:payments:deployer',
      audience: 'sts.amazonaws.com',
    });
    const wrongAudience = await tenant.sign(key, tenant.kubernetesClaims('payments', 'deployer', 'another-audience'));
    const refused = await signedInGraphql(page, assumeRoleWithWebIdentity, { input: { roleArn, roleSessionName: 'deployer', webIdentityToken: wrongAudience } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('InvalidIdentityToken');

    expect(browser.externalRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
