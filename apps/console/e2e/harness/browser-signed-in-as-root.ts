// The setup most browser tests share: one browser for the describe block, signed in as acme-production's root user.
import { SignInPage } from '../pages/sign-in-page';
import { openBrowser, type ConsoleBrowser } from './browser';
import { production } from './demo-environment';

export type SignedInBrowser = Omit<ConsoleBrowser, 'close'>;

/**
 * Call in a describe block: a browser opened and signed in as the root user before its tests (in a beforeAll, after
 * those declared above the call, such as a file's own API and console) and closed after them. What it returns reads
 * through to that browser, so it is used only inside hooks and tests.
 */
export function browserSignedInAsRoot(): SignedInBrowser {
  let opened: ConsoleBrowser | undefined;
  beforeAll(async () => {
    opened = await openBrowser();
    await new SignInPage(opened.page).signInAsRoot(production.rootEmail, production.rootPassword);
  });
  afterAll(async () => {
    await opened?.close();
  });
  const current = (): ConsoleBrowser => {
    if (!opened) throw new Error('the signed-in browser opens in beforeAll: use it inside hooks and tests');
    return opened;
  };
  return {
    get page() {
      return current().page;
    },
    get context() {
      return current().context;
    },
    get externalRequests() {
      return current().externalRequests;
    },
    get pageErrors() {
      return current().pageErrors;
    },
  };
}
