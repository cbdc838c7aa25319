// IAM's side navigation, same sections and words as the AWS console, and which entry a page belongs to.
import type { SideNavigationProps } from '@cloudscape-design/components/side-navigation';

export const consoleNavigationItems: SideNavigationProps.Item[] = [
  { type: 'link', text: 'Dashboard', href: '/' },
  {
    type: 'section',
    text: 'Access management',
    items: [
      { type: 'link', text: 'User groups', href: '/groups' },
      { type: 'link', text: 'Users', href: '/users' },
      { type: 'link', text: 'Roles', href: '/roles' },
      { type: 'link', text: 'Policies', href: '/policies' },
      { type: 'link', text: 'Identity providers', href: '/identity-providers' },
      { type: 'link', text: 'Account settings', href: '/account-settings' },
    ],
  },
  {
    type: 'section',
    text: 'Access reports',
    items: [
      { type: 'link', text: 'Credential report', href: '/credential-report' },
      { type: 'link', text: 'Policy simulator', href: '/simulator' },
      { type: 'link', text: 'Event history', href: '/event-history' },
    ],
  },
];

/** Every href Cloudscape can mark active (links and link groups), in sections and groups at any depth. */
function linkHrefs(items: readonly SideNavigationProps.Item[]): string[] {
  return items.flatMap((item) => [...('href' in item ? [item.href] : []), ...('items' in item ? linkHrefs(item.items) : [])]);
}

/**
 * The entry of `items` a page belongs to: the longest link href that is the path or a whole-segment prefix of it
 * (/policies/create under Policies, /usersettings not under Users), and none for a page the navigation does not list,
 * as AWS's console leaves My security credentials unhighlighted. A `/` entry thus matches only itself.
 */
export function activeHrefIn(items: readonly SideNavigationProps.Item[], pathname: string): string | undefined {
  return linkHrefs(items)
    .filter((href) => pathname === href || pathname.startsWith(`${href}/`))
    .reduce<string | undefined>((longest, href) => (longest && longest.length >= href.length ? longest : href), undefined);
}

/** The IAM navigation's entry for a page (Cloudscape's `activeHref`), if any. */
export function activeNavigationHref(pathname: string): string | undefined {
  return activeHrefIn(consoleNavigationItems, pathname);
}
