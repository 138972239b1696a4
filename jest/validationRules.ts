/**
 * The packaged validation rules as the tests read them, so a component that checks a rule before the save can be
 * held to the rule's own message: `validationRuleMessage('Account_Plan_Partner_Role__c', 'Role_Required')`.
 */
import fs from 'node:fs';
import path from 'node:path';

const OBJECTS_DIR = path.resolve(__dirname, '..', 'force-app', 'main', 'default', 'objects');

/** The errorMessage of objects/<object>/validationRules/<rule>.validationRule-meta.xml, entities decoded. */
export function validationRuleMessage(objectName: string, ruleName: string): string {
    const file = path.join(OBJECTS_DIR, objectName, 'validationRules', `${ruleName}.validationRule-meta.xml`);
    const message = /<errorMessage>([\s\S]*?)<\/errorMessage>/.exec(fs.readFileSync(file, 'utf8'))?.[1];
    if (message === undefined) {
        throw new Error(`${file} has no errorMessage`);
    }
    return message
        .replace(/&apos;/g, "'")
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
}
