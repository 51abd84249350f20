import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { GENERATED_TYPES_PATH, generateOpenApiTypes } from '../scripts/openapi-types.ts';

test("src/generated/openapi.ts is what Roster's OpenAPI document generates today", async () => {
  const committed = await readFile(GENERATED_TYPES_PATH, 'utf8');
  const fresh = await generateOpenApiTypes();
  assert.ok(
    committed === fresh,
    'the generated API types are stale: run `npm run generate -w @roster/client` and commit the result',
  );
});

test("the client's source imports nothing from Node, so browsers can load it", async () => {
  const sourceDir = new URL('../src/', import.meta.url);
  const files = (await readdir(sourceDir, { recursive: true })).filter((file) => file.endsWith('.ts'));
  assert.ok(files.length > 3);
  for (const file of files) {
    const text = await readFile(new URL(file, sourceDir), 'utf8');
    assert.doesNotMatch(text, /from\s+['"](node:|fs|path|http|crypto|os)['"/]/, file);
  }
});
