import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../src/demo/demo-data.ts';
import { seedDemo } from '../src/demo/seed-demo.ts';
import { startTestApp, type TestApp } from '../src/test/app.ts';
import { launchChromium } from './browser.ts';

/** Kept by CI as an artifact: screenshots of what the browser tests saw. */
const RESULTS_DIR = new URL('../test-results/', import.meta.url);

export type DemoSite = {
  test: TestApp;
  address: string;
  /** Opens a page logged in as a demo user, on the shell. */
  openAs: (username: string) => Promise<Page>;
  /** Where a screenshot of that name is kept (test-results/). */
  resultPath: (name: string) => string;
  close: () => Promise<void>;
};

/**
 * The demo as a newcomer sees it, in a real browser: reference data first (so the demo forces' jurisdictions
 * name real units), then the demo seed, served on a free port, with Debian's chromium.
 */
export const startDemoSite = async (): Promise<DemoSite> => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const test = await startTestApp('pglite', { demoMode: true, refData: true });
  await seedDemo(test.deps);
  const address = await test.app.listen({ host: '127.0.0.1', port: 0 });
  const browser: Browser = await launchChromium();
  const openAs = async (username: string) => {
    const page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1440, height: 900 } });
    await page.goto(address);
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(DEMO_PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('app-header').waitFor({ timeout: 15_000 });
    return page;
  };
  return {
    test,
    address,
    openAs,
    resultPath: (name) => new URL(name, RESULTS_DIR).pathname,
    close: async () => {
      await browser.close();
      await test.close();
    },
  };
};
