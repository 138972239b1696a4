/**
 * The preview server's answers as a browser sees them: status, content type, cache header and body for each kind of
 * file it serves, the favicon, HEAD, and the plain-text refusals; and the paths it resolves, exactly.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { contentType, guarded, resolveFile, startServer, streamFile, type RunningServer } from '../preview/server.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SLDS = path.join(ROOT, 'node_modules', '@salesforce-ux', 'design-system', 'assets');
const CHARTJS = path.join(ROOT, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js');
const INDEX = path.join(ROOT, 'scripts', 'preview', 'index.html');

interface Answer {
    status: number;
    headers: http.IncomingHttpHeaders;
    body: string;
}

/** A raw request (fetch would normalise the path and forbid the Host header). */
function request(url: string, rawPath: string, method = 'GET', headers: Record<string, string> = {}): Promise<Answer> {
    const { hostname, port } = new URL(url);
    return new Promise((resolve, reject) => {
        const req = http.request({ hostname, port, path: rawPath, method, headers }, (res) => {
            let body = '';
            res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
        });
        req.on('error', reject);
        req.end();
    });
}

const PLAIN = 'text/plain; charset=utf-8';

describe('preview server: content types and paths', () => {
    it('gives each served extension its content type, and octet-stream to others', () => {
        assert.equal(contentType('/x/app.js'), 'text/javascript; charset=utf-8');
        assert.equal(contentType('/x/a.css'), 'text/css; charset=utf-8');
        assert.equal(contentType('/x/index.html'), 'text/html; charset=utf-8');
        assert.equal(contentType('/x/a.svg'), 'image/svg+xml');
        assert.equal(contentType('/x/a.png'), 'image/png');
        assert.equal(contentType('/x/a.woff'), 'font/woff');
        assert.equal(contentType('/x/a.woff2'), 'font/woff2');
        assert.equal(contentType('/x/a.json'), 'application/json');
        assert.equal(contentType('/x/License.txt'), 'application/octet-stream');
    });

    it('resolves the bundle, assets, static resources and page routes to exact files', () => {
        assert.equal(resolveFile('/app.js'), path.join(ROOT, '.preview', 'app.js'));
        assert.equal(resolveFile('/assets/styles/a.css?v=1'), path.join(SLDS, 'styles', 'a.css'));
        assert.equal(resolveFile('/resources/chartjs/chart.umd.min.js'), CHARTJS);
        assert.equal(resolveFile('/plan/a0X000000000001?tab=2'), INDEX);
        assert.equal(resolveFile('/favicon.ico'), null);
    });
});

describe('preview server: answers', () => {
    let server: RunningServer;
    before(async () => {
        server = await startServer(0);
    });
    after(() => server.close());

    it('listens on the loopback address it names', () => {
        assert.match(server.url, /^http:\/\/127\.0\.0\.1:\d+$/);
    });

    it('serves index.html for page routes, not cached, and only headers to HEAD', async () => {
        const page = await request(server.url, '/plan/a0X000000000001');
        assert.equal(page.status, 200);
        assert.equal(page.headers['content-type'], 'text/html; charset=utf-8');
        assert.equal(page.headers['cache-control'], 'no-cache');
        assert.equal(page.body, readFileSync(INDEX, 'utf8'));
        const head = await request(server.url, '/', 'HEAD');
        assert.deepEqual(
            [head.status, head.headers['content-type'], head.headers['cache-control'], head.body],
            [200, 'text/html; charset=utf-8', 'no-cache', '']
        );
    });

    it('serves Chart.js and the SLDS assets with their types', async () => {
        const chart = await request(server.url, '/resources/chartjs');
        assert.deepEqual([chart.status, chart.headers['content-type']], [200, 'text/javascript; charset=utf-8']);
        assert.equal(chart.body, readFileSync(CHARTJS, 'utf8'));
        const types = await Promise.all(
            [
                '/assets/styles/salesforce-lightning-design-system.min.css',
                '/assets/images/illustrations/empty-state-events.svg',
                '/assets/images/profile_avatar_96.png',
                '/assets/icons/License-for-icons.txt'
            ].map(async (p) => {
                const answer = await request(server.url, p);
                return `${answer.status} ${String(answer.headers['content-type'])}`;
            })
        );
        assert.deepEqual(types, [
            '200 text/css; charset=utf-8',
            '200 image/svg+xml',
            '200 image/png',
            '200 application/octet-stream'
        ]);
    });

    it('answers the favicon with an empty 204, with or without a query', async () => {
        for (const p of ['/favicon.ico', '/favicon.ico?v=2']) {
            const icon = await request(server.url, p);
            assert.deepEqual([icon.status, icon.body], [204, ''], p);
        }
    });

    it('refuses in plain text: missing files and folders, foreign hosts, other methods, malformed URLs', async () => {
        const port = new URL(server.url).port;
        const answers = [
            await request(server.url, '/assets/styles/nothing.css'),
            await request(server.url, '/assets/styles'),
            await request(server.url, '/secret.txt'),
            await request(server.url, '/', 'GET', { host: `evil.example:${port}` }),
            await request(server.url, '/', 'POST'),
            await request(server.url, '/', 'PUT'),
            await request(server.url, '/%E0%A4%A')
        ];
        assert.deepEqual(
            answers.map((a) => `${a.status} ${String(a.headers['content-type'])} ${a.body}`),
            [
                `404 ${PLAIN} Not found`,
                `404 ${PLAIN} Not found`,
                `404 ${PLAIN} Not found`,
                `421 ${PLAIN} Misdirected request: unknown Host`,
                `405 ${PLAIN} Method not allowed`,
                `405 ${PLAIN} Method not allowed`,
                `400 ${PLAIN} Bad request: malformed URL`
            ]
        );
    });

    it('rejects when the port is taken', async () => {
        const port = Number(new URL(server.url).port);
        await assert.rejects(startServer(port), { code: 'EADDRINUSE' });
    });
});

/** What a client gets from a one-off server running `handler`: the status (0 when the connection ends first), the body, and whether the answer was complete. */
async function outcome(handler: http.RequestListener): Promise<{ status: number; body: string; complete: boolean }> {
    const server = http.createServer(handler);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
        return await new Promise((resolve) => {
            const req = http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
                let body = '';
                res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
                res.on('error', () => undefined);
                res.on('close', () => resolve({ status: res.statusCode ?? 0, body, complete: res.complete }));
            });
            req.on('error', () => resolve({ status: 0, body: '', complete: false }));
        });
    } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
    }
}

describe('preview server: failures while answering', { timeout: 20_000 }, () => {
    it('answers 500 in plain text when the handler throws before answering', async () => {
        const answer = await outcome(
            guarded(() => {
                throw new Error('boom');
            })
        );
        assert.deepEqual(answer, { status: 500, body: 'Internal error', complete: true });
    });

    it('ends the connection when the handler throws after the answer began', async () => {
        const answer = await outcome(
            guarded((_, res) => {
                res.writeHead(200, { 'content-type': 'text/plain' });
                res.write('partial');
                throw new Error('boom');
            })
        );
        assert.equal(answer.complete, false, 'the client sees an interrupted answer');
    });

    it('streams a file, and ends the connection when the file cannot be read', async () => {
        const whole = await outcome((_, res) => {
            res.writeHead(200);
            streamFile(INDEX, res);
        });
        assert.deepEqual(whole, { status: 200, body: readFileSync(INDEX, 'utf8'), complete: true });
        const missing = await outcome((_, res) => {
            res.writeHead(200);
            streamFile(path.join(ROOT, 'no-such-file.html'), res);
        });
        assert.equal(missing.complete, false, 'no complete answer for a file gone');
    });
});
