// The official SARIF 2.1.0 schema as a validator, shared by the unit and end-to-end tests.
// The schema is draft-04 (see test/fixtures/sarif/README.md), hence ajv-draft-04.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import { ROOT } from '../../helpers/cli.js';

// Both are CommonJS with `exports.default`; take the class and the function whichever way they load.
type Module<T> = T | { default: T };
const unwrap = <T>(m: Module<T>): T => (typeof m === 'object' && m !== null && 'default' in m ? m.default : (m as T));
const Ajv = unwrap(AjvDraft04 as Module<typeof AjvDraft04.default>);
const addFormats = unwrap(addFormatsModule as Module<typeof addFormatsModule.default>);

const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
// unicodeRegExp: false because the schema's `language` pattern has a stray `]` that the `u` flag rejects.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);

export const validateSarif = ajv.compile(schema);
