import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '../../db/queries/users.ts';
import { RouteTable } from '../routing.ts';
import { assertUnitAccess, canAccessUnit, notFoundErrors, unitScope } from './unit-access.tsx';

const USERS: Record<string, SessionUser> = {
  leder: { id: 1, username: 'leder', displayName: 'Lars Leder', role: 'institusjonsleder', unitIds: [1, 2] },
  koordinator: { id: 2, username: 'koordinator', displayName: 'Kari Koordinator', role: 'koordinator', unitIds: [] },
};

describe('unit-scoped routes', () => {
  let url: string;
  let close: () => void;
  beforeAll(async () => {
    const app = express();
    app.use((req, _res, next) => { req.user = USERS[req.get('x-test-user') ?? '']; next(); });
    const router = express.Router();
    const routes = new RouteTable(router, (_req, res) => void res.status(403).end());
    routes.get('/enheter/:id/rapport', ['institusjonsleder', 'koordinator'], (req, res) => {
      assertUnitAccess(req, Number(req.params.id));
      res.type('text').send(`rapport for enhet ${req.params.id}`);
    });
    app.use(router);
    app.use(notFoundErrors);
    const server = app.listen(0, '127.0.0.1');
    await new Promise<void>((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close?.());

  const get = (path: string, user: string) => fetch(`${url}${path}`, { headers: { 'x-test-user': user } });

  it("when an institution leader asks for another unit's data, then 404 and none of its data", async () => {
    const res = await get('/enheter/3/rapport', 'leder');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('rapport for enhet');
    expect((await get('/enheter/abc/rapport', 'leder')).status).toBe(404);
  });

  it('when the leader asks for their own unit, or a coordinator for any, then the data comes', async () => {
    expect(await (await get('/enheter/2/rapport', 'leder')).text()).toBe('rapport for enhet 2');
    expect((await get('/enheter/3/rapport', 'koordinator')).status).toBe(200);
  });

  it('when list queries ask for the scope, then a leader gets their units and others all', () => {
    expect(unitScope(USERS.leder!)).toEqual([1, 2]);
    expect(unitScope(USERS.koordinator!)).toBeUndefined();
    expect(canAccessUnit(USERS.leder!, 2)).toBe(true);
    expect(canAccessUnit(USERS.leder!, 5)).toBe(false);
  });
});
