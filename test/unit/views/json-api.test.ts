import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { RosterError } from '../../../src/domain/roster-error.ts';
import { buildSingleResourceDocument } from '../../../src/views/json-api/compound-document.ts';
import { assertAcceptable, assertSupportedContentType } from '../../../src/views/json-api/content-negotiation.ts';
import { parseDocumentQuery, type DocumentQueryRules } from '../../../src/views/json-api/document-query.ts';
import { toErrorDocument } from '../../../src/views/json-api/error-document.ts';
import { parseIncludeTree } from '../../../src/views/json-api/include-tree.ts';
import { linkageOf, toResourceObject, type Resource } from '../../../src/views/json-api/resource.ts';

const tag = (id: string): Resource => ({ type: 'tag', id, attributes: { label: `#${id}` } });
const author = (id: string, tags: Resource[]): Resource => ({
  type: 'author',
  id,
  attributes: { name: id },
  relationships: { tags },
});
const article: Resource = {
  type: 'article',
  id: '1',
  attributes: { title: 'T', body: 'B' },
  relationships: {
    author: author('a', [tag('x'), tag('y')]),
    editor: author('e', [tag('y')]),
    reviewer: null,
    tags: [tag('x')],
  },
  links: { self: '/articles/1' },
};
const rules: DocumentQueryRules = {
  includePaths: ['author', 'author.tags', 'editor', 'editor.tags', 'reviewer', 'tags'],
  fieldsByType: {
    article: ['title', 'body', 'author', 'editor', 'reviewer', 'tags'],
    author: ['name', 'tags'],
    tag: ['label'],
  },
  aliases: { articles: 'article' },
};

function parameterError(work: () => unknown, parameter: string): void {
  assert.throws(
    work,
    (error: unknown) =>
      error instanceof RosterError && error.code === 'InvalidParameter' && error.parameter === parameter,
  );
}

describe('resource objects and linkage', () => {
  test('to-one linkage is an identifier or null; to-many is an array', () => {
    assert.deepEqual(linkageOf(tag('x')), { type: 'tag', id: 'x' });
    assert.equal(linkageOf(null), null);
    assert.deepEqual(linkageOf([]), []);
    assert.deepEqual(linkageOf([tag('x'), tag('y')]), [
      { type: 'tag', id: 'x' },
      { type: 'tag', id: 'y' },
    ]);
  });

  test('a resource object carries attributes, relationships as linkage, and links', () => {
    assert.deepEqual(toResourceObject(article), {
      type: 'article',
      id: '1',
      attributes: { title: 'T', body: 'B' },
      relationships: {
        author: { data: { type: 'author', id: 'a' } },
        editor: { data: { type: 'author', id: 'e' } },
        reviewer: { data: null },
        tags: { data: [{ type: 'tag', id: 'x' }] },
      },
      links: { self: '/articles/1' },
    });
  });

  test('a sparse fieldset keeps the named attributes and relationships and drops empty members', () => {
    assert.deepEqual(toResourceObject(article, new Set(['title', 'tags'])), {
      type: 'article',
      id: '1',
      attributes: { title: 'T' },
      relationships: { tags: { data: [{ type: 'tag', id: 'x' }] } },
      links: { self: '/articles/1' },
    });
    assert.deepEqual(toResourceObject(tag('x'), new Set()), { type: 'tag', id: 'x' });
  });
});

describe('include trees', () => {
  test('dot paths nest and share their prefixes', () => {
    const tree = parseIncludeTree('author.tags,author,tags', rules.includePaths!);
    assert.deepEqual([...tree.children.keys()], ['author', 'tags']);
    assert.deepEqual([...tree.children.get('author')!.children.keys()], ['tags']);
  });

  test('an unknown path, an empty segment or a repeated parameter is a 400 on "include"', () => {
    parameterError(() => parseIncludeTree('nope', rules.includePaths!), 'include');
    parameterError(() => parseIncludeTree('tags.author', rules.includePaths!), 'include');
    parameterError(() => parseIncludeTree('author,', rules.includePaths!), 'include');
    parameterError(() => parseIncludeTree(['author', 'tags'], rules.includePaths!), 'include');
  });
});

describe('document query', () => {
  test('reads include and fieldsets, resolving aliases', () => {
    const query = parseDocumentQuery({ include: 'author', 'fields[articles]': 'title', 'fields[tag]': '' }, rules);
    assert.ok(query.include);
    assert.deepEqual([...query.fields.get('article')!], ['title']);
    assert.deepEqual([...query.fields.get('tag')!], []);
  });

  test('no include given is null, which is not the same as an empty include', () => {
    assert.equal(parseDocumentQuery({}, rules).include, null);
    assert.equal(parseDocumentQuery({ include: '' }, rules).include?.children.size, 0);
  });

  test('every other parameter is a 400 naming it', () => {
    for (const parameter of ['sort', 'page[size]', 'filter[x]', 'foo', 'fields']) {
      parameterError(() => parseDocumentQuery({ [parameter]: '1' }, rules), parameter);
    }
  });

  test('an unknown type or field, or a type given twice through its alias, is a 400 naming the fieldset', () => {
    parameterError(() => parseDocumentQuery({ 'fields[nope]': 'a' }, rules), 'fields[nope]');
    parameterError(() => parseDocumentQuery({ 'fields[tag]': 'label,nope' }, rules), 'fields[tag]');
    parameterError(() => parseDocumentQuery({ 'fields[tag]': 'label,' }, rules), 'fields[tag]');
    parameterError(
      () => parseDocumentQuery({ 'fields[article]': 'title', 'fields[articles]': 'body' }, rules),
      'fields[articles]',
    );
    parameterError(() => parseDocumentQuery({ 'fields[constructor]': 'a' }, rules), 'fields[constructor]');
  });

  test('an endpoint without includes rejects include', () => {
    parameterError(() => parseDocumentQuery({ include: '' }, { fieldsByType: rules.fieldsByType }), 'include');
  });
});

describe('compound documents', () => {
  test('no included member without include; an empty array with an include that yields nothing', () => {
    assert.equal('included' in buildSingleResourceDocument(article, { include: null, fields: new Map() }), false);
    const query = parseDocumentQuery({ include: 'reviewer' }, rules);
    assert.deepEqual(buildSingleResourceDocument(article, query).included, []);
  });

  test('each resource is included once, intermediate resources of a dot path included too', () => {
    const query = parseDocumentQuery({ include: 'author.tags,editor.tags,tags' }, rules);
    const included = buildSingleResourceDocument(article, query).included!;
    assert.deepEqual(
      included.map((r) => `${r.type}:${r.id}`),
      ['author:a', 'tag:x', 'tag:y', 'author:e'],
    );
  });

  test('a resource already included is still followed down other paths', () => {
    const query = parseDocumentQuery({ include: 'tags,author.tags' }, rules);
    const included = buildSingleResourceDocument(article, query).included!;
    assert.deepEqual(
      included.map((r) => `${r.type}:${r.id}`),
      ['tag:x', 'author:a', 'tag:y'],
    );
  });

  test('fieldsets apply to included resources too, and meta is passed through', () => {
    const query = parseDocumentQuery(
      { include: 'author', 'fields[author]': 'name', 'fields[article]': 'title' },
      rules,
    );
    const document = buildSingleResourceDocument(article, { ...query, meta: { m: 1 } });
    assert.deepEqual(document, {
      data: { type: 'article', id: '1', attributes: { title: 'T' }, links: { self: '/articles/1' } },
      included: [{ type: 'author', id: 'a', attributes: { name: 'a' } }],
      meta: { m: 1 },
    });
  });
});

describe('content negotiation', () => {
  const notAcceptable = (accept: string) =>
    assert.throws(
      () => assertAcceptable(accept),
      (error: unknown) => error instanceof RosterError && error.code === 'NotAcceptable',
      accept,
    );

  test('406 when Accept lists JSON:API media types only, each with a parameter other than profile', () => {
    notAcceptable('application/vnd.api+json; ext="https://example.com/ext"');
    notAcceptable('application/vnd.api+json; version=2, application/vnd.api+json;ext=x');
    notAcceptable('application/vnd.api+json; ext=x, application/json; q=0');
  });

  test('served: no Accept, plain JSON:API, profile, */*, application/json or application/* beside, no JSON:API at all', () => {
    for (const accept of [
      undefined,
      '',
      'application/vnd.api+json',
      'application/vnd.api+json; profile="https://example.com/p"',
      'application/vnd.api+json; ext=x, application/vnd.api+json',
      'application/vnd.api+json; ext=x, */*',
      'application/vnd.api+json; ext=x, application/json',
      'application/vnd.api+json; ext=x, application/*;q=0.1',
      'application/vnd.api+json; q=0.5',
      'application/vnd.api+json; ext=x, text/html',
      'text/html',
    ]) {
      assert.doesNotThrow(() => assertAcceptable(accept), String(accept));
    }
  });

  test('415 for a Content-Type parameter other than profile or charset', () => {
    const unsupported = (contentType: string) =>
      assert.throws(
        () => assertSupportedContentType(contentType),
        (error: unknown) => error instanceof RosterError && error.code === 'UnsupportedMediaType',
      );
    unsupported('application/vnd.api+json; ext=x');
    unsupported('application/vnd.api+json; version=1.1');
    unsupported('application/json; q=1');
    for (const fine of [
      undefined,
      'application/vnd.api+json',
      'application/vnd.api+json; charset=utf-8',
      'application/vnd.api+json; profile="a b"',
      'application/json',
    ]) {
      assert.doesNotThrow(() => assertSupportedContentType(fine));
    }
  });
});

describe('error documents', () => {
  test('one error object per field problem, each with a pointer', () => {
    const error = new RosterError('ValidationFailed', 'bad', {
      details: [
        { field: 'phoneNumber', message: 'must be E.164' },
        { field: 'profileSettings.isPublicProfile', message: 'must be a boolean' },
        { field: '/data/type', message: 'must be person' },
        { field: '', message: 'malformed JSON' },
      ],
    });
    assert.deepEqual(toErrorDocument(error, 400, 'bad').errors, [
      {
        status: '400',
        code: 'ValidationFailed',
        title: 'Validation Failed',
        detail: 'phoneNumber: must be E.164',
        source: { pointer: '/data/attributes/phoneNumber' },
      },
      {
        status: '400',
        code: 'ValidationFailed',
        title: 'Validation Failed',
        detail: 'profileSettings.isPublicProfile: must be a boolean',
        source: { pointer: '/data/attributes/profileSettings/isPublicProfile' },
      },
      {
        status: '400',
        code: 'ValidationFailed',
        title: 'Validation Failed',
        detail: 'must be person',
        source: { pointer: '/data/type' },
      },
      { status: '400', code: 'ValidationFailed', title: 'Validation Failed', detail: 'malformed JSON' },
    ]);
  });

  test('a query parameter at fault is source.parameter; every 401 says requiresLogin', () => {
    assert.deepEqual(
      toErrorDocument(new RosterError('InvalidParameter', 'Unknown', { parameter: 'sort' }), 400, 'Unknown').errors[0]
        ?.source,
      { parameter: 'sort' },
    );
    assert.equal(
      toErrorDocument(new RosterError('MissingToken', 'no token'), 401, 'no token').errors[0]?.requiresLogin,
      true,
    );
    assert.equal('requiresLogin' in toErrorDocument(new RosterError('NotFound', 'x'), 404, 'x').errors[0]!, false);
  });
});
