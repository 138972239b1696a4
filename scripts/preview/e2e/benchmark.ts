/**
 * Render benchmark: time from navigating to a plan until its linked opportunities are on screen, for the
 * generated plans with 20 and with 2,000 opportunities (client-side navigation, so only rendering and the
 * in-memory server are measured, not the bundle download). Median of several runs, alternating.
 */
import { newPage, settle, type Browsing } from './harness';

export interface BenchmarkResult {
    small: number;
    large: number;
    ratio: number;
    runs: number;
}

function median(values: number[]): number {
    const s = [...values].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
}

export async function renderBenchmark(
    browsing: Browsing,
    baseUrl: string,
    planIds: { small: string; large: string },
    runs = 5
): Promise<BenchmarkResult> {
    const tracked = await newPage(browsing);
    // A desktop wide enough for every tab beside the activity panel (narrower, a Section picker replaces the tabs).
    await tracked.page.setViewportSize({ width: 1920, height: 1080 });
    const { page } = tracked;
    await page.goto(baseUrl + '/');
    await settle(page);
    const timings: Record<'small' | 'large', number[]> = { small: [], large: [] };
    for (let i = 0; i < runs; i++) {
        for (const size of ['small', 'large'] as const) {
            const planId = planIds[size];
            const expected = await page.evaluate((id) => {
                type Store = {
                    page: (
                        id: string,
                        f: string,
                        s: string,
                        d: string,
                        n: number,
                        z: number
                    ) => { rows: { name: string }[] };
                };
                const store = (window as unknown as { __preview: { store: Store } }).__preview.store;
                return store.page(id, 'all', 'closeDate', 'desc', 1, 50).rows[0]?.name ?? '';
            }, planId);
            // Leave the plan page first so every run mounts the workspace from scratch.
            await page.evaluate(() =>
                window.dispatchEvent(new CustomEvent('previewnavigate', { detail: { url: '/' } }))
            );
            await page.waitForTimeout(100);
            const started = await page.evaluate((id) => {
                const t = performance.now();
                window.dispatchEvent(new CustomEvent('previewnavigate', { detail: { url: `/plan/${id}` } }));
                return t;
            }, planId);
            // The opportunities sit in a tab of the workspace: open it as soon as it exists.
            const tab = page.getByRole('tab', { name: /^Opportunities/ }).first();
            await tab.waitFor({ state: 'visible', timeout: 15000 });
            await tab.click();
            await page
                .locator('c-plan-opportunities')
                .getByText(expected, { exact: true })
                .first()
                .waitFor({ state: 'visible', timeout: 15000 });
            const ms = (await page.evaluate(() => performance.now())) - started;
            timings[size].push(ms);
        }
    }
    await page.close();
    if (tracked.errors.length) throw new Error(`benchmark pages logged errors:\n  ${tracked.errors.join('\n  ')}`);
    const small = median(timings.small);
    const large = median(timings.large);
    return { small, large, ratio: large / small, runs };
}
