/**
 * Jest's dependency extractor (jest.config.js `dependencyExtractor`), so that `--findRelatedTests` follows a
 * component's template. Stryker runs each mutant's tests with `--findRelatedTests <mutated file>`, and Jest finds
 * the related suites through the imports it reads in the sources. But a component's `.ts` imports its `.html` only
 * once compiled, and the template renders its children as `<c-child-name>` tags, which name no module: a child
 * rendered only by its parent's template (`planObjectiveCard`, tested through `planObjectives`) had no related
 * suite, so Stryker reported every one of its mutants as not covered. This adds those two edges to Jest's own.
 */
'use strict';

const fs = require('node:fs');
const path = require('node:path');

const CHILD_TAG = /<c-([a-z0-9]+(?:-[a-z0-9]+)*)/g;

/** `plan-objective-card` -> `c/planObjectiveCard`, the LWC rule from tag name to module name. */
function moduleOfTag(tag) {
    return `c/${tag.replace(/-([a-z0-9])/g, (_, next) => next.toUpperCase())}`;
}

function extract(code, filePath, defaultExtract) {
    const dependencies = new Set(defaultExtract(code, filePath));
    const extension = path.extname(filePath);
    const name = path.basename(filePath, extension);
    if (extension === '.html') {
        for (const match of code.matchAll(CHILD_TAG)) {
            dependencies.add(moduleOfTag(match[1]));
        }
    } else if (
        (extension === '.ts' || extension === '.js') &&
        name === path.basename(path.dirname(filePath)) &&
        fs.existsSync(path.join(path.dirname(filePath), `${name}.html`))
    ) {
        // the component's own template, which the LWC compiler imports into it
        dependencies.add(`./${name}.html`);
    }
    return dependencies;
}

module.exports = { extract, moduleOfTag, getCacheKey: () => 'lwc-template-dependencies-1' };
