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

const sectionHrefs = consoleNavigationItems.flatMap((item) =>
  item.type === 'section' ? item.items.flatMap((link) => (link.type === 'link' ? [link.href] : [])) : [],
);

/** The navigation entry a page belongs to: /policies/create highlights Policies; anything else, Dashboard. */
export function activeNavigationHref(pathname: string): string {
  return sectionHrefs.find((href) => pathname === href || pathname.startsWith(`${href}/`)) ?? '/';
}
