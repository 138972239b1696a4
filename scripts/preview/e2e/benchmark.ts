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
    const { page } = tracked;
    await page.goto(baseUrl + '/');
    await settle(page);
    const timings: Record<'small' | 'large', number[]> = { small: [], large: [] };
    for (let i = 0; i < runs; i++) {
        for (const size of ['small', 'large'] as const) {
            const ms = await page.evaluate(async (planId) => {
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
                const expected = store.page(planId, 'all', 'closeDate', 'desc', 1, 50).rows[0]?.name ?? '';
                // Leave the plan page first so every run mounts the workspace from scratch.
                window.dispatchEvent(new CustomEvent('previewnavigate', { detail: { url: '/' } }));
                await new Promise((r) => setTimeout(r, 50));
                const started = performance.now();
                window.dispatchEvent(new CustomEvent('previewnavigate', { detail: { url: `/plan/${planId}` } }));
                const deadline = started + 15000;
                await new Promise<void>((resolve, reject) => {
                    const check = () => {
                        const host = document.querySelector('c-plan-opportunities') ?? document.body;
                        if ((host as HTMLElement).innerText.includes(expected)) resolve();
                        else if (performance.now() > deadline) reject(new Error(`"${expected}" never rendered`));
                        else requestAnimationFrame(check);
                    };
                    requestAnimationFrame(check);
                });
                return performance.now() - started;
            }, planIds[size]);
            timings[size].push(ms);
        }
    }
    await page.close();
    if (tracked.errors.length) throw new Error(`benchmark pages logged errors:\n  ${tracked.errors.join('\n  ')}`);
    const small = median(timings.small);
    const large = median(timings.large);
    return { small, large, ratio: large / small, runs };
}
