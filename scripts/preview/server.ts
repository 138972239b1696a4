/**
 * Static server of the preview: the bundle, the SLDS assets (CSS, icons, fonts) from
 * @salesforce-ux/design-system, the Chart.js static resource, and index.html for every page route.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { OUT_DIR, PREVIEW_DIR, ROOT } from './build';

const TYPES: Record<string, string> = {
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.html': 'text/html; charset=utf-8',
    '.svg': 'image/svg+xml',
    '.png': 'image/png',
    '.woff': 'font/woff',
    '.woff2': 'font/woff2',
    '.json': 'application/json'
};

const SLDS_ASSETS = path.join(ROOT, 'node_modules', '@salesforce-ux', 'design-system', 'assets');
const STATIC_RESOURCES: Record<string, string> = {
    chartjs: path.join(ROOT, 'node_modules', 'chart.js', 'dist', 'chart.umd.min.js')
};

function resolveFile(urlPath: string): string | null {
    const clean = decodeURIComponent(urlPath.split('?')[0]);
    if (clean === '/app.js') return path.join(OUT_DIR, 'app.js');
    if (clean.startsWith('/assets/')) {
        const file = path.normalize(path.join(SLDS_ASSETS, clean.slice('/assets/'.length)));
        return file.startsWith(SLDS_ASSETS) ? file : null;
    }
    if (clean.startsWith('/resources/')) {
        const name = clean.slice('/resources/'.length).split('/')[0];
        return STATIC_RESOURCES[name] ?? null;
    }
    if (clean === '/favicon.ico') return null;
    if (path.extname(clean)) return null;
    return path.join(PREVIEW_DIR, 'index.html');
}

export interface RunningServer {
    url: string;
    close: () => Promise<void>;
}

export function startServer(port: number, host = '127.0.0.1'): Promise<RunningServer> {
    const server = http.createServer((req, res) => {
        if ((req.url ?? '').startsWith('/favicon.ico')) {
            res.writeHead(204);
            res.end();
            return;
        }
        const file = resolveFile(req.url ?? '/');
        if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
            res.writeHead(404, { 'content-type': 'text/plain' });
            res.end('Not found');
            return;
        }
        const ext = file === STATIC_RESOURCES.chartjs ? '.js' : path.extname(file);
        res.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
        fs.createReadStream(file).pipe(res);
    });
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            const { port: actual } = server.address() as AddressInfo;
            resolve({
                url: `http://${host}:${actual}`,
                close: () =>
                    new Promise<void>((done) => {
                        server.closeAllConnections();
                        server.close(() => done());
                    })
            });
        });
    });
}
