/**
 * `lightning/uiObjectInfoApi` for the preview: object info and picklist values from the real object metadata,
 * under the simulated org's names (src/namespace.ts); a name the org does not know gets the platform's error.
 */
import schema from 'preview/schema';
import { deepFreeze } from './platform';
import { fieldReferenceProblem, objectProblem, platformError, toOrg, toSource } from './namespace';

type Config = Record<string, unknown>;
interface WireValue {
    data: unknown;
    error: unknown;
}
const MASTER_RECORD_TYPE = '012000000000000AAA';

function objectName(ref: unknown): string {
    return typeof ref === 'string' ? ref : String((ref as { objectApiName?: string })?.objectApiName ?? '');
}

function objectInfo(apiName: string) {
    const obj = schema[toSource(apiName)];
    if (!obj) return null;
    const fields = Object.fromEntries(
        Object.entries(obj.fields).map(([name, f]) => [
            toOrg(name),
            {
                apiName: toOrg(name),
                label: f.label,
                dataType: f.type,
                required: Boolean(f.required),
                calculated: Boolean(f.calculated),
                updateable: !f.calculated,
                createable: !f.calculated,
                inlineHelpText: f.helpText ?? null,
                length: f.length ?? 0,
                referenceToInfos: f.referenceTo ? [{ apiName: toOrg(f.referenceTo) }] : []
            }
        ])
    );
    return {
        apiName,
        label: obj.label,
        labelPlural: obj.label + 's',
        defaultRecordTypeId: MASTER_RECORD_TYPE,
        fields,
        recordTypeInfos: {}
    };
}

function picklist(field: { objectApiName?: string; fieldApiName: string } | string) {
    const [obj, name] = typeof field === 'string' ? field.split('.') : [field.objectApiName ?? '', field.fieldApiName];
    const values = schema[toSource(obj)]?.fields[toSource(name)]?.picklist ?? [];
    return {
        controllerValues: {},
        defaultValue: null,
        url: '',
        values: values.map((v) => ({ label: v, value: v, validFor: [], attributes: null }))
    };
}

function adapter(check: (config: Config) => (string | null)[], compute: (config: Config) => unknown) {
    return class {
        private callback: (v: WireValue) => void;
        constructor(callback: (v: WireValue) => void) {
            this.callback = callback;
        }
        update(config: Config) {
            setTimeout(() => {
                const problems = check(config).filter((p): p is string => p !== null);
                if (problems.length) {
                    console.error(`uiObjectInfoApi: ${problems.join('; ')}`);
                    this.callback({ data: undefined, error: platformError(problems) });
                    return;
                }
                const data = compute(config);
                this.callback(
                    data
                        ? { data: deepFreeze(data), error: undefined }
                        : { data: undefined, error: { status: 404, body: { message: 'Not found' } } }
                );
            }, 0);
        }
        connect() {}
        disconnect() {}
    };
}

export const getObjectInfo = adapter(
    (c) => [objectProblem(objectName(c.objectApiName))],
    (c) => objectInfo(objectName(c.objectApiName))
);
export const getObjectInfos = adapter(
    (c) => ((c.objectApiNames as unknown[]) ?? []).map((o) => objectProblem(objectName(o))),
    (c) => ({
        results: ((c.objectApiNames as unknown[]) ?? []).map((o) => ({
            result: objectInfo(objectName(o)),
            statusCode: 200
        }))
    })
);
export const getPicklistValues = adapter(
    (c) => [fieldReferenceProblem(c.fieldApiName as string)],
    (c) => picklist(c.fieldApiName as string)
);
export const getPicklistValuesByRecordType = adapter(
    (c) => [objectProblem(objectName(c.objectApiName))],
    (c) => {
        const obj = schema[toSource(objectName(c.objectApiName))];
        if (!obj) return null;
        const fields = Object.fromEntries(
            Object.entries(obj.fields)
                .filter(([, f]) => f.picklist)
                .map(([name]) => [
                    toOrg(name),
                    picklist({ objectApiName: objectName(c.objectApiName), fieldApiName: toOrg(name) })
                ])
        );
        return { picklistFieldValues: fields };
    }
);
