import { editRoleDraft, sessionDurationText, updateRoleRequest } from '../../src/features/roles/role-details/edit-role';

describe('Edit role', () => {
  it('opens with the stored description and a whole-hour duration as one of the choices, any other as custom', () => {
    expect(editRoleDraft({ description: null, maxSessionDuration: 7200 })).toEqual({ description: '', duration: 7200, customSeconds: '7200' });
    expect(editRoleDraft({ description: 'Deploys', maxSessionDuration: 5400 })).toEqual({ description: 'Deploys', duration: 'custom', customSeconds: '5400' });
  });

  it('makes the UpdateRole input from a choice or a custom number of seconds', () => {
    expect(updateRoleRequest('Deploy', { description: 'Deploys the site', duration: 14400, customSeconds: '3600' })).toEqual({
      kind: 'valid',
      input: { roleName: 'Deploy', description: 'Deploys the site', maxSessionDuration: 14400 },
    });
    expect(updateRoleRequest('Deploy', { description: '', duration: 'custom', customSeconds: ' 5400 ' })).toEqual({
      kind: 'valid',
      input: { roleName: 'Deploy', description: '', maxSessionDuration: 5400 },
    });
  });

  it('refuses what AWS refuses: durations outside 3,600–43,200 seconds and descriptions over 1,000 characters', () => {
    for (const customSeconds of ['3599', '43201', '1.5', 'two hours', '']) {
      expect(updateRoleRequest('Deploy', { description: '', duration: 'custom', customSeconds })).toMatchObject({ kind: 'invalid', durationError: expect.any(String) });
    }
    expect(updateRoleRequest('Deploy', { description: 'x'.repeat(1001), duration: 3600, customSeconds: '' })).toMatchObject({
      kind: 'invalid',
      descriptionError: 'The description can have up to 1,000 characters.',
      durationError: undefined,
    });
  });
});

describe('sessionDurationText', () => {
  it('names whole hours, and the minutes and seconds of a custom duration', () => {
    expect([3600, 14400, 5400, 3661].map(sessionDurationText)).toEqual(['1 hour', '4 hours', '1 hour 30 minutes', '1 hour 1 minute 1 second']);
  });
});
