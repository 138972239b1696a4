/**
 * `npm run screenshots`: renders the main views of the preview at 1400 px wide and writes
 * docs/screenshots/{workspace,account-card,planning-home,setup}.png.
 */
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
        const account = links.find(([href, text]) => href.startsWith('/account/') && text.includes('with a plan'))?.[0];
        const shots: [string, string][] = [
            ['workspace.png', plan],
            ['account-card.png', account ?? '/'],
            ['planning-home.png', '/home'],
            ['setup.png', '/setup']
        ];
        fs.mkdirSync(OUT, { recursive: true });
        for (const [file, url] of shots) {
            const tracked = await newPage(browsing);
            await tracked.page.setViewportSize({ width: 1400, height: 900 });
            await tracked.page.goto(server.url + url);
            await settle(tracked.page);
            await tracked.page.waitForTimeout(1200); // Chart.js animations
            await tracked.page.screenshot({ path: path.join(OUT, file), fullPage: true });
            await tracked.page.close();
            const note = tracked.errors.length
                ? ` (${tracked.errors.length} console errors: ${tracked.errors[0]})`
                : '';
            console.log(`screenshot: docs/screenshots/${file} <- ${url}${note}`);
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
