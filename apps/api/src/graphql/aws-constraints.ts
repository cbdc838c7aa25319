import type { NameRule } from '@gatehouse/iam-names';
import { ArrayMaxSize, Matches, MaxLength, MinLength } from 'class-validator';

// AWS's constraint texts, so that a validation error reads like AWS's:
// "Value 'a b' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+".

function Compose(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => decorators.forEach((decorate) => decorate(target, propertyKey));
}

/** A string whose length AWS bounds; `each` applies it to every item of a list. */
export function AwsLength(min: number, max: number, options: { each?: boolean } = {}): PropertyDecorator {
  const lengthOptions = { each: options.each ?? false };
  const maxLength = MaxLength(max, { ...lengthOptions, message: `Member must have length less than or equal to ${max}` });
  if (min === 0) return maxLength;
  return Compose(MinLength(min, { ...lengthOptions, message: `Member must have length greater than or equal to ${min}` }), maxLength);
}

/** `pattern` is AWS's documented pattern (shown in the message); it must match the whole value. */
export function AwsPattern(pattern: string, options: { each?: boolean } = {}): PropertyDecorator {
  return Matches(new RegExp(`^(?:${pattern})$`, 'u'), {
    each: options.each ?? false,
    message: `Member must satisfy regular expression pattern: ${pattern}`,
  });
}

export function AwsMaxItems(max: number): PropertyDecorator {
  return ArrayMaxSize(max, { message: `Member must have length less than or equal to ${max}` });
}

/** A name under AWS's rule for its kind (`nameRules.userName`…), the table the console explains names with. */
export function AwsName(rule: NameRule, options: { each?: boolean } = {}): PropertyDecorator {
  return Compose(AwsLength(rule.minLength, rule.maxLength, options), AwsPattern(rule.pattern, options));
}

/** AWS AccountAlias: 3–63 lower-case letters, digits and single hyphens, starting and ending alphanumerically. */
export function AwsAccountAlias(): PropertyDecorator {
  return Compose(AwsLength(3, 63), AwsPattern('[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]'));
}

/** `/` or `/division_abc/subdivision_xyz/`. */
export function AwsPath(): PropertyDecorator {
  return Compose(AwsLength(1, 512), AwsPattern('(\\u002F)|(\\u002F[\\u0021-\\u007E]+\\u002F)'));
}

/** A path prefix for list filters: `/` alone lists everything. */
export function AwsPathPrefix(): PropertyDecorator {
  return Compose(AwsLength(1, 512), AwsPattern('\\u002F[\\u0021-\\u007E]*'));
}

/** A JSON policy document as AWS accepts it (1–131,072 characters); its size quota is checked by the validator. */
export function AwsPolicyDocument(): PropertyDecorator {
  return Compose(AwsLength(1, 131072), AwsPattern('[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+'));
}

/** An ARN argument such as PolicyArn or PermissionsBoundary. */
export function AwsArn(): PropertyDecorator {
  return AwsLength(20, 2048);
}
