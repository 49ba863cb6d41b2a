/**
 * The app's last error handlers. A request the client got wrong (a body the parsers
 * refuse, a path that does not decode) is a 4xx with a Norwegian message and one log line;
 * only a real failure is a 500 with its stack in the log.
 */
import type { NextFunction, Request, Response } from 'express';
import { ErrorPage } from '../views/error-page.tsx';
import { sendPage } from './render.tsx';

/** What the user is told, by body-parser's error type (or the status when there is none). */
const MESSAGES: Record<string, string> = {
  'entity.too.large': 'Skjemaet er for stort. Korte ned teksten og prøv igjen.',
  'parameters.too.many': 'Skjemaet har for mange felt.',
  'entity.parse.failed': 'Skjemaet kunne ikke leses. Last siden på nytt og prøv igjen.',
  'charset.unsupported': 'Skjemaet er sendt med en tegnkoding som ikke støttes. Bruk UTF-8.',
  'encoding.unsupported': 'Skjemaet er sendt komprimert på en måte som ikke støttes.',
  // zlib's codes for a body that says gzip but is not, or is cut short.
  Z_DATA_ERROR: 'Skjemaet er sendt komprimert, men kunne ikke pakkes ut.',
  Z_BUF_ERROR: 'Skjemaet er sendt komprimert, men kunne ikke pakkes ut.',
  URIError: 'Adressen inneholder tegn som ikke kan leses.',
};
const FALLBACK = 'Forespørselen kunne ikke behandles. Last siden på nytt og prøv igjen.';

interface ClientError { status: number; kind: string }

/** The 4xx status and kind of a client's mistake, or undefined for anything else. */
function clientError(error: unknown): ClientError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as { status?: unknown; statusCode?: unknown; type?: unknown; code?: unknown; name?: unknown };
  const status = typeof e.status === 'number' ? e.status : e.statusCode;
  if (typeof status !== 'number' || status < 400 || status > 499) return undefined;
  const kind = error instanceof URIError ? 'URIError' : [e.type, e.code, e.name].find((k) => typeof k === 'string') ?? 'Error';
  return { status, kind };
}

/** Error middleware: a client's mistake answers its 4xx; anything else goes on to `unexpectedErrors`. */
export function clientErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  const found = clientError(error);
  if (!found) return next(error);
  // One line: which request and why, never the body (it may hold a fødselsnummer) or the query.
  console.warn(`${req.method} ${req.path.slice(0, 200)} → ${found.status} (${found.kind})`);
  const message = MESSAGES[found.kind] ?? FALLBACK;
  if (req.get('hx-request')) return void res.status(found.status).type('text').send(message);
  sendPage(res, <ErrorPage title="Ugyldig forespørsel" message={message} user={req.user} />, found.status);
}

/** Error middleware: an unexpected error is logged with its stack, once, and the user gets a 500 page. */
export function unexpectedErrors(error: unknown, req: Request, res: Response, _next: NextFunction): void {
  console.error(`${req.method} ${req.path.slice(0, 200)} → 500`, error);
  if (res.headersSent) return void res.end();
  sendPage(res, <ErrorPage title="Noe gikk galt" message="En uventet feil oppstod. Ingenting ble lagret. Prøv igjen, eller kontakt brukerstøtte." user={req.user} />, 500);
}
