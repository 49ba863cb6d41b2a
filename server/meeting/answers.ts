/** Plain answers the meeting's routes share. */
import type { Response } from 'express';

export const ISSUED_MESSAGE = 'Referatet er fastsatt. Møtet tar ikke flere beslutninger.';

export const notFound = (res: Response, message = 'Fant ikke møtet.') => void res.status(404).type('text').send(message);
export const issued = (res: Response) => void res.status(409).type('text').send(ISSUED_MESSAGE);
