/**
 * Jest runner for the components' mutation runs only (stryker.components.config.mjs). Stryker runs each mutant with
 * `--findRelatedTests <mutated file>` and a test-name pattern listing the tests that cover the mutant. Jest still
 * loads every related suite to find out which of its tests match, so a mutant of planUtils loaded some 47 suites
 * (about 20 s) to run the few tests that cover it. This runner leaves out the suites none of whose top-level
 * `describe` titles starts a name in the pattern: the same tests run, and they are judged the same way.
 * A suite it cannot read (no top-level describe with a literal title) always runs.
 */
const { readFileSync } = require('node:fs');
const TestRunner = require('jest-runner').default;

const TOP_LEVEL_DESCRIBE = /^describe\(\s*'((?:[^'\\]|\\.)*)'/gm;

/** The test names the pattern lists, unescaped: "(name one)|(name two)" as written by Stryker's jest runner. */
function namesOf(pattern) {
    return pattern.replace(/\\(.)/g, '$1');
}

function mayMatch(testPath, names) {
    const titles = [...readFileSync(testPath, 'utf8').matchAll(TOP_LEVEL_DESCRIBE)].map((m) =>
        m[1].replace(/\\(.)/g, '$1')
    );
    return titles.length === 0 || titles.some((title) => names.includes(`(${title} `));
}

class StrykerRelatedSuitesRunner extends TestRunner {
    async runTests(tests, watcher, options) {
        const pattern = this._globalConfig.testNamePattern;
        if (!pattern) return super.runTests(tests, watcher, options);
        const names = namesOf(pattern);
        return super.runTests(
            tests.filter((test) => mayMatch(test.path, names)),
            watcher,
            options
        );
    }
}

module.exports = StrykerRelatedSuitesRunner;
module.exports.mayMatch = mayMatch;
module.exports.namesOf = namesOf;
