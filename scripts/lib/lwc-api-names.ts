/**
 * Components name custom objects, fields and relationships only through `@salesforce/schema` imports (or Apex
 * DTOs). In a subscriber org of the managed package every custom name carries the namespace
 * (`sap__Account_Plan__c`); the platform resolves schema imports to it, but not a name written in a string, an
 * object key (`{ Account_Plan__c: id }` in defaultValues or a record input), a property read
 * (`data.fields.Status__c`) or a template (`field-name="Status__c"`, `{record.fields.Status__c.value}`).
 * Checked: every component .ts and .html under lwc/, except tests (__tests__, their data) and typings.
 * Comments, CSS classes and the `@salesforce/schema/...` and `@salesforce/messageChannel/...` import paths are
 * allowed.
 */
import path from 'node:path';
import ts from 'typescript';
import type { Findings } from './diagnostics.ts';
import { lineAt, readText, walk } from './fsutil.ts';
import type { MetadataIndex } from './metadata-index.ts';

/** A custom API name: objects and fields (__c), relationships (__r), custom metadata, events, external objects. */
const CUSTOM_NAME = /\b[A-Za-z][A-Za-z0-9_]*?__(?:c|r|mdt|e|x|b)\b/;

interface Occurrence {
    offset: number;
    text: string;
}

/** The component sources this rule reads. */
export function componentSources(index: MetadataIndex): string[] {
    return walk(
        path.join(index.base, 'lwc'),
        (f) => (f.endsWith('.ts') && !f.endsWith('.d.ts')) || f.endsWith('.html')
    ).filter((f) => !f.split(path.sep).includes('__tests__'));
}

export function checkLwcApiNames(index: MetadataIndex, findings: Findings): void {
    for (const file of componentSources(index)) {
        const text = readText(file);
        const occurrences = file.endsWith('.html') ? templateOccurrences(text) : scriptOccurrences(file, text);
        for (const { offset, text: written } of occurrences) {
            const name = CUSTOM_NAME.exec(written)?.[0];
            if (!name) continue;
            findings.add(
                file,
                lineAt(text, offset),
                `'${name}' is named directly: in a subscriber org of the namespaced package it is ns__${name}, ` +
                    'so reference it through an @salesforce/schema import (or an Apex DTO)'
            );
        }
    }
}

/** String literals, template literal parts and identifiers (object keys, property reads) of a component .ts. */
function scriptOccurrences(file: string, text: string): Occurrence[] {
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.ESNext);
    // Stryker disable next-line ArrayDeclaration: a seeded entry is a string, whose undefined .text names nothing
    const found: Occurrence[] = [];
    const visit = (node: ts.Node): void => {
        if (
            (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
            node.moduleSpecifier &&
            ts.isStringLiteral(node.moduleSpecifier) &&
            /^@salesforce\/(schema|messageChannel)\//.test(node.moduleSpecifier.text)
        ) {
            return; // where a custom name belongs (the platform resolves the namespace); check:apex checks it
        }
        if (
            ts.isStringLiteralLike(node) ||
            ts.isTemplateHead(node) ||
            ts.isTemplateMiddle(node) ||
            ts.isTemplateTail(node) ||
            ts.isIdentifier(node) ||
            ts.isPrivateIdentifier(node)
        ) {
            found.push({ offset: node.getStart(source), text: node.text });
        }
        ts.forEachChild(node, visit);
    };
    visit(source);
    return found;
}

/** Attribute values (static or `{expression}`, except `class`) and text of an LWC template; comments skipped. */
function templateOccurrences(text: string): Occurrence[] {
    // Blank out comments, keeping offsets (and so line numbers) intact.
    const html = text.replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
    // Stryker disable next-line ArrayDeclaration: a seeded entry is a string, whose undefined .text names nothing
    const found: Occurrence[] = [];
    for (const m of html.matchAll(/([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\{[^}\s]*\}))/g)) {
        if (m[1].toLowerCase() === 'class') continue;
        found.push({ offset: m.index!, text: m[2] ?? m[3] ?? m[4] });
    }
    for (const m of html.matchAll(/>([^<]+)</g)) {
        found.push({ offset: m.index! + 1, text: m[1] });
    }
    return found;
}
