/**
 * check:metadata's report and dashboard rule (scripts/lib/metadata/reports.ts), in-process on the base fixture with
 * added reports, report types and dashboards: which chart, component and report types it accepts (each listed, so
 * none can be dropped unnoticed), the groupings a dashboard chart needs, which objects a report may name, and the
 * report columns it resolves. Findings are asserted as the whole lines a developer reads.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkReports } from '../lib/metadata/reports.ts';
import { BASE, type Edits, ruleFindings } from './helpers.ts';

/** The findings of the rule on the base fixture with `edits`. */
const run = (edits: Edits = {}): Promise<string[]> => ruleFindings(checkReports, edits);

const add = (text: string) => (): string => text;
const REPORTS = `${BASE}/reports/PlanReports`;
const REPORT_TYPES = `${BASE}/reportTypes`;
const DASHBOARDS = `${BASE}/dashboards/PlanDashboards`;
const xml = (root: string, lines: string[]): string =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://soap.sforce.com/2006/04/metadata">\n${lines.join('\n')}\n</${root}>\n`;
const report = (...lines: string[]): string => xml('Report', lines);
/** A grid dashboard with one component per [type, report]; the first component is on line 4. */
const dashboard = (...components: Array<[string, string]>): string =>
    xml('Dashboard', [
        '    <dashboardGridLayout>',
        ...components.map(
            ([type, name]) =>
                `        <dashboardGridComponents><dashboardComponent><componentType>${type}</componentType><report>${name}</report></dashboardComponent></dashboardGridComponents>`
        ),
        '    </dashboardGridLayout>',
        '    <title>Charts</title>'
    ]);
/** An object folder without its object-meta.xml: the index knows the object, the project does not define it. */
const PARTNER_PLAN: Edits = {
    [`${BASE}/objects/Partner_Plan__c/fields/Tier__c.field-meta.xml`]: add(
        '<CustomField>\n    <fullName>Tier__c</fullName>\n    <type>Text</type>\n</CustomField>\n'
    )
};

/** Report.chart.chartType, Metadata API (ChartType). */
const REPORT_CHART_TYPES = [
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
];

/** DashboardComponent.componentType, Metadata API: those that show a report without groupings... */
const UNGROUPED_COMPONENTS = ['Table', 'FlexTable', 'Metric', 'Gauge', 'VisualforcePage'];
/** ...the charts that need one grouping... */
const ONE_GROUPING_CHARTS = [
    'Bar',
    'Column',
    'Line',
    'LineCumulative',
    'Pie',
    'Donut',
    'Funnel',
    'Scatter',
    'ColumnLine'
];
/** ...and the grouped and stacked charts, which need two. */
const TWO_GROUPING_CHARTS = [
    'BarGrouped',
    'BarStacked',
    'BarStacked100',
    'ColumnGrouped',
    'ColumnStacked',
    'ColumnStacked100',
    'LineGrouped',
    'LineGroupedCumulative',
    'ScatterGrouped',
    'ColumnLineGrouped',
    'ColumnLineStacked',
    'ColumnLineStacked100'
];
const COMPONENT_TYPES = [...UNGROUPED_COMPONENTS, ...ONE_GROUPING_CHARTS, ...TWO_GROUPING_CHARTS];

/** The standard report types a report may name besides the custom-object (CustomEntity$...) ones. */
const STANDARD_REPORT_TYPES = [
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
];

describe('report chart types', () => {
    it('accepts every chart type of the Metadata API', async () => {
        const edits: Edits = {};
        for (const type of REPORT_CHART_TYPES) {
            edits[`${REPORTS}/Chart_${type}.report-meta.xml`] = add(
                report(`    <chart><chartType>${type}</chartType></chart>`, '    <reportType>Opportunity</reportType>')
            );
        }
        assert.deepEqual(await run(edits), []);
    });
});

describe('report types a report may name', () => {
    it('accepts each standard report type the package may use', async () => {
        const edits: Edits = {};
        for (const type of STANDARD_REPORT_TYPES) {
            edits[`${REPORTS}/On_${type}.report-meta.xml`] = add(report(`    <reportType>${type}</reportType>`));
        }
        assert.deepEqual(await run(edits), []);
    });

    it('a custom-object report type names objects the index knows, and custom ones the project defines', async () => {
        const lines = await run({
            ...PARTNER_PLAN,
            [`${REPORTS}/Partners.report-meta.xml`]: add(
                report('    <reportType>CustomEntityCustomEntity$Partner_Plan__c$Acount</reportType>')
            ),
            [`${REPORTS}/Plans_of_Accounts.report-meta.xml`]: add(
                report('    <reportType>CustomEntityCustomEntity$Account$Account_Plan__c</reportType>')
            )
        });
        assert.deepEqual(lines, [
            `${REPORTS}/Partners.report-meta.xml:3: report type 'CustomEntityCustomEntity$Partner_Plan__c$Acount': object 'Partner_Plan__c' does not exist`,
            `${REPORTS}/Partners.report-meta.xml:3: report type 'CustomEntityCustomEntity$Partner_Plan__c$Acount': object 'Acount' does not exist`
        ]);
    });
});

describe('dashboard components and the groupings their report needs', () => {
    const ROW_AND_COLUMN = 'PlanReports/Row_And_Column';
    const UNGROUPED = 'PlanReports/Ungrouped';
    const ONE_GROUPING = 'PlanReports/Plans_By_Status';
    /** One dashboard per component type, each on `reportName`. */
    const dashboards = (reportName: string): Edits => {
        const edits: Edits = {
            [`${REPORTS}/Row_And_Column.report-meta.xml`]: add(
                report(
                    '    <columns><field>Account_Plan__c$Won_Amount__c</field></columns>',
                    '    <format>Matrix</format>',
                    '    <groupingsAcross><field>Account_Plan__c$Owner</field></groupingsAcross>',
                    '    <groupingsDown><field>Account_Plan__c$Status__c</field></groupingsDown>',
                    '    <reportType>Plans_with_Objectives__c</reportType>'
                )
            ),
            [`${REPORTS}/Ungrouped.report-meta.xml`]: add(
                report(
                    '    <columns><field>Account_Plan__c$Won_Amount__c</field></columns>',
                    '    <format>Tabular</format>',
                    '    <reportType>Plans_with_Objectives__c</reportType>'
                )
            )
        };
        for (const type of COMPONENT_TYPES) {
            edits[`${DASHBOARDS}/${type}.dashboard-meta.xml`] = add(dashboard([type, reportName]));
        }
        return edits;
    };
    const at = (type: string, message: string): string => `${DASHBOARDS}/${type}.dashboard-meta.xml:4: ${message}`;

    it('accepts every component type of the Metadata API on a report grouped by row and by column', async () => {
        assert.deepEqual(await run(dashboards(ROW_AND_COLUMN)), []);
    });

    it('tables, metrics, gauges and Visualforce pages need no grouping; every chart needs one', async () => {
        assert.deepEqual(
            await run(dashboards(UNGROUPED)),
            [...ONE_GROUPING_CHARTS, ...TWO_GROUPING_CHARTS]
                .sort()
                .map((type) => at(type, `${type} chart needs a report with groupings; '${UNGROUPED}' has none`))
        );
    });

    it('grouped and stacked charts need two groupings', async () => {
        assert.deepEqual(
            await run(dashboards(ONE_GROUPING)),
            [...TWO_GROUPING_CHARTS]
                .sort()
                .map((type) => at(type, `${type} chart needs two groupings; '${ONE_GROUPING}' has 1`))
        );
    });

    it('an unknown component type is named, not judged by its report', async () => {
        const lines = await run({
            ...dashboards(ROW_AND_COLUMN),
            [`${DASHBOARDS}/Radar.dashboard-meta.xml`]: add(dashboard(['Radar', UNGROUPED]))
        });
        assert.deepEqual(lines, [`${DASHBOARDS}/Radar.dashboard-meta.xml:4: unknown dashboard component type 'Radar'`]);
    });

    it('reads the components of the left, middle and right sections', async () => {
        const section = (name: string, type: string): string =>
            `    <${name}>\n        <components><componentType>${type}</componentType></components>\n    </${name}>`;
        const DASH = `${DASHBOARDS}/Plan_Overview.dashboard-meta.xml`;
        const lines = await run({
            [DASH]: add(
                xml('Dashboard', [
                    section('leftSection', 'Pyramid'),
                    section('middleSection', 'Cone'),
                    section('rightSection', 'Cylinder'),
                    '    <title>Plan Overview</title>'
                ])
            )
        });
        assert.deepEqual(lines, [
            `${DASH}:4: unknown dashboard component type 'Pyramid'`,
            `${DASH}:7: unknown dashboard component type 'Cone'`,
            `${DASH}:10: unknown dashboard component type 'Cylinder'`
        ]);
    });
});

describe('custom report types', () => {
    const RT = `${REPORT_TYPES}/Plans_with_Objectives.reportType-meta.xml`;

    it('a base object must be one the index knows, and one the project defines when it is custom', async () => {
        const reportType = (base: string): string =>
            xml('ReportType', [
                `    <baseObject>${base}</baseObject>`,
                `    <sections><columns><field>Name</field><table>${base}</table></columns></sections>`
            ]);
        const lines = await run({
            ...PARTNER_PLAN,
            [`${REPORT_TYPES}/Misspelt.reportType-meta.xml`]: add(reportType('Acount')),
            [`${REPORT_TYPES}/Not_Ours.reportType-meta.xml`]: add(reportType('Partner_Plan__c')),
            [`${REPORT_TYPES}/Accounts.reportType-meta.xml`]: add(reportType('Account'))
        });
        assert.deepEqual(lines, [
            `${REPORT_TYPES}/Misspelt.reportType-meta.xml:3: report type base object 'Acount' does not exist`,
            `${REPORT_TYPES}/Not_Ours.reportType-meta.xml:3: report type base object 'Partner_Plan__c' does not exist`
        ]);
    });

    it("a column through a lookup resolves on the lookup's object; a misspelt lookup is named as written", async () => {
        const column = (field: string): string =>
            `        <columns>\n            <field>${field}</field>\n            <table>Account_Plan__c</table>\n        </columns>\n`;
        const lines = await run({
            [RT]: (t) =>
                t.replace(
                    '        <masterLabel>Account Plans</masterLabel>',
                    `${column('Account__c.Parent')}${column('Acount__c.Owner.Email')}${column('Account__cx.Name')}        <masterLabel>Account Plans</masterLabel>`
                )
        });
        assert.deepEqual(lines, [
            `${RT}:43: report type column Account_Plan__c.Acount__c.Owner.Email: unknown relationship 'Acount__r' on Account_Plan__c (in 'Acount__r.Owner.Email')`,
            `${RT}:47: report type column Account_Plan__c.Account__cx.Name: unknown relationship 'Account__cx' on Account_Plan__c (in 'Account__cx.Name')`
        ]);
    });

    it('reads only .reportType-meta.xml files (not a backup left beside one)', async () => {
        const lines = await run({
            [`${RT}.orig`]: add(xml('ReportType', ['    <baseObject>Account_Plann__c</baseObject>']))
        });
        assert.deepEqual(lines, []);
    });

    it("a report's own names and aggregate prefixes are not report type columns; the raw name is reported", async () => {
        const FILE = `${REPORTS}/Own_Names.report-meta.xml`;
        const lines = await run({
            [FILE]: add(
                report(
                    '    <aggregates><developerName>FORMULA1</developerName></aggregates>',
                    '    <buckets><developerName>BucketField_Stage</developerName><sourceColumnName>Account_Plan__c$Status__c</sourceColumnName></buckets>',
                    '    <chart><chartType>Pie</chartType><groupingColumn>BucketField_Stage</groupingColumn><chartSummaries><column>RowCount</column></chartSummaries><chartSummaries><column>FORMULA1</column></chartSummaries><chartSummaries><column>mx!Account_Plan__c$Won_Amount__c</column></chartSummaries><chartSummaries><column>a!Account_Plan__c$Lost_Amount__c</column></chartSummaries></chart>',
                    '    <columns><field>CDF_Margin</field></columns>',
                    '    <customDetailFormulas><developerName>CDF_Margin</developerName></customDetailFormulas>',
                    '    <reportType>Plans_with_Objectives__c</reportType>'
                )
            )
        });
        assert.deepEqual(lines, [
            `${FILE}:5: chart summary 'a!Account_Plan__c$Lost_Amount__c' is not a column of report type Plans_with_Objectives`
        ]);
    });
});

describe('reports on the standard custom-object report types', () => {
    it('a column of an object the project does not know is not a field of the report type', async () => {
        const FILE = `${REPORTS}/Goals.report-meta.xml`;
        const lines = await run({
            [FILE]: add(
                report(
                    '    <columns><field>Account_Goal__c.Status__c</field></columns>',
                    '    <reportType>CustomEntity$Account_Plan__c</reportType>'
                )
            )
        });
        assert.deepEqual(lines, [
            `${FILE}:3: column 'Account_Goal__c.Status__c' does not name a field of report type CustomEntity$Account_Plan__c`
        ]);
    });
});

describe('report cross filters', () => {
    it('name an object the index knows (a custom one the project defines); the join column is optional', async () => {
        const FILE = `${REPORTS}/Cross_Filters.report-meta.xml`;
        const crossFilter = (object: string, joinColumn: string, column: string): string =>
            `    <crossFilters>${column ? `<criteriaItems><column>${column}</column></criteriaItems>` : ''}<relatedTable>${object}</relatedTable>${joinColumn ? `<relatedTableJoinColumn>${joinColumn}</relatedTableJoinColumn>` : ''}</crossFilters>`;
        const lines = await run({
            ...PARTNER_PLAN,
            [FILE]: add(
                report(
                    crossFilter('Opportunty', 'AccountId', ''),
                    crossFilter('Partner_Plan__c', 'Account__c', 'Tier__c'),
                    crossFilter('Opportunity', 'Account_Plan__c', 'StageName'),
                    crossFilter('Account_Plan__c', '', 'Status__c'),
                    '    <reportType>AccountList</reportType>'
                )
            )
        });
        assert.deepEqual(lines, [
            `${FILE}:3: cross filter object 'Opportunty' does not exist`,
            `${FILE}:4: cross filter object 'Partner_Plan__c' does not exist`
        ]);
    });
});
