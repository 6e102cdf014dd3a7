import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCodeAt } from '../src/modules/auth/index.ts';
import { startTestApp, type TestApp } from '../src/test/app.ts';
import { buildUser, TEST_PASSWORD } from '../src/test/factories.ts';
import { hasChromium, launchChromium, mustRunBrowserTests } from './browser.ts';

if (!hasChromium && !mustRunBrowserTests) {
  process.stdout.write(
    'Browser tests skipped: /usr/bin/chromium is not installed (apt-get install chromium).\n',
  );
}

describe.skipIf(!hasChromium && !mustRunBrowserTests)('logging in through the browser', () => {
  let browser: Browser;
  const apps: TestApp[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(apps.map((app) => app.close()));
  });

  const serve = async (options: { demoMode: boolean }) => {
    const test = await startTestApp('pglite', { demoMode: options.demoMode, seedDemo: options.demoMode });
    apps.push(test);
    const address = await test.app.listen({ host: '127.0.0.1', port: 0 });
    return { test, address };
  };

  const fillLogin = async (page: Page, username: string, password: string) => {
    await page.getByTestId('login-username').fill(username);
    await page.getByTestId('login-password').fill(password);
    await page.getByTestId('login-submit').click();
  };

  it('a demo user logs in and sees the shell with its name and agency, in Vietnamese', async () => {
    const { address } = await serve({ demoMode: true });
    const page = await browser.newPage({ locale: 'vi-VN' });
    await page.goto(address);
    await fillLogin(page, 'lienlac.hungyen', 'GiapRanh-demo-2026');
    await expect.poll(() => page.getByTestId('app-header').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await page.getByTestId('header-user-name').textContent()).toContain('Nguyễn Văn Đức');
    expect(await page.getByTestId('header-agency-name').textContent()).toContain('Công an tỉnh Hưng Yên');
    expect(await page.evaluate('document.documentElement.lang')).toBe('vi');
    const stored = String(await page.evaluate('JSON.stringify(window.localStorage)'));
    expect(stored).not.toMatch(/csrf|session|token/i);
    await page.close();
  });

  it('outside demo mode a new user enrols an authenticator, then logs in with its code', async () => {
    const { test, address } = await serve({ demoMode: false });
    const { user } = await buildUser(test.deps, { roles: ['investigator'] });
    const page = await browser.newPage({ locale: 'vi-VN' });
    await page.goto(address);
    const enrolment = page.waitForResponse((res) => res.url().endsWith('/api/auth/totp/enrolment'));
    await fillLogin(page, user.username, TEST_PASSWORD);
    const { secret } = (await (await enrolment).json()) as { secret: string };
    await page.getByTestId('login-totp-code').fill(await totpCodeAt(secret, test.clock()));
    await page.getByTestId('login-totp-submit').click();
    await expect.poll(() => page.getByTestId('app-header').isVisible(), { timeout: 15_000 }).toBe(true);

    await page.getByTestId('logout-button').click();
    test.clock.advance(60_000);
    await fillLogin(page, user.username, TEST_PASSWORD);
    await page.getByTestId('login-totp-code').fill(await totpCodeAt(secret, test.clock()));
    await page.getByTestId('login-totp-submit').click();
    await expect.poll(() => page.getByTestId('header-user-name').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.close();
  });
});
