/**
 * Small browser-test harness on playwright-core and Debian's Chromium: a fresh page per test that records
 * console errors and uncaught exceptions, a "settled" wait, and an axe-core accessibility check.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../build';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE = path.join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');

export interface Browsing {
    browser: Browser;
    context: BrowserContext;
    userDataDir: string;
}

/** Headless Chromium with the flags that work as root in containers (see shared toolchain notes). */
export async function launch(): Promise<Browsing> {
    if (!fs.existsSync(CHROMIUM))
        throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-chromium-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1400, height: 900 },
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--disable-dev-shm-usage'
        ]
    });
    // tsx compiles these tests with esbuild's keepNames, which wraps functions passed to page.evaluate in a
    // `__name(...)` helper that only exists in Node: define a no-op one in the page.
    await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((f) => f);' });
    const browser = context.browser() as Browser;
    return { browser, context, userDataDir };
}

export async function closeBrowsing(b: Browsing): Promise<void> {
    await b.context.close();
    fs.rmSync(b.userDataDir, { recursive: true, force: true });
}

export interface TrackedPage {
    page: Page;
    errors: string[];
}

/** Console errors and page errors are test failures: the platform would show them to users as well. */
export async function newPage(b: Browsing): Promise<TrackedPage> {
    const page = await b.context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
        if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`uncaught: ${e.message}`));
    return { page, errors };
}

/** Waits until the preview's fake server has answered and the DOM has stopped changing. */
export async function settle(page: Page, timeoutMs = 8000): Promise<void> {
    await page.waitForLoadState('load');
    await page.waitForFunction(() => Boolean(document.querySelector('preview-app')), undefined, { timeout: timeoutMs });
    await page.evaluate(
        (timeout) =>
            new Promise<void>((resolve) => {
                const started = performance.now();
                let last = performance.now();
                const observer = new MutationObserver(() => {
                    last = performance.now();
                });
                observer.observe(document.body, {
                    subtree: true,
                    childList: true,
                    characterData: true,
                    attributes: true
                });
                const tick = () => {
                    const now = performance.now();
                    if (now - last > 250 || now - started > timeout) {
                        observer.disconnect();
                        resolve();
                    } else setTimeout(tick, 50);
                };
                setTimeout(tick, 100);
            }),
        timeoutMs
    );
}

export interface AxeViolation {
    id: string;
    impact: string | null;
    help: string;
    nodes: { target: unknown[] }[];
}

/** axe-core on the rendered page; returns the serious and critical violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
        const axe = (
            window as unknown as {
                axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
            }
        ).axe;
        const result = await axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target }))
        }));
    });
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Visible text of the page, including the content of (synthetic) shadow trees. */
export function pageText(page: Page): Promise<string> {
    return page.evaluate(() => document.body.innerText);
}
