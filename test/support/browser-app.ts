/** A demo app (on the given driver) and a Chromium for a browser test's describe block, closed after it. */
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser.ts';
import type { Driver } from './databases.ts';
import { type DemoApp, type DemoOptions, startDemoApp } from './demo-app.ts';

export interface BrowserApp {
  app: DemoApp;
  browser: Browser;
}

/**
 * Call inside `describe`; the returned object is filled before the first test runs.
 * @param now the app's clock (default: the demo's fixed TEST_NOW)
 * @param options `history: true`: the simulated municipality with a past instead of today's demo
 */
export function useBrowserApp(driver: Driver, now?: () => Date, options: DemoOptions = {}): BrowserApp {
  const context = {} as BrowserApp;
  beforeAll(async () => {
    [context.app, context.browser] = await Promise.all([startDemoApp(driver, now, options), launchBrowser()]);
    mkdirSync('screenshots', { recursive: true });
  });
  afterAll(async () => {
    await context.browser?.close();
    await context.app?.close();
  });
  return context;
}
