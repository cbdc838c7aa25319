// A one-entry memory for parsers of request values: one request's `aws:SourceIp` or `aws:CurrentTime` is read by
// every statement that tests it, and consecutive requests of one caller often carry the same values.

/** `parse` with its last input and output kept; results must be treated as read-only. */
export function rememberLast<T>(parse: (text: string) => T): (text: string) => T {
  let lastText: string | undefined;
  let lastValue: T;
  return (text) => {
    if (text === lastText) return lastValue;
    lastValue = parse(text);
    lastText = text;
    return lastValue;
  };
}
