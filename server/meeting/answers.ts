/** Plain answers the meeting's routes share. */
import type { Response } from 'express';
import { sendNotFound } from '../not-found.tsx';

export const ISSUED_MESSAGE = 'Referatet er fastsatt. Møtet tar ikke flere beslutninger.';

export const notFound = (res: Response, message = 'Fant ikke møtet.') => sendNotFound(res, message, { href: '/tildelingsmote', label: '← Tildelingsmøte' });
export const issued = (res: Response) => void res.status(409).type('text').send(ISSUED_MESSAGE);
