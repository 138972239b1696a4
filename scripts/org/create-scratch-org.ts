/** Entry point of `npm run org:create`; the logic lives in lib/scratch-org.ts. */
import path from 'node:path';
import { consoleLogger, runCli } from './lib/cli';
import { CREATE_SCRATCH_ORG_HELP, createScratchOrg, parseCreateScratchOrgArgs } from './lib/scratch-org';
import { CliSfRunner, nodeExec } from './lib/sf';

runCli(async () => {
    const options = parseCreateScratchOrgArgs(process.argv.slice(2));
    if (options.help) {
        console.log(CREATE_SCRATCH_ORG_HELP);
        return 0;
    }
    const projectRoot = path.resolve(import.meta.dirname, '..', '..');
    await createScratchOrg(options, {
        sf: new CliSfRunner(projectRoot),
        exec: nodeExec,
        log: consoleLogger,
        projectRoot
    });
    return 0;
});
