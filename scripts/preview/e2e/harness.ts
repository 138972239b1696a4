/**
 * Small browser-test harness on playwright-core and Debian's Chromium: a fresh page per test that records
 * console errors and uncaught exceptions, a "settled" wait, and the axe-core check every e2e file uses
 * (`expectNoAxeViolations(page, 'what the page shows')`). A helper's own e2e file (`e2e/<feature>.ts`) exports
 * `TestCase[]` built on these helpers and is registered in run-e2e.ts with one import and one spread.
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

/** axe-core on the rendered page (or the part `include` selects); returns the serious and critical violations. */
export async function axeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async (selector) => {
        const axe = (
            window as unknown as {
                axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> };
            }
        ).axe;
        const result = await axe.run(selector ? { include: [selector] } : document, { resultTypes: ['violations'] });
        return result.violations.map((v) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.map((n) => ({ target: n.target }))
        }));
    }, include);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Serious and critical violations as one readable line each (rule, impact, help, first targets). */
export function describeViolations(violations: AxeViolation[]): string {
    return violations
        .map((v) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)
        .join('\n  ');
}

/**
 * A serious or critical violation the team knows about and another helper is fixing: listed here with its owner,
 * never silently. Strict both ways: a state that shows it passes, a state that no longer shows it fails ("remove
 * it from KNOWN_AXE_VIOLATIONS"), so the list empties as the fixes land.
 */
export interface KnownViolation {
    /** Matches the state name given to expectNoAxeViolations. */
    state: RegExp;
    rule: string;
    /** Tag of the component whose nodes fail, e.g. 'c-plan-white-space'. */
    component: string;
    why: string;
}

export const KNOWN_AXE_VIOLATIONS: KnownViolation[] = [];

function isKnown(known: KnownViolation, violation: AxeViolation): boolean {
    return (
        violation.id === known.rule && violation.nodes.every((n) => JSON.stringify(n.target).includes(known.component))
    );
}

/**
 * Runs axe-core on the page as it is now (a tab, a modal, an error or empty state) and throws when it finds a
 * serious or critical violation that is not a known one, or when a known one for this state is gone.
 * `include` limits the check to a part of the page (a CSS selector).
 */
export async function expectNoAxeViolations(page: Page, state: string, include?: string): Promise<void> {
    const found = await axeViolations(page, include);
    const known = KNOWN_AXE_VIOLATIONS.filter((k) => k.state.test(state));
    const unexpected = found.filter((v) => !known.some((k) => isKnown(k, v)));
    const gone = known.filter((k) => !found.some((v) => isKnown(k, v)));
    const problems: string[] = [];
    if (unexpected.length) problems.push(`${unexpected.length} violation(s):\n  ${describeViolations(unexpected)}`);
    for (const k of gone)
        problems.push(`the known ${k.rule} violation of ${k.component} is gone: remove it from KNOWN_AXE_VIOLATIONS`);
    if (problems.length) throw new Error(`axe-core, ${state}: ${problems.join('\n')}`);
}

/** Visible text of the page, including the content of (synthetic) shadow trees. */
export function pageText(page: Page): Promise<string> {
    return page.evaluate(() => document.body.innerText);
}

// ---- what every e2e file shares

export interface TestContext {
    baseUrl: string;
    browsing: Browsing;
    /** The simulated org's namespace ('' without one): `sap` in npm run test:e2e:ns. */
    namespace: string;
}

/** The org's name of a custom object or field: `Account_Plan__c` -> `sap__Account_Plan__c` in the namespaced run. */
export function orgName(ctx: TestContext, apiName: string): string {
    return ctx.namespace && /__(c|r|mdt)$/.test(apiName) ? `${ctx.namespace}__${apiName}` : apiName;
}
export interface TestCase {
    name: string;
    /** A name containing "axe-core" marks an accessibility test: the namespaced run (same DOM) skips it. */
    run: (ctx: TestContext) => Promise<void>;
}

export function assert(condition: unknown, message: string): asserts condition {
    if (!condition) throw new Error(message);
}

/** A fresh page on the preview URL, settled. */
export async function open(
    ctx: TestContext,
    url: string,
    viewport?: { width: number; height: number }
): Promise<TrackedPage> {
    const tracked = await newPage(ctx.browsing);
    if (viewport) await tracked.page.setViewportSize(viewport);
    await tracked.page.goto(ctx.baseUrl + url);
    await settle(tracked.page);
    return tracked;
}

export function noErrors(tracked: TrackedPage, where: string): void {
    assert(
        tracked.errors.length === 0,
        `${where}: ${tracked.errors.length} console error(s):\n  ${tracked.errors.join('\n  ')}`
    );
}

/** Inner text of the first element matching the selector (through synthetic shadow trees). */
export async function textOf(page: Page, selector: string): Promise<string> {
    const locator = page.locator(selector).first();
    if (!(await locator.count())) return '';
    return locator.innerText();
}

/** How many times the page called a (fake) server method, e.g. 'uiRecordApi.createRecord'. */
export async function countCalls(page: Page, method: string): Promise<number> {
    return page.evaluate(
        (m) =>
            (window as unknown as { __preview: { calls: { method: string }[] } }).__preview.calls.filter(
                (c) => c.method === m
            ).length,
        method
    );
}
