/**
 * Error classes that say what to do next. The crawler decides on retries
 * from the class alone; the CLI and API map classes to exit codes / statuses.
 */

/** Bad CLI arguments or input files: exit status 2. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** A document could not be read (corrupt, encrypted, too big, ...). Recorded against the document; the run goes on. */
export class ExtractionError extends Error {
  override readonly name = 'ExtractionError';
  readonly code: string;
  constructor(code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.code = code;
  }
}

/** A fetch failed in a way worth retrying (5xx, timeout, connection reset). */
export class RetryableFetchError extends Error {
  override readonly name = 'RetryableFetchError';
  readonly url: string;
  constructor(url: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.url = url;
  }
}

/** A fetch failed for good (4xx, refused address, too large, bad redirect). */
export class NonRetryableFetchError extends Error {
  override readonly name = 'NonRetryableFetchError';
  readonly url: string;
  readonly code: string;
  constructor(url: string, code: string, message: string, options?: ErrorOptions) {
    super(message, options);
    this.url = url;
    this.code = code;
  }
}
