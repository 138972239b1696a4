/**
 * `lightning/uiObjectInfoApi` in Jest: object info and picklist adapters that accept only names the simulated
 * org knows and return emitted fixtures (written with source names) with the org's names.
 */
import { fieldReferenceProblem, ns, objectProblem } from '../../../platform/org';
import { strictWireAdapter } from '../../../platform/wireAdapter';

type ObjectInfo = { apiName?: string; fields?: Record<string, { apiName?: string }> };

function toOrgObjectInfo(value: unknown): unknown {
    const info = value as ObjectInfo | undefined;
    if (!info || typeof info !== 'object') {
        return value;
    }
    return {
        ...info,
        ...(info.apiName ? { apiName: ns(info.apiName) } : {}),
        ...(info.fields
            ? {
                  fields: Object.fromEntries(
                      Object.entries(info.fields).map(([name, field]) => [
                          ns(name),
                          { ...field, ...(field.apiName ? { apiName: ns(field.apiName) } : {}) }
                      ])
                  )
              }
            : {})
    };
}

export const getObjectInfo = strictWireAdapter(
    'getObjectInfo',
    (config) => [objectProblem(config.objectApiName as string)],
    toOrgObjectInfo
);
export const getObjectInfos = strictWireAdapter('getObjectInfos', (config) =>
    ((config.objectApiNames as string[]) ?? []).map((name) => objectProblem(name))
);
export const getPicklistValues = strictWireAdapter('getPicklistValues', (config) => [
    fieldReferenceProblem(config.fieldApiName as string)
]);
export const getPicklistValuesByRecordType = strictWireAdapter('getPicklistValuesByRecordType', (config) => [
    objectProblem(config.objectApiName as string)
]);
