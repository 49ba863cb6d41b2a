/** Our own origin serves htmx and Designsystemet's CSS: no CDN, so the CSP can stay strict. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));

const FILES: Record<string, { path: string; type: string }> = {
  'htmx.min.js': { path: require.resolve('htmx.org/dist/htmx.min.js'), type: 'text/javascript' },
  'designsystemet.css': { path: require.resolve('@digdir/designsystemet-css'), type: 'text/css' },
  'designsystemet-theme.css': { path: require.resolve('@digdir/designsystemet-css/theme.css'), type: 'text/css' },
};

export function staticRouter(): Router {
  const router = express.Router();
  for (const [name, file] of Object.entries(FILES)) {
    const body = readFileSync(file.path);
    router.get(`/static/${name}`, (_req, res) => {
      res.type(file.type).set('Cache-Control', 'public, max-age=3600').send(body);
    });
  }
  router.use('/static', express.static(join(here, '..', 'static'), { maxAge: '1h' }));
  return router;
}
