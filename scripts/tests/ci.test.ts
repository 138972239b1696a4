import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { walk } from '../lib/fsutil.ts';
import { REPO } from './helpers.ts';

describe('CI workflows', () => {
    it('pin every GitHub Action by a full commit SHA (tags can be moved), with the tag in a comment', () => {
        const workflows = walk(path.join(REPO, '.github'), (f) => /\.ya?ml$/.test(f));
        assert.ok(workflows.length > 0, 'a workflow exists');
        for (const file of workflows) {
            const uses = [...readFileSync(file, 'utf8').matchAll(/^\s*(?:-\s*)?uses:\s*(\S+)(.*)$/gm)];
            assert.ok(uses.length > 0, `${file} uses actions`);
            for (const [, ref, rest] of uses) {
                if (ref.startsWith('./')) continue;
                assert.match(
                    ref,
                    /^[\w.-]+\/[\w./-]+@[0-9a-f]{40}$/,
                    `${path.basename(file)}: ${ref} is not pinned by SHA`
                );
                assert.match(rest, /#\s*v\d/, `${path.basename(file)}: ${ref} names its version in a comment`);
            }
        }
    });
});
