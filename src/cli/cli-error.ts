/** An error the CLI reports as one Vietnamese line on stderr, with a chosen exit code, instead of a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
