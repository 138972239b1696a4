/**
 * (v) list views, layouts, compact layouts, search layouts, quick actions, tabs and apps name only
 * existing fields, objects, flexipages and tabs; FlexiPages name only existing LWC components, and only
 * properties their js-meta.xml declares for the page's target.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Findings } from '../diagnostics.ts';
import { lineOf, readText } from '../fsutil.ts';
import { metadataFiles, type MetadataIndex } from '../metadata-index.ts';
import { arr, loadXml, str, type XmlNode } from '../xml.ts';

/**
 * Checks one field token as list views and layouts write them. Upper-case standard column tokens
 * (NAME, CORE.USERS.ALIAS, ACCOUNT.NAME) are accepted as they are; API names are resolved.
 */
export function fieldTokenProblem(index: MetadataIndex, object: string, token: string): string | undefined {
    if (!token) return undefined;
    if (/^[A-Z0-9_.]+$/.test(token) && !token.includes('__')) return undefined;
    let obj = object;
    let rest = token;
    const dot = token.indexOf('.');
    // Stryker disable next-line EqualityOperator: at 0 the head is '', which names no object either way
    if (dot > 0) {
        const head = token.slice(0, dot);
        if (index.object(head)) {
            obj = head;
            rest = token.slice(dot + 1);
        }
    }
    // an object the index does not know is not judged (checkPath)
    return index.checkPath(obj, rest);
}

function checkTokens(
    index: MetadataIndex,
    findings: Findings,
    file: string,
    text: string,
    object: string,
    tokens: string[],
    what: string
): void {
    for (const token of tokens) {
        const problem = fieldTokenProblem(index, object, token);
        if (problem) findings.add(file, lineOf(text, `>${token}<`), `${what}: ${problem}`);
    }
}

export function checkUiMetadata(index: MetadataIndex, findings: Findings): void {
    // the package's files, read once and taken by type (source format keeps each type in its own folder)
    const files = metadataFiles(index.base);
    const ofType = (suffix: string): string[] => files.filter((f) => f.endsWith(suffix));
    // list views, compact layouts, search layouts
    for (const file of ofType('.listView-meta.xml')) {
        const object = path.basename(path.dirname(path.dirname(file)));
        const { root, text } = loadXml(file);
        const tokens = [...arr(root.columns).map(str), ...arr(root.filters).map((f: XmlNode) => str(f.field))];
        checkTokens(index, findings, file, text, object, tokens, `list view on ${object}`);
    }
    for (const file of ofType('.compactLayout-meta.xml')) {
        const object = path.basename(path.dirname(path.dirname(file)));
        const { root, text } = loadXml(file);
        checkTokens(index, findings, file, text, object, arr(root.fields).map(str), `compact layout on ${object}`);
    }
    for (const obj of index.objects.values()) {
        if (!obj.dir) continue;
        const file = path.join(obj.dir, `${obj.name}.object-meta.xml`);
        if (!existsSync(file)) continue;
        const { root, text } = loadXml(file);
        const sl = root.searchLayouts ?? {};
        const tokens = [
            'customTabListAdditionalFields',
            'lookupDialogsAdditionalFields',
            'searchResultsAdditionalFields',
            'lookupPhoneDialogsAdditionalFields',
            'searchFilterFields'
        ].flatMap((k) => arr(sl[k]).map(str));
        checkTokens(index, findings, file, text, obj.name, tokens, `search layout on ${obj.name}`);
        const assigned = str(root.compactLayoutAssignment);
        if (
            assigned &&
            assigned !== 'SYSTEM' &&
            !existsSync(path.join(obj.dir, 'compactLayouts', `${assigned}.compactLayout-meta.xml`))
        ) {
            findings.add(file, lineOf(text, assigned), `compactLayoutAssignment '${assigned}' does not exist`);
        }
    }
    checkLayouts(index, findings, ofType('.layout-meta.xml'));
    checkQuickActions(index, findings, ofType('.quickAction-meta.xml'));
    checkFlexiPages(index, findings, ofType('.flexipage-meta.xml'));
    checkTabs(index, findings, ofType('.tab-meta.xml'));
    checkApps(index, findings, ofType('.app-meta.xml'));
}

function checkLayouts(index: MetadataIndex, findings: Findings, layouts: string[]): void {
    for (const file of layouts) {
        const object = path.basename(file).split('-')[0];
        const { root, text } = loadXml(file);
        const fields: string[] = [];
        for (const section of arr(root.layoutSections)) {
            for (const column of arr(section.layoutColumns)) {
                // a blank space has no field: its '' is skipped as a token
                for (const item of arr(column.layoutItems)) fields.push(str(item.field));
            }
        }
        checkTokens(index, findings, file, text, object, fields, `layout on ${object}`);
        for (const rl of arr(root.relatedLists)) {
            const name = str(rl.relatedList);
            const m = /^(\w+__c)\.(\w+)$/.exec(name);
            if (!m) continue;
            const [, child, lookup] = m;
            if (!index.field(child, lookup)) {
                findings.add(file, lineOf(text, name), `related list '${name}': ${child}.${lookup} does not exist`);
                continue;
            }
            for (const column of arr(rl.fields).map(str)) {
                const problem = fieldTokenProblem(index, child, column.replace(new RegExp(`^${child}\\.`, 'i'), ''));
                // at the column as written, with or without its object prefix
                if (problem) findings.add(file, lineOf(text, `>${column}<`), `related list ${name}: ${problem}`);
            }
        }
        for (const qa of arr(root.platformActionList?.platformActionListItems)) {
            const action = str(qa.actionName);
            const qaType = str(qa.actionType);
            // a global action has no object prefix: it names no project object, so it is not looked up
            if (
                qaType === 'QuickAction' &&
                !existsSync(path.join(index.base, 'quickActions', `${action}.quickAction-meta.xml`))
            ) {
                const objectOfAction = action.split('.')[0];
                if (index.object(objectOfAction)?.dir || objectOfAction.endsWith('__c')) {
                    findings.add(file, lineOf(text, action), `quick action '${action}' does not exist`);
                }
            }
        }
    }
}

function checkQuickActions(index: MetadataIndex, findings: Findings, actions: string[]): void {
    for (const file of actions) {
        const { root, text } = loadXml(file);
        const parent = path.basename(file).split('.')[0];
        const target = str(root.targetObject) || parent;
        if (target.endsWith('__c') && !index.object(target)?.projectDefined) {
            findings.add(file, lineOf(text, target), `quick action target object '${target}' does not exist`);
        }
        const fields: string[] = [];
        for (const column of arr(root.quickActionLayout?.quickActionLayoutColumns)) {
            for (const item of arr(column.quickActionLayoutItems)) fields.push(str(item.field));
        }
        for (const o of arr(root.fieldOverrides)) fields.push(str(o.field));
        checkTokens(index, findings, file, text, target, fields, `quick action on ${target}`);
        const lwc = str(root.lightningWebComponent);
        // Stryker disable next-line Regex: a component reference has one ':', after its namespace
        if (lwc && !index.bundle(lwc.replace(/^c:/, '')))
            findings.add(file, lineOf(text, lwc), `quick action LWC '${lwc}' does not exist`);
    }
}

const PAGE_TARGET: Record<string, string> = {
    RecordPage: 'lightning__RecordPage',
    AppPage: 'lightning__AppPage',
    HomePage: 'lightning__HomePage',
    UtilityBar: 'lightning__UtilityBar'
};

/** Resolves a FlexiPage componentName to a project LWC name, or undefined for platform components. */
export function customComponentName(componentName: string): string | undefined {
    if (componentName.startsWith('c:')) return componentName.slice(2);
    if (componentName.startsWith('c__')) return componentName.slice(3);
    if (!componentName.includes(':') && !componentName.includes('__')) return componentName;
    return undefined;
}

function checkFlexiPages(index: MetadataIndex, findings: Findings, pages: string[]): void {
    for (const file of pages) {
        const { root, text } = loadXml(file);
        const pageType = str(root.type);
        const sobject = str(root.sobjectType);
        const target = PAGE_TARGET[pageType];
        if (sobject.endsWith('__c') && !index.object(sobject)?.projectDefined) {
            findings.add(file, lineOf(text, `<sobjectType>${sobject}`), `sobjectType '${sobject}' does not exist`);
        }
        for (const region of arr(root.flexiPageRegions)) {
            for (const item of arr(region.itemInstances)) {
                const ci = item.componentInstance;
                if (ci) checkComponent(index, findings, file, text, ci, target, pageType);
                const fi = item.fieldInstance;
                if (fi && sobject) {
                    const fieldItem = str(fi.fieldItem).replace(/^Record\./, '');
                    const problem = fieldTokenProblem(index, sobject, fieldItem);
                    if (problem) findings.add(file, lineOf(text, str(fi.fieldItem)), `field instance: ${problem}`);
                }
                for (const rule of [...arr(ci?.visibilityRule?.criteria), ...arr(fi?.visibilityRule?.criteria)]) {
                    const m = /^\{!Record\.([\w.]+)\}$/.exec(str(rule.leftValue));
                    if (m && sobject) {
                        const problem = fieldTokenProblem(index, sobject, m[1]);
                        if (problem) findings.add(file, lineOf(text, m[0]), `visibility rule: ${problem}`);
                    }
                }
            }
        }
    }
}

function checkComponent(
    index: MetadataIndex,
    findings: Findings,
    file: string,
    text: string,
    ci: XmlNode,
    target: string | undefined,
    pageType: string
): void {
    const componentName = str(ci.componentName);
    const name = customComponentName(componentName);
    if (!name) return;
    const line = lineOf(text, `>${componentName}<`);
    const bundle = index.bundle(name);
    if (!bundle) {
        const aura = path.join(index.base, 'aura', name, `${name}.cmp`);
        if (existsSync(aura)) {
            checkAuraComponent(findings, file, text, ci, readText(aura), pageType);
            return;
        }
        findings.add(file, line, `component '${componentName}' does not exist (no LWC or Aura '${name}')`);
        return;
    }
    if (!bundle.isExposed) findings.add(file, line, `component '${componentName}' is not exposed (isExposed false)`);
    if (target && !bundle.targets.has(target))
        findings.add(file, line, `component '${componentName}' does not declare target ${target} for this ${pageType}`);
    const declared = (target && bundle.properties.get(target)) || new Set<string>();
    for (const prop of arr(ci.componentInstanceProperties)) {
        const propName = str(prop.name);
        if (!declared.has(propName)) {
            findings.add(
                file,
                lineOf(text, `<name>${propName}</name>`),
                `component '${componentName}' has no property '${propName}' for ${target ?? pageType} in ${bundle.name}.js-meta.xml`
            );
        }
    }
}

/** The interface an Aura component implements to be placed on a page of that type (Aura guide, "Configure Components for Lightning Pages"). */
const AURA_PAGE_INTERFACE: Record<string, string[]> = {
    RecordPage: ['flexipage:availableForRecordHome', 'flexipage:availableForAllPageTypes'],
    AppPage: ['flexipage:availableForAllPageTypes'],
    HomePage: ['flexipage:availableForAllPageTypes']
};

/** An Aura component on a FlexiPage: it implements the page type's interface and takes no properties (no design file read). */
function checkAuraComponent(
    findings: Findings,
    file: string,
    text: string,
    ci: XmlNode,
    markup: string,
    pageType: string
): void {
    const componentName = str(ci.componentName);
    const line = lineOf(text, `>${componentName}<`);
    // undefined when the markup implements nothing
    const implemented = /<aura:component\b[^>]*\bimplements="([^"]*)"/
        .exec(markup)?.[1]
        .split(',')
        .map((name) => name.trim());
    const accepted = AURA_PAGE_INTERFACE[pageType] ?? [];
    if (accepted.length && !accepted.some((name) => implemented?.includes(name)))
        findings.add(
            file,
            line,
            `Aura component '${componentName}' does not implement ${accepted[0]} for this ${pageType}`
        );
    for (const prop of arr(ci.componentInstanceProperties)) {
        findings.add(
            file,
            lineOf(text, `<name>${str(prop.name)}</name>`),
            `Aura component '${componentName}' has no property '${str(prop.name)}' (the check reads no design file)`
        );
    }
}

function checkTabs(index: MetadataIndex, findings: Findings, tabs: string[]): void {
    for (const file of tabs) {
        const { root, text } = loadXml(file);
        const name = path.basename(file).replace('.tab-meta.xml', '');
        const flexi = str(root.flexiPage);
        if (flexi && !index.flexipages.has(flexi.toLowerCase()))
            findings.add(file, lineOf(text, flexi), `tab FlexiPage '${flexi}' does not exist`);
        if (str(root.customObject) === 'true' && !index.object(name)?.projectDefined)
            findings.add(file, 1, `tab object '${name}' does not exist`);
        const lwc = str(root.lwcComponent);
        if (lwc && !index.bundle(lwc)) findings.add(file, lineOf(text, lwc), `tab LWC '${lwc}' does not exist`);
    }
}

function checkApps(index: MetadataIndex, findings: Findings, apps: string[]): void {
    for (const file of apps) {
        const { root, text } = loadXml(file);
        for (const tab of arr(root.tabs).map(str)) {
            if (!tab.startsWith('standard-') && !index.tabs.has(tab.toLowerCase()))
                findings.add(file, lineOf(text, `>${tab}<`), `app tab '${tab}' does not exist`);
        }
        for (const ov of [...arr(root.actionOverrides), ...arr(root.profileActionOverrides)]) {
            const content = str(ov.content);
            if (str(ov.type) === 'Flexipage' && content && !index.flexipages.has(content.toLowerCase())) {
                findings.add(file, lineOf(text, content), `app override FlexiPage '${content}' does not exist`);
            }
        }
        const util = str(root.utilityBar);
        if (util && !index.flexipages.has(util.toLowerCase()))
            findings.add(file, lineOf(text, util), `utility bar FlexiPage '${util}' does not exist`);
    }
}
