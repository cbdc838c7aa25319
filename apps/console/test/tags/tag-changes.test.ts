import { tagChanges } from '../../src/components/tags/tag-changes';

describe('tagChanges', () => {
  it('untags removed and renamed keys and tags new or changed values only', () => {
    const stored = [
      { key: 'Environment', value: 'production' },
      { key: 'Team', value: 'web' },
      { key: 'Owner', value: 'ops' },
    ];
    const edited = [
      { key: 'Environment', value: 'production', existing: true },
      { key: 'Team', value: 'platform', existing: true },
      { key: 'Owner', value: 'ops', existing: true, markedForRemoval: true },
      { key: 'CostCenter', value: '42', existing: false },
      { key: ' ', value: '', existing: false },
    ];
    expect(tagChanges(stored, edited)).toEqual({
      removedKeys: ['Owner'],
      upserted: [
        { key: 'Team', value: 'platform' },
        { key: 'CostCenter', value: '42' },
      ],
    });
  });
});
