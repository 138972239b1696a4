/**
 * Reads the project's real metadata at build time so the preview shows what the org would show:
 * custom label values, object/field labels, types and picklist values, and the Jest fixtures.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { PackagedRule } from './src/validationRules';

export interface FieldInfo {
    label: string;
    type: string;
    required?: boolean;
    length?: number;
    precision?: number;
    scale?: number;
    referenceTo?: string;
    picklist?: string[];
    calculated?: boolean;
    helpText?: string;
    defaultValue?: string;
}
export interface ObjectInfo {
    label: string;
    standard?: boolean;
    fields: Record<string, FieldInfo>;
}

const parser = new XMLParser({
    ignoreAttributes: true,
    parseTagValue: false,
    isArray: (name) => name === 'labels' || name === 'value' || name === 'customValue'
});

function readXml(file: string): Record<string, unknown> {
    return parser.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

export function loadLabels(root: string): Record<string, string> {
    const file = path.join(root, 'force-app', 'main', 'default', 'labels', 'CustomLabels.labels-meta.xml');
    const labels: Record<string, string> = {};
    if (!fs.existsSync(file)) return labels;
    const doc = readXml(file) as { CustomLabels?: { labels?: { fullName: string; value: string }[] } };
    for (const l of doc.CustomLabels?.labels ?? []) labels[String(l.fullName)] = decode(String(l.value ?? ''));
    return labels;
}

function decode(s: string): string {
    return s
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}

type Xml = Record<string, unknown>;

function globalValueSets(base: string): Record<string, string[]> {
    const dir = path.join(base, 'globalValueSets');
    const sets: Record<string, string[]> = {};
    if (!fs.existsSync(dir)) return sets;
    for (const f of fs.readdirSync(dir)) {
        const doc = readXml(path.join(dir, f)) as { GlobalValueSet?: { customValue?: { fullName: string }[] } };
        sets[f.replace('.globalValueSet-meta.xml', '')] = (doc.GlobalValueSet?.customValue ?? []).map((v) =>
            decode(String(v.fullName))
        );
    }
    return sets;
}

/** Standard fields the components may use (the preview has no describe call). */
const STANDARD: Record<string, ObjectInfo> = {
    Account: {
        label: 'Account',
        standard: true,
        fields: {
            Name: { label: 'Account Name', type: 'Text', required: true, length: 255 },
            Type: { label: 'Type', type: 'Picklist', picklist: ['Customer', 'Partner', 'Reseller', 'Competitor'] },
            OwnerId: { label: 'Owner', type: 'Lookup', referenceTo: 'User' }
        }
    },
    Contact: {
        label: 'Contact',
        standard: true,
        fields: {
            Name: { label: 'Name', type: 'Text' },
            Title: { label: 'Title', type: 'Text', length: 128 },
            AccountId: { label: 'Account', type: 'Lookup', referenceTo: 'Account' }
        }
    },
    Opportunity: {
        label: 'Opportunity',
        standard: true,
        fields: {
            Name: { label: 'Opportunity Name', type: 'Text', required: true, length: 120 },
            StageName: { label: 'Stage', type: 'Picklist' },
            CloseDate: { label: 'Close Date', type: 'Date', required: true },
            Amount: { label: 'Amount', type: 'Currency' },
            Probability: { label: 'Probability (%)', type: 'Percent' },
            AccountId: { label: 'Account', type: 'Lookup', referenceTo: 'Account' }
        }
    },
    Task: {
        label: 'Task',
        standard: true,
        fields: {
            Subject: { label: 'Subject', type: 'Text', required: true, length: 255 },
            Status: {
                label: 'Status',
                type: 'Picklist',
                required: true,
                picklist: ['Not Started', 'In Progress', 'Completed', 'Waiting on someone else', 'Deferred'],
                defaultValue: 'Not Started'
            },
            Priority: {
                label: 'Priority',
                type: 'Picklist',
                picklist: ['High', 'Normal', 'Low'],
                defaultValue: 'Normal'
            },
            ActivityDate: { label: 'Due Date', type: 'Date' },
            Description: { label: 'Comments', type: 'LongTextArea' },
            WhatId: { label: 'Related To', type: 'Lookup', referenceTo: 'Account_Plan_Objective__c' },
            WhoId: { label: 'Name', type: 'Lookup', referenceTo: 'Contact' },
            OwnerId: { label: 'Assigned To', type: 'Lookup', referenceTo: 'User' }
        }
    },
    User: { label: 'User', standard: true, fields: { Name: { label: 'Full Name', type: 'Text' } } }
};

export function loadSchema(root: string): Record<string, ObjectInfo> {
    const base = path.join(root, 'force-app', 'main', 'default');
    const gvs = globalValueSets(base);
    const schema: Record<string, ObjectInfo> = JSON.parse(JSON.stringify(STANDARD)) as Record<string, ObjectInfo>;
    const objectsDir = path.join(base, 'objects');
    if (!fs.existsSync(objectsDir)) return schema;
    for (const objectName of fs.readdirSync(objectsDir)) {
        const dir = path.join(objectsDir, objectName);
        const info: ObjectInfo = schema[objectName] ?? { label: objectName, fields: {} };
        const objectFile = path.join(dir, `${objectName}.object-meta.xml`);
        if (fs.existsSync(objectFile)) {
            const obj = (readXml(objectFile).CustomObject ?? {}) as Xml;
            if (obj.label) info.label = String(obj.label);
            const nameField = obj.nameField as Xml | undefined;
            if (nameField) {
                info.fields.Name = {
                    label: String(nameField.label ?? 'Name'),
                    type: String(nameField.type ?? 'Text'),
                    required: nameField.type !== 'AutoNumber',
                    length: 80,
                    calculated: nameField.type === 'AutoNumber'
                };
            }
        }
        const fieldsDir = path.join(dir, 'fields');
        if (fs.existsSync(fieldsDir)) {
            for (const f of fs.readdirSync(fieldsDir)) {
                const field = (readXml(path.join(fieldsDir, f)).CustomField ?? {}) as Xml;
                const name = String(field.fullName ?? f.replace('.field-meta.xml', ''));
                const vs = field.valueSet as Xml | undefined;
                let picklist: string[] | undefined;
                if (vs?.valueSetName) picklist = gvs[String(vs.valueSetName)] ?? [];
                else if (vs?.valueSetDefinition) {
                    const values = ((vs.valueSetDefinition as Xml).value ?? []) as Xml[];
                    picklist = values.map((v) => decode(String(v.fullName)));
                }
                const type = String(field.type ?? (field.formula ? 'Formula' : 'Text'));
                info.fields[name] = {
                    label: String(field.label ?? name),
                    type,
                    required: String(field.required) === 'true' || type === 'MasterDetail',
                    length: field.length ? Number(field.length) : undefined,
                    precision: field.precision ? Number(field.precision) : undefined,
                    scale: field.scale !== undefined ? Number(field.scale) : undefined,
                    referenceTo: field.referenceTo ? String(field.referenceTo) : undefined,
                    picklist,
                    calculated: Boolean(field.formula) || type === 'Summary',
                    helpText: field.inlineHelpText ? decode(String(field.inlineHelpText)) : undefined,
                    defaultValue: field.defaultValue ? String(field.defaultValue) : undefined
                };
            }
        }
        schema[objectName] = info;
    }
    return schema;
}

/** What the preview shell needs of a record FlexiPage: its template, the main region's tabs, the sidebar. */
export interface RecordPageLayout {
    template: string;
    /** Titles of the main region's tabs, in order (labels resolved). */
    tabs: string[];
    /** Components of the sidebar region (e.g. runtime_sales_activities:activityPanel); empty: one column. */
    sidebar: string[];
}

const STANDARD_TABS: Record<string, string> = {
    'Standard.Tab.detail': 'Details',
    'Standard.Tab.relatedLists': 'Related',
    'Standard.Tab.activity': 'Activity',
    'Standard.Tab.feed': 'Chatter'
};

/** Reads force-app's FlexiPage of that name (the record page we ship): template, main tabs, sidebar components. */
export function loadRecordPage(root: string, name: string, labels: Record<string, string>): RecordPageLayout | null {
    const file = path.join(root, 'force-app', 'main', 'default', 'flexipages', `${name}.flexipage-meta.xml`);
    if (!fs.existsSync(file)) return null;
    const list = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
    const page = (readXml(file).FlexiPage ?? {}) as Xml;
    const regions = list(page.flexiPageRegions as Xml | Xml[]);
    const instances = (region: Xml | undefined) =>
        list(region?.itemInstances as Xml | Xml[]).map((i) => (i.componentInstance ?? {}) as Xml);
    const property = (instance: Xml, key: string) =>
        list(instance.componentInstanceProperties as Xml | Xml[]).find((p) => p.name === key)?.value as
            string | undefined;
    const tabs = instances(regions.find((r) => r.name === 'maintabs')).map((tab) => {
        const title = String(property(tab, 'title') ?? '');
        const label = /^\{!\$Label\.c\.(\w+)\}$/.exec(title)?.[1];
        return label ? (labels[label] ?? label) : (STANDARD_TABS[title] ?? title);
    });
    return {
        template: String((page.template as Xml | undefined)?.name ?? ''),
        tabs,
        sidebar: instances(regions.find((r) => r.name === 'sidebar')).map((c) => String(c.componentName))
    };
}

/** Every validation rule of the package's objects (objects/<Object>/validationRules/*.validationRule-meta.xml). */
export function loadValidationRules(root: string): PackagedRule[] {
    const objectsDir = path.join(root, 'force-app', 'main', 'default', 'objects');
    const rules: PackagedRule[] = [];
    if (!fs.existsSync(objectsDir)) return rules;
    for (const object of fs.readdirSync(objectsDir).sort()) {
        const dir = path.join(objectsDir, object, 'validationRules');
        if (!fs.existsSync(dir)) continue;
        for (const file of fs.readdirSync(dir).sort()) {
            if (!file.endsWith('.validationRule-meta.xml')) continue;
            const rule = (readXml(path.join(dir, file)).ValidationRule ?? {}) as Xml;
            rules.push({
                object,
                name: String(rule.fullName ?? file.replace('.validationRule-meta.xml', '')),
                active: String(rule.active) === 'true',
                errorMessage: decode(String(rule.errorMessage ?? '')),
                ...(rule.errorDisplayField ? { errorDisplayField: String(rule.errorDisplayField) } : {})
            });
        }
    }
    return rules;
}

/** Every Jest fixture of every component, keyed "component/file.json": the preview's only sample data. */
export function loadFixtures(lwcDir: string): Record<string, unknown> {
    const fixtures: Record<string, unknown> = {};
    if (!fs.existsSync(lwcDir)) return fixtures;
    for (const component of fs.readdirSync(lwcDir).sort()) {
        const dataDir = path.join(lwcDir, component, '__tests__', 'data');
        if (!fs.existsSync(dataDir)) continue;
        for (const file of fs.readdirSync(dataDir).sort()) {
            if (!file.endsWith('.json')) continue;
            try {
                fixtures[`${component}/${file}`] = JSON.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
            } catch (e) {
                console.warn(`preview: cannot parse fixture ${component}/${file}: ${(e as Error).message}`);
            }
        }
    }
    return fixtures;
}
