// Where rules are documented: one heading per rule id in docs/rules.md, linked from SARIF reports
// (`helpUri`), `plan rules RULE-ID` and each rule's `meta.docs.url`.

/** The repository URL, for SARIF `informationUri` and rule documentation links. */
export const HOMEPAGE = 'https://github.com/social-plan/social-plan';

/** The heading anchor GitHub gives `### refs/unknown-audience`: `refsunknown-audience`. */
export function headingAnchor(heading: string): string {
  return heading.toLowerCase().replace(/[^a-z0-9_ -]/g, '').replace(/ /g, '-');
}

/** The documentation page of a rule: its heading in docs/rules.md on the main branch. */
export function ruleDocsUrl(ruleId: string): string {
  return `${HOMEPAGE}/blob/main/docs/rules.md#${headingAnchor(ruleId)}`;
}
