/** `npm start`: bundles the preview and serves it on 127.0.0.1 (PORT, default 3333). */
import { buildPreview } from './build';
import { startServer } from './server';

async function main(): Promise<void> {
    await buildPreview();
    const port = Number(process.env.PORT ?? 3333);
    const server = await startServer(port);
    console.log(`\nAccount Planning preview running at ${server.url}/  (Ctrl+C to stop)\n`);
    const stop = () => {
        void server.close().then(() => process.exit(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
}

main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
});
