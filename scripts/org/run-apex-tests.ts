/** Entry point of `npm run test:apex`; the logic lives in lib/apex-tests.ts. */
import path from 'node:path';
import { RUN_APEX_TESTS_HELP, parseRunApexTestsArgs, runApexTests } from './lib/apex-tests';
import { consoleLogger, runCli } from './lib/cli';
import { CliSfRunner } from './lib/sf';

runCli(async () => {
    const options = parseRunApexTestsArgs(process.argv.slice(2));
    if (options.help) {
        console.log(RUN_APEX_TESTS_HELP);
        return 0;
    }
    const projectRoot = path.resolve(import.meta.dirname, '..', '..');
    const report = await runApexTests(options, { sf: new CliSfRunner(projectRoot), log: consoleLogger });
    return report.passed ? 0 : 1;
});
