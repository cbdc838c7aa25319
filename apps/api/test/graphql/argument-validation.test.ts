import 'reflect-metadata';
import { validate, validateSync } from 'class-validator';
import fc from 'fast-check';
import { AwsLength } from '../../src/graphql/aws-constraints';
import { validateArguments, validateInput } from '../../src/graphql/validate-arguments';
import { passesValidation } from '../../src/graphql/validation-precheck';
import { GetUserArgs, ListUsersArgs } from '../../src/modules/users/users.inputs';

const instance = <T extends object>(type: new () => T, values: Partial<T>): T => Object.assign(new type(), values);

// validateInput takes the precheck's yes for a read's arguments: whatever it passes, class-validator passes too, and
// whatever it does not, class-validator refuses and words as AWS does.
describe('argument validation of reads', () => {
  it('passes arguments that satisfy every rule, as class-validator does', async () => {
    for (const args of [instance(GetUserArgs, { userName: 'alice.smith+ci@example' }), instance(GetUserArgs, {}), instance(ListUsersArgs, { first: 1000, pathPrefix: '/division_abc/' })]) {
      expect(passesValidation(args)).toBe(true);
      expect(await validate(args, { forbidUnknownValues: false, skipMissingProperties: true })).toEqual([]);
    }
  });

  it('answers type-graphql for arguments that pass without a promise, and refuses the others as validateInput does', async () => {
    expect(validateArguments(instance(GetUserArgs, { userName: 'alice' }), GetUserArgs, {} as never)).toBeUndefined();
    expect(validateArguments([instance(GetUserArgs, { userName: 'alice' }), instance(GetUserArgs, {})], GetUserArgs, {} as never)).toBeUndefined();
    const tooLong = instance(GetUserArgs, { userName: 'a'.repeat(65) });
    await expect(validateArguments(tooLong, GetUserArgs, {} as never)).rejects.toThrow(/^1 validation error detected: Value '(a+)' at 'userName' failed to satisfy constraint/);
    await expect(validateArguments([instance(GetUserArgs, {}), tooLong], GetUserArgs, {} as never)).rejects.toThrow(/^1 validation error detected/);
  });

  it('leaves a broken rule to class-validator, which words the error as AWS does', async () => {
    const tooLong = instance(GetUserArgs, { userName: 'a'.repeat(65) });
    const badPattern = instance(GetUserArgs, { userName: 'has space' });
    const tooMany = instance(ListUsersArgs, { first: 1001 });
    for (const args of [tooLong, badPattern, tooMany]) expect(passesValidation(args)).toBe(false);
    await expect(validateInput(tooLong)).rejects.toThrow("1 validation error detected: Value 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' at 'userName' failed to satisfy constraint: Member must have length less than or equal to 64");
    await expect(validateInput(badPattern)).rejects.toThrow("at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
    await expect(validateInput(tooMany)).rejects.toThrow("at 'first' failed to satisfy constraint: Member must have value less than or equal to 1000");
  });

  it('passes a length only where class-validator does, surrogate pairs and presentation selectors counted as it counts them', () => {
    class Bounded {
      @AwsLength(3, 5)
      value!: string;
    }
    const units = fc.constantFrom('a', 'é', '\uFE0F', '\uFE0E', '\uD83D', '\uDE00', '😀', '\uFFFF');
    fc.assert(
      fc.property(fc.array(units, { maxLength: 12 }).map((parts) => parts.join('')), (value) => {
        const args = instance(Bounded, { value });
        if (passesValidation(args) === true) expect(validateSync(args)).toEqual([]);
        else expect(validateSync(args)).not.toEqual([]);
      }),
      { numRuns: 2000 },
    );
  });
});
