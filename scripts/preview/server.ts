/**
 * Static server of the preview: the bundle, the SLDS assets (CSS, icons, fonts) from
 * @salesforce-ux/design-system, the Chart.js static resource, and index.html for every page route.
 *
 * It listens on loopback only, and still treats every request as hostile: a malformed URL is a 400 (never an
 * uncaught URIError that stops the process), a path may not leave the assets folder (the check requires the
 * separator, so `/assets/../assets-private/x` is refused), and the Host header must name the loopback address
 * the server listens on, so a web page that rebinds its own DNS name to 127.0.0.1 cannot read the preview.
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

/** The content type a file is served with, by its extension. */
export function contentType(file: string): string {
    return TYPES[path.extname(file)] ?? 'application/octet-stream';
}

/** `file` lies inside `dir` (a bare prefix test would also accept the sibling `dir-private`). */
export function isInside(dir: string, file: string): boolean {
    const relative = path.relative(dir, file);
    return relative !== '' && relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative);
}

/** The file a URL path names, null when there is none; throws URIError on malformed percent-encoding. */
export function resolveFile(urlPath: string): string | null {
    const clean = decodeURIComponent(urlPath.split('?')[0]);
    if (clean.includes('\0')) return null;
    if (clean === '/app.js') return path.join(OUT_DIR, 'app.js');
    if (clean.startsWith('/assets/')) {
        const file = path.resolve(SLDS_ASSETS, `.${path.sep}${clean.slice('/assets/'.length)}`);
        return isInside(SLDS_ASSETS, file) ? file : null;
    }
    if (clean.startsWith('/resources/')) {
        const name = clean.slice('/resources/'.length).split('/')[0];
        return STATIC_RESOURCES[name] ?? null;
    }
    if (path.extname(clean)) return null; // a file that is not there (/favicon.ico among them), not a page route
    return path.join(PREVIEW_DIR, 'index.html');
}

export interface RunningServer {
    url: string;
    close: () => Promise<void>;
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];

/** DNS-rebinding guard: the Host header must be a loopback name with the port the server listens on. */
export function isAllowedHost(hostHeader: string | undefined, port: number): boolean {
    if (!hostHeader) return false;
    const host = hostHeader.toLowerCase(); // Node's parser has already stripped the whitespace around the value
    return LOOPBACK_NAMES.some((name) => host === `${name}:${port}`);
}

function send(res: http.ServerResponse, status: number, text: string): void {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(text);
}

function handle(req: http.IncomingMessage, res: http.ServerResponse, port: number): void {
    if (!isAllowedHost(req.headers.host, port)) return send(res, 421, 'Misdirected request: unknown Host');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    const url = req.url as string; // always set on a request an http.Server received (Node's documentation)
    if (url.startsWith('/favicon.ico')) {
        res.writeHead(204);
        res.end();
        return;
    }
    let file: string | null;
    try {
        file = resolveFile(url);
    } catch {
        return send(res, 400, 'Bad request: malformed URL');
    }
    if (!file || !fs.existsSync(file) || !fs.statSync(file).isFile()) return send(res, 404, 'Not found');
    res.writeHead(200, { 'content-type': contentType(file), 'cache-control': 'no-cache' });
    // A HEAD response gets the same headers and no body: Node drops what is written to it.
    streamFile(file, res);
}

/** Streams a file into a started response; a read error (the file gone since it was checked) ends the connection. */
export function streamFile(file: string, res: http.ServerResponse): void {
    fs.createReadStream(file)
        .on('error', () => res.destroy())
        .pipe(res);
}

/** Wraps a request handler: an error it throws answers 500, or ends the connection once the answer has begun. */
export function guarded(handler: http.RequestListener): http.RequestListener {
    return (req, res) => {
        try {
            handler(req, res);
        } catch {
            if (!res.headersSent) send(res, 500, 'Internal error');
            else res.destroy();
        }
    };
}

export function startServer(port: number, host = '127.0.0.1'): Promise<RunningServer> {
    let listening = port;
    const server = http.createServer(guarded((req, res) => handle(req, res, listening)));
    return new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => {
            const { port: actual } = server.address() as AddressInfo;
            listening = actual;
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
