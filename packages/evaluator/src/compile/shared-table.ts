// Compiled parts shared by every policy that holds the same text. Thousands of compiled policies repeat the same few
// hundred patterns, conditions and principals (`*`, `s3:Get*`, `aws:SecureTransport`, a bucket's ARN…): one shared
// matcher stays in the CPU's caches where thousands of copies, each read by a different request, would not. What is
// shared is immutable or a cache that gives the same answer whoever fills it.

/** A bounded table of compiled parts by content key: a full table starts over (compiled policies keep their parts). */
export class SharedTable<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly limit = 16_384) {}

  /** The part compiled from `key`'s content, building it with `build` the first time. */
  get(key: string, build: () => T): T {
    let value = this.entries.get(key);
    if (value === undefined) {
      if (this.entries.size >= this.limit) this.entries.clear();
      value = build();
      this.entries.set(key, value);
    }
    return value;
  }
}
