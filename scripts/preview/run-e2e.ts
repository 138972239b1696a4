/**
 * `npm run test:e2e`: checks that Chromium is there, builds the components (tsc emit) and the preview bundle,
 * serves it on a free port, runs the browser tests in headless Chromium, prints the render benchmark, stops
 * the server. Last line: `e2e: N passed, M failed`; exit code 1 on any failure.
 * `npm run test:e2e:ns` (`--namespace sap`) runs them against a preview that simulates a subscriber org.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { buildPreview, namespaceFromArgs, ROOT } from './build';
import { startServer } from './server';
import { CHROMIUM, closeBrowsing, launch } from './e2e/harness';
import { homeTests, pageTests, pagesToVisit, workspaceTests, type TestCase, type TestContext } from './e2e/tests';
import { validationTests } from './e2e/validation';
import { accessibilityTests } from './e2e/accessibility';
import { layoutTests } from './e2e/layout';
import { renderBenchmark } from './e2e/benchmark';
import { relationshipMapTests } from './e2e/relationshipMap';
import { tabTests } from './e2e/tabs';
import { summaryTests } from './e2e/summary';
import { reviewTests } from './e2e/review';
import { historyTests } from './e2e/history';
import { carryForwardTests } from './e2e/carryForward';
import { healthTests } from './e2e/health';
import { personaTests } from './e2e/persona';
import { unsavedTests } from './e2e/unsaved';

async function main(): Promise<number> {
    const started = Date.now();
    const namespace = namespaceFromArgs(process.argv.slice(2));
    // Before a minute of bundling, not after it.
    if (!fs.existsSync(CHROMIUM)) {
        console.log(`e2e: Chromium not found at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH`);
        console.log('e2e: 0 passed, 1 failed (no Chromium)');
        return 1;
    }
    if (!process.env.PREVIEW_SKIP_TSC && fs.existsSync(path.join(ROOT, 'scripts', 'build.ts'))) {
        const tsc = spawnSync(
            process.execPath,
            [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/build.ts'],
            {
                cwd: ROOT,
                stdio: 'inherit'
            }
        );
        if (tsc.status !== 0) {
            console.log('e2e: 0 passed, 1 failed (npm run build failed)');
            return 1;
        }
    }
    await buildPreview({ namespace });
    const server = await startServer(0);
    const browsing = await launch();
    const ctx: TestContext = { baseUrl: server.url, browsing, namespace };
    let passed = 0;
    const failures: string[] = [];
    try {
        const pages = await pagesToVisit(ctx);
        const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY, 'i') : null;
        // Namespaced: every test that hands the platform a name (the write flows, navigation, the record forms)
        // and every page load (a refused name is a console error); not the axe checks, the layout checks and the
        // benchmark, whose DOM and timing are the same in both builds.
        const sameInBothBuilds = new Set([...accessibilityTests, ...layoutTests]);
        const tests: TestCase[] = [
            ...workspaceTests,
            ...homeTests,
            ...validationTests,
            ...layoutTests,
            ...accessibilityTests,
            ...tabTests,
            ...summaryTests,
            ...reviewTests,
            ...historyTests,
            ...carryForwardTests,
            ...healthTests,
            ...personaTests,
            ...unsavedTests,
            ...relationshipMapTests,
            ...pageTests(pages)
        ]
            .filter((t) => !namespace || (!sameInBothBuilds.has(t) && !t.name.includes('axe-core')))
            .filter((t) => !only || only.test(t.name));
        for (const test of tests) {
            const t0 = Date.now();
            try {
                await test.run(ctx);
                passed += 1;
                console.log(`  ok   ${test.name} (${Date.now() - t0} ms)`);
            } catch (e) {
                failures.push(test.name);
                console.log(
                    `  FAIL ${test.name} (${Date.now() - t0} ms)\n       ${String((e as Error).message ?? e).replace(/\n/g, '\n       ')}`
                );
            }
        }
        if (!namespace && (!only || only.test('render benchmark')))
            try {
                const bench = await benchmarkIds(ctx);
                const result = await renderBenchmark(browsing, server.url, bench);
                console.log(
                    `benchmark: render a plan with 20 opportunities ${result.small.toFixed(0)} ms, with 2,000 opportunities ` +
                        `${result.large.toFixed(0)} ms, ratio ${result.ratio.toFixed(2)} (median of ${result.runs} runs)`
                );
                passed += 1;
            } catch (e) {
                failures.push('render benchmark');
                console.log(`  FAIL render benchmark\n       ${(e as Error).message}`);
            }
    } finally {
        await closeBrowsing(browsing);
        await server.close();
    }
    console.log(`e2e: total ${((Date.now() - started) / 1000).toFixed(0)} s`);
    if (failures.length) console.log(`failed:\n  - ${failures.join('\n  - ')}`);
    console.log(`e2e${namespace ? ` (namespace '${namespace}')` : ''}: ${passed} passed, ${failures.length} failed`);
    return failures.length ? 1 : 0;
}

async function benchmarkIds(ctx: TestContext): Promise<{ small: string; large: string }> {
    const page = await ctx.browsing.context.newPage();
    await page.goto(ctx.baseUrl + '/');
    await page.waitForFunction(() => document.body.innerText.includes('opportunities'));
    const hrefs = await page
        .locator('a[href^="/plan/"]')
        .evaluateAll((as) => as.map((a) => [a.textContent ?? '', a.getAttribute('href') ?? '']));
    await page.close();
    const find = (n: string) =>
        hrefs
            .find(([t]) => t.includes(`Plan with ${n} opportunities`))?.[1]
            .split('/')
            .pop();
    const small = find('20');
    const large = find('2,000');
    if (!small || !large) throw new Error('benchmark plans not listed on the preview index');
    return { small, large };
}

main().then(
    (code) => process.exit(code),
    (e: unknown) => {
        console.error(e);
        console.log('e2e: 0 passed, 1 failed');
        process.exit(1);
    }
);
