/**
 * (viii) reports and dashboards: report types exist; custom report type tables and columns resolve;
 * every report column, grouping, filter, sort and chart field is available in its report type;
 * dashboard components name existing reports and a component type valid for that report.
 *
 * Column naming: reports on a custom report type (`<reportType>Name__c</reportType>`, file
 * reportTypes/Name.reportType-meta.xml) name columns `<table>$<field>`, where <table> is the report
 * type's section table (`Account_Plan__c`, `Account_Plan__c.Opportunities__r`). Reports on the standard
 * custom-object report types (`CustomEntity$Obj__c`, `CustomEntityCustomEntity$Parent__c$Child__c`) name
 * custom fields `Obj__c.Field__c` and standard columns in capitals (CUST_NAME, CHILD_NAME, FK_NAME).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Findings } from '../diagnostics.ts';
import { lineOf, subdirs, walk } from '../fsutil.ts';
import type { MetadataIndex } from '../metadata-index.ts';
import { arr, loadXml, str, type XmlNode } from '../xml.ts';

export const REPORT_CHART_TYPES = new Set([
    'None',
    'Scatter',
    'ScatterGrouped',
    'Bar',
    'BarGrouped',
    'BarStacked',
    'BarStacked100',
    'Column',
    'ColumnGrouped',
    'ColumnStacked',
    'ColumnStacked100',
    'Line',
    'LineGrouped',
    'LineCumulative',
    'LineGroupedCumulative',
    'Pie',
    'Donut',
    'Funnel',
    'VerticalColumn',
    'VerticalColumnGrouped',
    'VerticalColumnStacked',
    'VerticalColumnStacked100',
    'HorizontalBar',
    'HorizontalBarGrouped',
    'HorizontalBarStacked',
    'HorizontalBarStacked100',
    'VerticalColumnLine',
    'VerticalColumnGroupedLine',
    'VerticalColumnStackedLine',
    'VerticalColumnStacked100Line',
    'Plugin'
]);

export const DASHBOARD_COMPONENT_TYPES = new Set([
    'Bar',
    'BarGrouped',
    'BarStacked',
    'BarStacked100',
    'Column',
    'ColumnGrouped',
    'ColumnStacked',
    'ColumnStacked100',
    'Line',
    'LineGrouped',
    'LineCumulative',
    'LineGroupedCumulative',
    'Pie',
    'Donut',
    'Funnel',
    'Scatter',
    'ScatterGrouped',
    'Table',
    'FlexTable',
    'Metric',
    'Gauge',
    'VisualforcePage',
    'ColumnLine',
    'ColumnLineGrouped',
    'ColumnLineStacked',
    'ColumnLineStacked100'
]);
const NEEDS_NO_GROUPING = new Set(['Table', 'FlexTable', 'Metric', 'Gauge', 'VisualforcePage']);
const NEEDS_TWO_GROUPINGS = /(Grouped|Stacked)/;

/** Standard (non-custom) report types a report may name besides CustomEntity$... ones. */
const STANDARD_REPORT_TYPES = new Set([
    'AccountList',
    'AccountContactRole',
    'ContactList',
    'Opportunity',
    'OpportunityProduct',
    'OpportunityHistory',
    'OpportunityLead',
    'OpportunityPartner',
    'ActivityList',
    'Activity',
    'AccountActivity',
    'ContactActivity',
    'OpportunityActivity',
    'UserList',
    'LeadList',
    'CaseList',
    'ProductList',
    'AccountOpportunity'
]);

interface ReportTypeInfo {
    name: string;
    columns: Set<string>;
}

/** An object a report or report type may name: one the index knows, and one the project defines if it is custom. */
function isReportable(index: MetadataIndex, name: string): boolean {
    const obj = index.object(name);
    return obj !== undefined && (obj.projectDefined || !name.endsWith('__c'));
}

export function checkReports(index: MetadataIndex, findings: Findings): void {
    const reportTypes = loadReportTypes(index, findings);
    const reportsDir = path.join(index.base, 'reports');
    const reportGroupings = new Map<string, { count: number; format: string }>();
    for (const folder of subdirs(reportsDir)) {
        if (!existsSync(path.join(reportsDir, `${folder}.reportFolder-meta.xml`))) {
            findings.add(
                path.join(reportsDir, folder),
                1,
                `report folder '${folder}' has no ${folder}.reportFolder-meta.xml`
            );
        }
    }
    for (const file of walk(reportsDir, (f) => f.endsWith('.report-meta.xml'))) {
        const name = `${path.basename(path.dirname(file))}/${path.basename(file).replace('.report-meta.xml', '')}`;
        const { root, text } = loadXml(file);
        reportGroupings.set(name.toLowerCase(), {
            count: arr(root.groupingsDown).length + arr(root.groupingsAcross).length,
            format: str(root.format)
        });
        checkReport(index, findings, file, root, text, reportTypes);
    }
    checkDashboards(index, findings, reportGroupings);
}

function loadReportTypes(index: MetadataIndex, findings: Findings): Map<string, ReportTypeInfo> {
    const types = new Map<string, ReportTypeInfo>();
    // Stryker disable next-line StringLiteral: walk(base) finds the same files; report type files live only in reportTypes/
    const dir = path.join(index.base, 'reportTypes');
    for (const file of walk(dir, (f) => f.endsWith('.reportType-meta.xml'))) {
        const name = path.basename(file).replace('.reportType-meta.xml', '');
        const { root, text } = loadXml(file);
        const base = str(root.baseObject);
        const tables = new Map<string, string>(); // table -> object
        if (!isReportable(index, base)) {
            findings.add(file, lineOf(text, base), `report type base object '${base}' does not exist`);
        } else {
            tables.set(base.toLowerCase(), index.object(base)!.name);
            let join: XmlNode = root.join;
            let table = base;
            let object = index.object(base)!.name;
            while (join) {
                const rel = str(join.relationship);
                const child = index.object(object)!.children.get(rel.toLowerCase());
                if (!child) {
                    findings.add(
                        file,
                        lineOf(text, rel),
                        `report type join: '${rel}' is not a child relationship of ${object}`
                    );
                    break;
                }
                table = `${table}.${rel}`;
                object = child;
                tables.set(table.toLowerCase(), child);
                join = join.join;
            }
        }
        const columns = new Set<string>();
        for (const section of arr(root.sections)) {
            for (const col of arr(section.columns)) {
                const table = str(col.table);
                const field = str(col.field);
                columns.add(`${table}$${field}`.toLowerCase());
                const object = tables.get(table.toLowerCase());
                if (!object) {
                    if (tables.size)
                        findings.add(
                            file,
                            lineOf(text, `<table>${table}<`),
                            `report type column table '${table}' is not the base object or a join`
                        );
                    continue;
                }
                const problem = crtColumnProblem(index, object, field);
                if (problem)
                    findings.add(
                        file,
                        lineOf(text, `<field>${field}<`),
                        `report type column ${table}.${field}: ${problem}`
                    );
            }
        }
        types.set(name.toLowerCase(), { name, columns });
    }
    return types;
}

/**
 * A report type column names a field, or a lookup by its relationship (`Owner`, `CreatedBy`), possibly
 * through custom lookups written with their field name (`Account__c.Owner`, `Account__c.Name`).
 */
function crtColumnProblem(index: MetadataIndex, object: string, field: string): string | undefined {
    const parts = field.split('.');
    const path = parts.map((p, i) => (i < parts.length - 1 ? p.replace(/__c$/i, '__r') : p)).join('.');
    const problem = index.checkPath(object, path);
    const leaf = parts[parts.length - 1];
    const prefix = path.split('.').slice(0, -1);
    let obj = index.object(object);
    for (const rel of prefix) {
        const target = obj?.relationships.get(rel.toLowerCase());
        obj = target ? index.object(target) : undefined;
    }
    return obj?.relationships.has(leaf.toLowerCase()) ? undefined : problem;
}

/** Every field-like token a report names, with what it is (for messages). */
function reportTokens(root: XmlNode): Array<[string, string]> {
    const out: Array<[string, string]> = [];
    for (const c of arr(root.columns)) out.push([str(c.field), 'column']);
    for (const g of arr(root.groupingsDown)) out.push([str(g.field), 'grouping']);
    for (const g of arr(root.groupingsAcross)) out.push([str(g.field), 'grouping']);
    for (const c of arr(root.filter?.criteriaItems)) out.push([str(c.column), 'filter']);
    out.push([str(root.sortColumn), 'sort column']);
    out.push([str(root.timeFrameFilter?.dateColumn), 'time frame column']);
    out.push([str(root.chart?.groupingColumn), 'chart grouping']);
    out.push([str(root.chart?.secondaryGroupingColumn), 'chart grouping']);
    for (const s of arr(root.chart?.chartSummaries)) out.push([str(s.column), 'chart summary']);
    for (const b of arr(root.buckets)) out.push([str(b.sourceColumnName), 'bucket source']);
    // an element that is absent gives '': not a token
    return out.filter(([t]) => t);
}

function checkReport(
    index: MetadataIndex,
    findings: Findings,
    file: string,
    root: XmlNode,
    text: string,
    reportTypes: Map<string, ReportTypeInfo>
): void {
    const reportType = str(root.reportType);
    const own = new Set<string>(['rowcount']);
    for (const a of arr(root.aggregates)) own.add(str(a.developerName).toLowerCase());
    for (const b of arr(root.buckets)) own.add(str(b.developerName).toLowerCase());
    for (const d of arr(root.customDetailFormulas)) own.add(str(d.developerName).toLowerCase());
    const line = (token: string): number => lineOf(text, `>${token}<`);
    const chartType = str(root.chart?.chartType);
    if (chartType && !REPORT_CHART_TYPES.has(chartType))
        findings.add(file, line(chartType), `unknown chart type '${chartType}'`);

    let crt: ReportTypeInfo | undefined;
    // CustomEntity$Obj__c ends in __c too: the `$` form is tested first
    if (reportType.endsWith('__c') && !reportType.includes('$')) {
        const crtName = reportType.slice(0, -'__c'.length);
        crt = reportTypes.get(crtName.toLowerCase());
        if (!crt) {
            findings.add(
                file,
                line(reportType),
                `report type '${reportType}' does not exist (no reportTypes/${crtName}.reportType-meta.xml)`
            );
            return;
        }
    } else if (reportType.includes('$')) {
        for (const o of reportType.split('$').slice(1)) {
            if (!isReportable(index, o))
                findings.add(file, line(reportType), `report type '${reportType}': object '${o}' does not exist`);
        }
    } else if (reportTypes.has(reportType.toLowerCase())) {
        findings.add(
            file,
            line(reportType),
            `custom report type is named '${reportType}__c' in reports, not '${reportType}'`
        );
        return;
    } else if (!STANDARD_REPORT_TYPES.has(reportType)) {
        findings.add(file, line(reportType), `unknown report type '${reportType}'`);
        return;
    }

    for (const [raw, what] of reportTokens(root)) {
        const token = raw.slice(raw.indexOf('!') + 1); // a summary's aggregate prefix (s!, mx!) dropped
        if (own.has(token.toLowerCase())) continue;
        if (crt) {
            if (!crt.columns.has(token.toLowerCase()))
                findings.add(file, line(raw), `${what} '${raw}' is not a column of report type ${crt.name}`);
            continue;
        }
        const m = /^(\w+__c|Account|Opportunity|Contact|User)\.(.+)/.exec(token); // .+ runs to the end
        if (m && index.object(m[1])) {
            const problem = index.checkPath(m[1], m[2]);
            if (problem) findings.add(file, line(raw), `${what} '${raw}': ${problem}`);
        } else if (/__c/.test(token) && !token.startsWith('FK_')) {
            findings.add(file, line(raw), `${what} '${raw}' does not name a field of report type ${reportType}`);
        }
    }
    // Report.crossFilters is a child of <Report> itself, not of <filter> (Metadata API schema).
    for (const cf of arr(root.crossFilters)) {
        const related = str(cf.relatedTable);
        const joinColumn = str(cf.relatedTableJoinColumn);
        if (!isReportable(index, related)) {
            findings.add(file, line(related), `cross filter object '${related}' does not exist`);
            continue;
        }
        if (joinColumn && !index.field(related, joinColumn))
            findings.add(file, line(joinColumn), `cross filter join column '${related}.${joinColumn}' does not exist`);
        for (const c of arr(cf.criteriaItems)) {
            const col = str(c.column);
            if (col && !index.field(related, col))
                findings.add(file, line(col), `cross filter column '${related}.${col}' does not exist`);
        }
    }
}

function dashboardComponents(root: XmlNode): XmlNode[] {
    const out: XmlNode[] = [];
    for (const section of ['leftSection', 'middleSection', 'rightSection']) out.push(...arr(root[section]?.components));
    for (const g of arr(root.dashboardGridLayout?.dashboardGridComponents)) out.push(...arr(g.dashboardComponent));
    return out;
}

function checkDashboards(
    index: MetadataIndex,
    findings: Findings,
    reports: Map<string, { count: number; format: string }>
): void {
    const dir = path.join(index.base, 'dashboards');
    for (const folder of subdirs(dir)) {
        if (!existsSync(path.join(dir, `${folder}.dashboardFolder-meta.xml`))) {
            findings.add(
                path.join(dir, folder),
                1,
                `dashboard folder '${folder}' has no ${folder}.dashboardFolder-meta.xml`
            );
        }
    }
    for (const file of walk(dir, (f) => f.endsWith('.dashboard-meta.xml'))) {
        const { root, text } = loadXml(file);
        const components = dashboardComponents(root);
        if (components.length === 0) findings.add(file, 1, 'dashboard has no components');
        for (const c of components) {
            const type = str(c.componentType);
            const report = str(c.report);
            if (!DASHBOARD_COMPONENT_TYPES.has(type)) {
                findings.add(file, lineOf(text, `>${type}<`), `unknown dashboard component type '${type}'`);
            }
            if (!report) continue;
            const info = reports.get(report.toLowerCase());
            if (!info) {
                findings.add(
                    file,
                    lineOf(text, `>${report}<`),
                    `dashboard component names report '${report}', which does not exist`
                );
                continue;
            }
            if (!NEEDS_NO_GROUPING.has(type) && DASHBOARD_COMPONENT_TYPES.has(type)) {
                if (info.count === 0)
                    findings.add(
                        file,
                        lineOf(text, `>${report}<`),
                        `${type} chart needs a report with groupings; '${report}' has none`
                    );
                else if (NEEDS_TWO_GROUPINGS.test(type) && info.count < 2) {
                    findings.add(
                        file,
                        lineOf(text, `>${report}<`),
                        `${type} chart needs two groupings; '${report}' has ${info.count}`
                    );
                }
            }
        }
    }
}
