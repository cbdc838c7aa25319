/**
 * The child's side of `stopChild`: on SIGTERM or SIGINT, and when its standard input ends if asked (a parent that
 * dies closes that pipe), runs `close` once and exits: 0 when it closed cleanly, 1 with the error on stderr otherwise.
 * Call it before saying the process is ready: a SIGTERM that arrives before the handler ends it without closing.
 */
export function exitWhenStopped(close: () => Promise<void>, options: { whenStdinEnds?: boolean } = {}): void {
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  if (options.whenStdinEnds) {
    process.stdin.on('end', stop);
    process.stdin.resume();
  }
}
