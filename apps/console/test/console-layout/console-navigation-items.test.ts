import { activeNavigationHref, consoleNavigationItems } from '../../src/components/console-layout/console-navigation-items';

describe('IAM side navigation', () => {
  it('has IAM sections and entries, in IAM order', () => {
    expect(consoleNavigationItems.map((item) => (item.type === 'section' ? [item.text, item.items.map((i) => (i.type === 'link' ? i.text : ''))] : item.type === 'link' ? item.text : ''))).toEqual([
      'Dashboard',
      ['Access management', ['User groups', 'Users', 'Roles', 'Policies', 'Identity providers', 'Account settings']],
      ['Access reports', ['Credential report', 'Policy simulator', 'Event history']],
    ]);
  });

  it('highlights the section a page belongs to', () => {
    expect(activeNavigationHref('/policies/create')).toBe('/policies');
    expect(activeNavigationHref('/users/alice')).toBe('/users');
    expect(activeNavigationHref('/identity-providers/create')).toBe('/identity-providers');
    expect(activeNavigationHref('/usersettings')).toBe('/');
    expect(activeNavigationHref('/')).toBe('/');
  });
});
