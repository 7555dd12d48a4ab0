/**
 * The one error type routes throw. It carries the status and a message safe
 * to show; error-handler.ts turns it (and every other error) into a response.
 */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;
  readonly headers: Record<string, string>;
  constructor(status: HttpError['status'], message: string, options: { headers?: Record<string, string>; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.status = status;
    this.headers = options.headers ?? {};
  }
}
