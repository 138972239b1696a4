import { chromium } from 'playwright-core';
import { buildPreview } from './build';
import { startServer } from './server';
(async () => {
    if (!process.env.NOBUILD) await buildPreview();
    const s = await startServer(0);
    const browser = await chromium.launch({
        executablePath: '/usr/bin/chromium',
        args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync'
        ]
    });
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 400), m.location().url));
    page.on('pageerror', (e) => console.log('pageerror', e.message));
    for (const p of (process.env.PAGES ?? '/').split(',')) {
        await page.goto(s.url + p);
        await page.waitForTimeout(1500);
        console.log(
            await page.evaluate(() => {
                const el = document.querySelector('preview-app') as any;
                return [
                    el.shadowRoot && el.shadowRoot.childNodes.length,
                    el.childNodes.length,
                    document.body.innerText.slice(0, 600)
                ].join(' | ');
            })
        );
        await page.screenshot({ path: `/tmp/smoke${p.replace(/\W/g, '_')}.png`, fullPage: true });
    }
    await browser.close();
    await s.close();
})();
