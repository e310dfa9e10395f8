// GitLab's Code Quality report format as a validator, shared by the unit and end-to-end tests.
// The schema is written from GitLab's documentation (see its description): GitLab publishes the
// format as a table, not as a JSON Schema file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { ROOT } from '../../helpers/cli.js';

const schema = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/codequality/report.schema.json'), 'utf8'));
export const validateCodeQuality = new Ajv({ allErrors: true, strict: false }).compile(schema);
