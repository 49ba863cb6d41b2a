/**
 * Reads the import's multipart body before the CSRF check. The form posts the token as a
 * `_csrf` field, which only a multipart parser can see; with this running first, the form
 * works without JavaScript, and the check itself stays where it is, unchanged. Only a
 * signed-in coordinator's upload is read (into memory, at most 5 MB); anyone else's body
 * is left unread and refused by the CSRF check or the route guard.
 */
import type { NextFunction, Request, Response } from 'express';
import multer from 'multer';
import type { Role } from '../../db/schema.ts';

/** Who may import: the routes declare these, and only their uploads are read. */
export const IMPORT_ROLES = ['koordinator'] as const satisfies readonly Role[];

const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;

const parse = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } }).single('fil');

/** Mount on `POST /import`, after the session and before the CSRF check. */
export function importUpload(req: Request, res: Response, next: NextFunction): void {
  if (!req.user || !(IMPORT_ROLES as readonly Role[]).includes(req.user.role) || !req.is('multipart/form-data')) return next();
  // A refused upload (too large, a second file) leaves no file; the route answers 422.
  parse(req, res, (error: unknown) => {
    if (error) req.file = undefined;
    next();
  });
}

/** The uploaded file, or null when none came (or it was refused). */
export function uploadedFile(req: Request): { name: string; buffer: Buffer } | null {
  if (!req.file || req.file.size === 0) return null;
  // Browsers send the name as UTF-8; busboy reads it as latin1.
  return { name: Buffer.from(req.file.originalname, 'latin1').toString('utf8'), buffer: req.file.buffer };
}
