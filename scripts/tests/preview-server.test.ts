import assert from 'node:assert/strict';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { isAllowedHost, isInside, resolveFile, startServer, type RunningServer } from '../preview/server.ts';

/** A raw GET (fetch would normalise the path and forbid the Host header). */
function get(
    url: string,
    rawPath: string,
    headers: Record<string, string> = {}
): Promise<{ status: number; body: string }> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
        const req = http.request({ hostname, port, path: rawPath, method: 'GET', headers }, (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end();
    });
}

describe('preview server: path and host checks', () => {
    it('keeps asset paths inside the assets folder (a separator is required)', () => {
        const assets = path.resolve('/x/design-system/assets');
        assert.equal(isInside(assets, path.join(assets, 'styles', 'a.css')), true);
        assert.equal(isInside(assets, path.resolve('/x/design-system/assets-private/x')), false);
        assert.equal(isInside(assets, assets), false);
        assert.equal(isInside(assets, path.resolve('/x/design-system/other')), false);
        assert.equal(resolveFile('/assets/../assets-private/x'), null);
        assert.equal(resolveFile('/assets/%2e%2e/assets-private/x'), null);
        assert.equal(resolveFile('/assets/..%2f..%2fpackage.json'), null);
        assert.equal(resolveFile('/assets/a%00.css'), null);
        assert.match(
            resolveFile('/assets/styles/salesforce-lightning-design-system.min.css') ?? '',
            /assets[\\/]styles/
        );
    });

    it('throws URIError on malformed percent-encoding (the server answers 400)', () => {
        assert.throws(() => resolveFile('/%E0%A4%A'), URIError);
    });

    it('serves page routes as index.html and refuses unknown files', () => {
        assert.match(resolveFile('/plan/a0X000000000001') ?? '', /index\.html$/);
        assert.equal(resolveFile('/secret.txt'), null);
        assert.equal(resolveFile('/resources/nothing'), null);
        assert.match(resolveFile('/resources/chartjs') ?? '', /chart\.umd\.min\.js$/);
    });

    it('accepts only loopback Host headers with the listening port', () => {
        assert.equal(isAllowedHost('127.0.0.1:3333', 3333), true);
        assert.equal(isAllowedHost('localhost:3333', 3333), true);
        assert.equal(isAllowedHost('LOCALHOST:3333', 3333), true);
        assert.equal(isAllowedHost('[::1]:3333', 3333), true);
        assert.equal(isAllowedHost('127.0.0.1:4444', 3333), false);
        assert.equal(isAllowedHost('attacker.example:3333', 3333), false);
        assert.equal(isAllowedHost('127.0.0.1', 3333), false);
        assert.equal(isAllowedHost(undefined, 3333), false);
        assert.equal(isAllowedHost('', 3333), false);
    });
});

describe('preview server: a running server', () => {
    let server: RunningServer;
    before(async () => {
        server = await startServer(0);
    });
    after(() => server.close());

    it('answers 400 to a malformed URL and keeps serving', async () => {
        assert.equal((await get(server.url, '/%E0%A4%A')).status, 400);
        const page = await get(server.url, '/');
        assert.equal(page.status, 200, 'the process is still up');
        assert.match(page.body, /<html/i);
    });

    it('does not serve a sibling of the assets folder', async () => {
        assert.equal((await get(server.url, '/assets/../assets-private/x')).status, 404);
        assert.equal((await get(server.url, '/assets/../../../package.json')).status, 404);
    });

    it('refuses a foreign Host header (DNS rebinding) and other methods', async () => {
        const rebound = await get(server.url, '/', { host: 'attacker.example' });
        assert.equal(rebound.status, 421);
        assert.doesNotMatch(rebound.body, /<html/i);
        const port = new URL(server.url).port;
        assert.equal((await get(server.url, '/', { host: `localhost:${port}` })).status, 200);
        const post = await new Promise<number>((resolve, reject) => {
            const req = http.request(`${server.url}/`, { method: 'POST' }, (res) => {
                res.resume();
                resolve(res.statusCode ?? 0);
            });
            req.on('error', reject);
            req.end();
        });
        assert.equal(post, 405);
    });
});
