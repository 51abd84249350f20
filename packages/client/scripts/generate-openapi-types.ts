// Writes src/generated/openapi.ts from Roster's own OpenAPI document: `npm run generate -w @roster/client`.
import { writeFile } from 'node:fs/promises';
import { GENERATED_TYPES_PATH, generateOpenApiTypes } from './openapi-types.ts';

await writeFile(GENERATED_TYPES_PATH, await generateOpenApiTypes());
console.log(`wrote ${GENERATED_TYPES_PATH}`);
