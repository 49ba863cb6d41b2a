/**
 * Every route declares who may use it; a route that declares nobody cannot be added.
 * The table keeps what was declared, so the access-matrix test walks every route.
 */
import type { NextFunction, Request, RequestHandler, Response, Router } from 'express';
import type { Role } from '../db/schema.ts';

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
    try {
      await handler(req, res);
    } catch (error) {
      next(error);
    }
  };
}
