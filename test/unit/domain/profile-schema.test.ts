import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import {
  checkValueOfType,
  loadProfileSchema,
  parseProfileSchema,
  ProfileSchemaError,
} from '../../../src/domain/profile-schema.ts';

const rejects = (json: unknown, pattern: RegExp) =>
  assert.throws(
    () => parseProfileSchema(json, 'schema.json'),
    (e: unknown) => e instanceof ProfileSchemaError && pattern.test(e.message),
  );

describe('profile schema', () => {
  test('loads the example investor profile', async () => {
    const schema = await loadProfileSchema(
      new URL('../../../examples/investor-profile.json', import.meta.url).pathname,
    );
    assert.deepEqual(Object.keys(schema.attributes), ['accreditationConfirmedAt', 'investmentsStatus']);
    assert.equal(schema.attributes.accreditationConfirmedAt?.editable, false);
    assert.deepEqual(schema.attributes.investmentsStatus?.values, ['none', 'beginner', 'experienced', 'professional']);
  });

  test('no path means no custom attributes', async () => {
    assert.deepEqual((await loadProfileSchema(null)).attributes, {});
  });

  test('errors name the file and the attribute', async () => {
    rejects({}, /schema\.json: expected/);
    rejects(
      { attributes: { 'bad-name': { type: 'string', visibility: 'owner', editable: true } } },
      /"bad-name".*camelCase/,
    );
    rejects({ attributes: { email: { type: 'string', visibility: 'owner', editable: true } } }, /"email".*built-in/);
    rejects({ attributes: { x: { type: 'number', visibility: 'owner', editable: true } } }, /"x".*type/);
    rejects({ attributes: { x: { type: 'enum', visibility: 'owner', editable: true } } }, /"x".*values/);
    rejects(
      { attributes: { x: { type: 'string', values: ['a'], visibility: 'owner', editable: true } } },
      /"x".*only for type enum/,
    );
    rejects({ attributes: { x: { type: 'string', visibility: 'private', editable: true } } }, /"x".*visibility/);
    rejects({ attributes: { x: { type: 'string', visibility: 'owner', editable: 'yes' } } }, /"x".*editable/);
    rejects(
      { attributes: { x: { type: 'string', visibility: 'owner', editable: true, extra: 1 } } },
      /"x".*unknown member "extra"/,
    );
    const dir = await mkdtemp(join(tmpdir(), 'roster-schema-'));
    await writeFile(join(dir, 'broken.json'), '{ nope');
    await assert.rejects(loadProfileSchema(join(dir, 'broken.json')), /broken\.json: not valid JSON/);
    await assert.rejects(loadProfileSchema(join(dir, 'missing.json')), /missing\.json: cannot be read/);
  });

  test('values are checked per type', () => {
    const check = (type: 'string' | 'boolean' | 'date' | 'date-time', value: unknown) =>
      checkValueOfType({ type }, value).ok;
    assert.equal(check('boolean', true), true);
    assert.equal(check('boolean', 'true'), false);
    assert.equal(check('date', '2024-02-30'), false);
    assert.equal(check('date', '2024-02-29'), true);
    assert.equal(check('date-time', '2024-02-29T10:00:00Z'), true);
    assert.equal(check('date-time', '2024-02-29T10:00:00'), false);
    assert.equal(check('string', 5), false);
    assert.equal(check('string', null), false, 'null is no value of a type (it clears, see user-attributes)');
  });
});
