import type { SideNavigationProps } from '@cloudscape-design/components/side-navigation';
import { activeHrefIn, activeNavigationHref, consoleNavigationItems } from '../../src/components/console-layout/console-navigation-items';

describe('IAM side navigation', () => {
  it('has IAM sections and entries, in IAM order', () => {
    expect(consoleNavigationItems.map((item) => (item.type === 'section' ? [item.text, item.items.map((i) => (i.type === 'link' ? i.text : ''))] : item.type === 'link' ? item.text : ''))).toEqual([
      'Dashboard',
      ['Access management', ['User groups', 'Users', 'Roles', 'Policies', 'Identity providers', 'Account settings']],
      ['Access reports', ['Credential report', 'Policy simulator', 'Event history']],
    ]);
  });

  it('highlights the entry a page is at or below', () => {
    expect(activeNavigationHref('/policies/create')).toBe('/policies');
    expect(activeNavigationHref('/policies')).toBe('/policies');
    expect(activeNavigationHref('/users/alice')).toBe('/users');
    expect(activeNavigationHref('/identity-providers/create')).toBe('/identity-providers');
    expect(activeNavigationHref('/account-settings/password-policy/edit')).toBe('/account-settings');
    expect(activeNavigationHref('/')).toBe('/');
  });

  it('highlights nothing for a page the navigation does not list, rather than Dashboard', () => {
    expect(activeNavigationHref('/security-credentials')).toBeUndefined();
    // A whole path segment must match: /usersettings is not under /users.
    expect(activeNavigationHref('/usersettings')).toBeUndefined();
    expect(activeNavigationHref('/no/such/page')).toBeUndefined();
  });

  it('prefers the longest entry when entries nest, links and link groups at any depth', () => {
    const items: SideNavigationProps.Item[] = [
      { type: 'link', text: 'Policies', href: '/policies' },
      { type: 'section', text: 'More', items: [{ type: 'link-group', text: 'Create', href: '/create', items: [{ type: 'link', text: 'Create policy', href: '/policies/create' }] }] },
    ];
    expect(activeHrefIn(items, '/policies/create/step-2')).toBe('/policies/create');
    expect(activeHrefIn(items, '/policies/details/x')).toBe('/policies');
    expect(activeHrefIn(items, '/create/role')).toBe('/create');
  });
});
