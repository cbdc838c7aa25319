/** Exit codes, also listed in README.md. */
export const ExitCode = {
  ok: 0,
  /** The command ran and was refused: a duplicate email, a failed migration. */
  failed: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** The database cannot be reached. */
  databaseUnreachable: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** An error meant for the operator: its message is printed as is, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = ExitCode.failed,
  ) {
    super(message);
    this.name = 'CliError';
  }
}
