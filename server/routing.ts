/**
 * Every route declares who may use it; a route that declares nobody cannot be added.
 * The table keeps what was declared, so the access-matrix test walks every route.
 * Every path parameter is a row id: the table refuses a malformed one (`15.0`, `0x0f`,
 * above 2³¹) with 404 before the handler runs, so no handler parses ids its own way.
 */
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { Role } from '../db/schema.ts';
import { NotFoundError } from './auth/unit-access.tsx';
import { parseId } from './forms.ts';

export type Method = 'get' | 'post';
/** Roles allowed, or 'anyone' for the login page and static files. */
export type Access = readonly [Role, ...Role[]] | 'anyone';

export interface RouteSpec {
  method: Method;
  path: string;
  allow: Access;
}

type Handler = (req: Request, res: Response) => Promise<void> | void;

export class RouteTable {
  readonly specs: RouteSpec[] = [];

  constructor(private readonly router: Router, private readonly onDenied: (req: Request, res: Response) => void) {}

  get(path: string, allow: Access, handler: Handler): void {
    this.add({ method: 'get', path, allow }, handler);
  }

  post(path: string, allow: Access, handler: Handler): void {
    this.add({ method: 'post', path, allow }, handler);
  }

  private add(spec: RouteSpec, handler: Handler): void {
    if (spec.allow !== 'anyone' && spec.allow.length === 0) throw new Error(`${spec.path} declares no roles`);
    this.specs.push(spec);
    this.router[spec.method](spec.path, guarded(spec.allow, handler, this.onDenied));
  }
}

function guarded(allow: Access, handler: Handler, onDenied: (req: Request, res: Response) => void): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (allow !== 'anyone' && !(req.user && allow.includes(req.user.role))) return onDenied(req, res);
    if (Object.values(req.params).some((value) => parseId(value) === null)) return next(new NotFoundError());
    try {
      await handler(req, res);
    } catch (error) {
      next(error);
    }
  };
}

/** The id in the path parameter `name`, already checked by the route table (404 if it is not there). */
export function pathId(req: Request, name = 'id'): number {
  const id = parseId(req.params[name]);
  if (id === null) throw new NotFoundError();
  return id;
}
