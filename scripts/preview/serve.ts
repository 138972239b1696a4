/**
 * `npm start`: bundles the preview and serves it on 127.0.0.1 (PORT, default 3333).
 * `npm start -- --namespace sap` serves it as a subscriber org of the managed package would name things.
 */
import { buildPreview, namespaceFromArgs } from './build';
import { startServer } from './server';

async function main(): Promise<void> {
    const namespace = namespaceFromArgs(process.argv.slice(2));
    await buildPreview({ namespace });
    const port = Number(process.env.PORT ?? 3333);
    const server = await startServer(port);
    const org = namespace ? `, simulating a subscriber org with the namespace '${namespace}'` : '';
    console.log(`\nAccount Planning preview running at ${server.url}/${org}  (Ctrl+C to stop)\n`);
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
