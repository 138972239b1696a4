/** Entry point of `npm run package:version`; the logic lives in lib/package-version.ts. */
import path from 'node:path';
import { consoleLogger, runCli } from './lib/cli';
import { PACKAGE_VERSION_HELP, createPackageVersion, parsePackageVersionArgs } from './lib/package-version';
import { CliSfRunner, nodeExec } from './lib/sf';

runCli(async () => {
    const options = parsePackageVersionArgs(process.argv.slice(2));
    if (options.help) {
        console.log(PACKAGE_VERSION_HELP);
        return 0;
    }
    const projectRoot = path.resolve(import.meta.dirname, '..', '..');
    const outcome = await createPackageVersion(options, {
        sf: new CliSfRunner(projectRoot),
        exec: nodeExec,
        log: consoleLogger,
        projectRoot
    });
    return outcome.succeeded ? 0 : 1;
});
