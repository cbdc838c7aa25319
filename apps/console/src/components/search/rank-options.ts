// Search in a long list of choices (AWS services) as AWS's console ranks it: the exact name first, then names that
// start with the text, then words that do, then anything containing it. "Lambda" finds AWS Lambda before
// Amazon S3 Object Lambda.

export interface SearchableOption {
  label?: string;
  value?: string;
  description?: string;
  tags?: readonly string[];
}

/** AWS's brand words, which nobody types: "AWS Lambda" is searched for as "Lambda". */
const BRAND = /^(?:aws|amazon)\s+/;

function rank(option: SearchableOption, query: string): number | undefined {
  const label = (option.label ?? '').toLowerCase();
  const name = label.replace(BRAND, '');
  const codes = [option.value, ...(option.tags ?? [])].filter((code): code is string => Boolean(code)).map((code) => code.toLowerCase());
  if (label === query || name === query || codes.includes(query)) return 0;
  if (name.startsWith(query) || label.startsWith(query) || codes.some((code) => code.startsWith(query))) return 1;
  if (label.split(/[\s()/-]+/).some((word) => word.startsWith(query))) return 2;
  const everything = [label, (option.description ?? '').toLowerCase(), ...codes];
  if (everything.some((text) => text.includes(query))) return 3;
  return undefined;
}

/** The options matching `filteringText`, best first and otherwise in their given order; all of them for no text. */
export function rankOptions<T extends SearchableOption>(options: readonly T[], filteringText: string): T[] {
  const query = filteringText.trim().toLowerCase();
  if (query === '') return [...options];
  return options
    .map((option, index) => ({ option, index, rank: rank(option, query) }))
    .filter((entry): entry is { option: T; index: number; rank: number } => entry.rank !== undefined)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map((entry) => entry.option);
}
