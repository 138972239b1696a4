/**
 * `npm run screenshots`: renders the main views of the preview and writes docs/screenshots/*.png: the plan record
 * page at 1280 px (the workspace in the main column beside the activity panel, as the Account_Plan_Record_Page we
 * ship lays it out) and at 390 px (a phone), the Account card, Planning Home and Setup at 1280 px, and Planning Home
 * and the Account card at 390 px (issue 14 item 12).
 */
import type { Page } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
import { buildPreview, ROOT } from './build';
import { startServer } from './server';
import { closeBrowsing, launch, newPage, settle } from './e2e/harness';

const OUT = path.join(ROOT, 'docs', 'screenshots');

async function main(): Promise<void> {
    await buildPreview();
    const server = await startServer(0);
    const browsing = await launch();
    try {
        const index = await newPage(browsing);
        await index.page.goto(server.url + '/');
        await settle(index.page);
        const links = await index.page
            .locator('a[href^="/plan/"], a[href^="/account/"]')
            .evaluateAll((as) => as.map((a) => [a.getAttribute('href') ?? '', a.parentElement?.textContent ?? '']));
        await index.page.close();
        const plan =
            links.find(([href, text]) => href.startsWith('/plan/') && text.includes('ahead of target'))?.[0] ??
            links[0][0];
        const account = links.find(
            ([href, text]) => href.startsWith('/account/') && text.includes('with a current plan')
        )?.[0];
        const desktop = { width: 1280, height: 900 };
        const phone = { width: 390, height: 844 };
        // Optional: what to open before the shot, and the part of the page to capture.
        type Shot = [string, string, { width: number; height: number }, ((page: Page) => Promise<void>)?, string?];
        const openHealth = async (page: Page): Promise<void> => {
            await page
                .getByRole('button', { name: /Why this score/ })
                .first()
                .click();
            await settle(page);
        };
        const shots: Shot[] = [
            ['workspace.png', plan, desktop],
            ['workspace-390.png', plan, phone],
            ['account-card.png', account ?? '/', desktop],
            ['account-card-390.png', account ?? '/', phone],
            ['planning-home.png', '/home', desktop],
            ['planning-home-390.png', '/home', phone],
            ['setup.png', '/setup', desktop],
            ['plan-history.png', plan, desktop, undefined, 'c-plan-trend-chart'],
            ['plan-health.png', plan, desktop, openHealth, 'c-plan-scorecard'],
            ['planning-home-manager.png', '/home?persona=manager', desktop]
        ];
        fs.mkdirSync(OUT, { recursive: true });
        for (const [file, url, viewport, prepare, part] of shots) {
            const tracked = await newPage(browsing);
            await tracked.page.setViewportSize(viewport);
            await tracked.page.goto(server.url + url);
            await settle(tracked.page);
            if (prepare) await prepare(tracked.page);
            await tracked.page.waitForTimeout(1200); // Chart.js animations
            if (part)
                await tracked.page
                    .locator(part)
                    .first()
                    .screenshot({ path: path.join(OUT, file) });
            else await tracked.page.screenshot({ path: path.join(OUT, file), fullPage: true });
            await tracked.page.close();
            const note = tracked.errors.length
                ? ` (${tracked.errors.length} console errors: ${tracked.errors[0]})`
                : '';
            console.log(`screenshot: docs/screenshots/${file} <- ${url} at ${viewport.width} px${note}`);
        }
    } finally {
        await closeBrowsing(browsing);
        await server.close();
    }
}

main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
});
