// JSONPath strings for findings and the console: `$.Statement[0].Condition.StringEquals['aws:username']`.

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const ROOT_PATH = '$';

export function memberPath(parent: string, key: string): string {
  if (IDENTIFIER.test(key)) return `${parent}.${key}`;
  return `${parent}['${key.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}']`;
}

export function indexPath(parent: string, index: number): string {
  return `${parent}[${index}]`;
}
