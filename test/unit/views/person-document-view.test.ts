import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseDocumentQuery, type QueryParameters } from '../../../src/views/json-api/document-query.ts';
import { renderMeDocument } from '../../../src/views/person-json-api/me-document-view.ts';
import { parseProfileSchema } from '../../../src/domain/profile-schema.ts';
import {
  meDocumentRules,
  publicPersonDocumentRules,
} from '../../../src/views/person-json-api/person-document-rules.ts';
import { renderPublicPersonDocument } from '../../../src/views/person-json-api/public-person-view.ts';
import { RosterError } from '../../../src/domain/roster-error.ts';
import { auth, exampleSnapshot } from '../../helpers/snapshot-builder.ts';

const customAttributes = parseProfileSchema(
  {
    attributes: {
      accreditationConfirmedAt: { type: 'date-time', visibility: 'owner', editable: false },
      investmentsStatus: {
        type: 'enum',
        values: ['none', 'beginner', 'experienced', 'professional'],
        visibility: 'owner',
        editable: true,
      },
      nickname: { type: 'string', visibility: 'public', editable: true },
    },
  },
  'test',
);

function me(query: QueryParameters = {}, snapshot = exampleSnapshot()) {
  return renderMeDocument(
    snapshot,
    auth,
    parseDocumentQuery(query, meDocumentRules(customAttributes)),
    customAttributes,
  );
}

const ids = (resources: { type: string; id: string }[] | undefined) =>
  (resources ?? []).map((r) => `${r.type}:${r.id}`);

describe('the /api/v1/me document', () => {
  test('carries every owner attribute, custom ones null until set and undeclared ones never', () => {
    const { data } = me();
    assert.equal(data.type, 'person');
    assert.equal(data.id, 'u-1');
    assert.deepEqual(data.links, { self: '/api/v1/me' });
    assert.deepEqual(data.attributes, {
      firstName: 'Jane',
      lastName: 'Doe',
      fullName: 'Jane Doe',
      email: 'jane@example.com',
      emailVerified: true,
      headline: 'Angel investor',
      linkedinUrl: 'https://linkedin.com/in/jane',
      phoneNumber: '+15551234567',
      avatarUrl: 'https://example.com/a.png',
      birthDate: '1990-01-01',
      referralCode: 'JANE42',
      profileType: 'individual',
      onboardingCompletedAt: null,
      otpEnabled: true,
      otpRequiredForAdmin: false,
      unconfirmedEmail: null,
      pendingEmailChange: false,
      profileSettings: { portfolioVisible: true, isPublicProfile: false },
      lastLoginAt: '2026-01-02T03:04:05.000Z',
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
      accreditationConfirmedAt: null,
      investmentsStatus: 'experienced',
      nickname: null,
    });
  });

  test('pendingEmailChange follows unconfirmedEmail', () => {
    const base = exampleSnapshot();
    const { data } = me({}, { ...base, user: { ...base.user, unconfirmedEmail: 'new@example.com' } });
    assert.equal(data.attributes?.pendingEmailChange, true);
    assert.equal(data.attributes?.unconfirmedEmail, 'new@example.com');
  });

  test('relationships are linkage: platform roles, global permissions, grants, listed memberships, current organization', () => {
    assert.deepEqual(me().data.relationships, {
      profile: { data: { type: 'profile', id: 'u-1' } },
      roles: {
        data: [
          { type: 'role', id: 'r-staff' },
          { type: 'role', id: 'r-support' },
        ],
      },
      permissions: { data: [{ type: 'permission', id: 'p-admin' }] },
      resourceRoleGrants: { data: [{ type: 'resourceRoleGrant', id: 'g-role' }] },
      resourcePermissionGrants: { data: [{ type: 'resourcePermissionGrant', id: 'g-perm' }] },
      memberships: {
        data: [
          { type: 'membership', id: 'm-1' },
          { type: 'membership', id: 'm-2' },
        ],
      },
      currentOrganization: { data: { type: 'organization', id: 'o-1' } },
    });
    assert.deepEqual(me({}, exampleSnapshot({ currentOrganizationId: null })).data.relationships?.currentOrganization, {
      data: null,
    });
  });

  test('meta: current organization, top role key, its permissions ∪ global ones sorted, and the token', () => {
    assert.deepEqual(me().meta, {
      currentPersonContext: {
        organizationId: 'o-1',
        role: 'editor',
        permissions: ['projects:create', 'projects:read', 'roster:admin'],
      },
      auth: {
        issuer: 'https://issuer.test',
        subject: 'sub-1',
        sessionId: 'session-1',
        expiresAt: '2030-01-01T00:00:00.000Z',
      },
    });
    assert.deepEqual(me({}, exampleSnapshot({ currentOrganizationId: null })).meta?.currentPersonContext, {
      organizationId: null,
      role: null,
      permissions: ['roster:admin'],
    });
  });

  test('without include there is no included member', () => {
    assert.equal('included' in me(), false);
  });

  test('each include path alone', () => {
    const expected: Record<string, string[]> = {
      profile: ['profile:u-1'],
      roles: ['role:r-staff', 'role:r-support'],
      'roles.permissions': ['role:r-staff', 'permission:p-read', 'permission:p-admin', 'role:r-support'],
      permissions: ['permission:p-admin'],
      resourceRoleGrants: ['resourceRoleGrant:g-role'],
      'resourceRoleGrants.role': ['resourceRoleGrant:g-role', 'role:r-founder'],
      'resourceRoleGrants.role.permissions': ['resourceRoleGrant:g-role', 'role:r-founder', 'permission:p-deals'],
      resourcePermissionGrants: ['resourcePermissionGrant:g-perm'],
      'resourcePermissionGrants.permission': ['resourcePermissionGrant:g-perm', 'permission:p-deals'],
      memberships: ['membership:m-1', 'membership:m-2'],
      'memberships.organization': ['membership:m-1', 'organization:o-1', 'membership:m-2', 'organization:o-2'],
      'memberships.roles': ['membership:m-1', 'role:r-editor', 'role:r-viewer', 'membership:m-2'],
      'memberships.roles.permissions': [
        'membership:m-1',
        'role:r-editor',
        'permission:p-create',
        'permission:p-read',
        'role:r-viewer',
        'membership:m-2',
      ],
      currentOrganization: ['organization:o-1'],
    };
    for (const [include, resources] of Object.entries(expected)) {
      assert.deepEqual(ids(me({ include }).included), resources, include);
    }
  });

  test('all paths combined: every resource once', () => {
    const included = ids(me({ include: meDocumentRules(customAttributes).includePaths!.join(',') }).included);
    assert.equal(new Set(included).size, included.length);
    assert.deepEqual([...included].sort(), [
      'membership:m-1',
      'membership:m-2',
      'organization:o-1',
      'organization:o-2',
      'permission:p-admin',
      'permission:p-create',
      'permission:p-deals',
      'permission:p-read',
      'profile:u-1',
      'resourcePermissionGrant:g-perm',
      'resourceRoleGrant:g-role',
      'role:r-editor',
      'role:r-founder',
      'role:r-staff',
      'role:r-support',
      'role:r-viewer',
    ]);
  });

  test('included resources have their documented attributes and relationships', () => {
    const included = me({
      include: 'memberships.organization,memberships.roles,resourceRoleGrants,resourcePermissionGrants,profile',
    }).included!;
    const find = (key: string) => included.find((r) => `${r.type}:${r.id}` === key);
    assert.deepEqual(find('membership:m-1'), {
      type: 'membership',
      id: 'm-1',
      attributes: {
        status: 'active',
        isPrimary: true,
        joinedAt: '2026-01-02T03:04:05.000Z',
        role: 'editor',
        permissions: ['projects:create', 'projects:read'],
      },
      relationships: {
        organization: { data: { type: 'organization', id: 'o-1' } },
        roles: {
          data: [
            { type: 'role', id: 'r-editor' },
            { type: 'role', id: 'r-viewer' },
          ],
        },
      },
    });
    assert.deepEqual(find('role:r-editor')?.attributes, {
      key: 'editor',
      name: 'EDITOR',
      color: '#123456',
      description: null,
      rank: 20,
      scope: 'organization',
    });
    assert.deepEqual(find('role:r-editor')?.relationships, {
      permissions: {
        data: [
          { type: 'permission', id: 'p-create' },
          { type: 'permission', id: 'p-read' },
        ],
      },
    });
    assert.deepEqual(find('organization:o-2')?.attributes, {
      name: 'Org o-2',
      slug: 'o-2',
      description: null,
      logoUrl: null,
      status: 'suspended',
      settings: { theme: 'dark' },
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
    });
    assert.deepEqual(find('resourceRoleGrant:g-role'), {
      type: 'resourceRoleGrant',
      id: 'g-role',
      attributes: { resourceType: 'deal', resourceId: 'deal-x', grantedAt: '2026-01-02T03:04:05.000Z' },
      relationships: { role: { data: { type: 'role', id: 'r-founder' } } },
    });
    assert.deepEqual(find('resourcePermissionGrant:g-perm')?.relationships, {
      permission: { data: { type: 'permission', id: 'p-deals' } },
    });
    assert.deepEqual(find('profile:u-1')?.attributes, {
      headline: 'Angel investor',
      linkedinUrl: 'https://linkedin.com/in/jane',
      avatarUrl: 'https://example.com/a.png',
      birthDate: '1990-01-01',
      profileType: 'individual',
      profileSettings: { portfolioVisible: true, isPublicProfile: false },
    });
    assert.equal(find('profile:u-1')?.relationships, undefined);
  });

  test('fields[people] is fields[person], and a fieldset naming no relationship drops relationships', () => {
    const { data } = me({ 'fields[people]': 'firstName,lastName,email,avatarUrl' });
    assert.deepEqual(data.attributes, {
      firstName: 'Jane',
      lastName: 'Doe',
      email: 'jane@example.com',
      avatarUrl: 'https://example.com/a.png',
    });
    assert.equal(data.relationships, undefined);
  });

  test('fieldsets on related types apply to included resources; relationships can be named too', () => {
    const document = me({
      include: 'roles.permissions',
      'fields[person]': 'roles',
      'fields[role]': 'key',
      'fields[permission]': 'key',
    });
    assert.equal(document.data.attributes, undefined);
    assert.deepEqual(Object.keys(document.data.relationships!), ['roles']);
    const role = document.included!.find((r) => r.type === 'role')!;
    assert.deepEqual(role, { type: 'role', id: 'r-staff', attributes: { key: 'staff' } });
    assert.deepEqual(document.included!.find((r) => r.type === 'permission')!.attributes, { key: 'projects:read' });
    assert.ok(
      document.included!.some((r) => r.type === 'permission'),
      'relationship left out of role but its resources are still included',
    );
  });

  test('fieldsets are validated per type: custom attributes allowed, unknown fields not', () => {
    assert.deepEqual(Object.keys(me({ 'fields[person]': 'investmentsStatus' }).data.attributes!), [
      'investmentsStatus',
    ]);
    assert.throws(
      () => me({ 'fields[person]': 'undeclared' }),
      (e: unknown) => e instanceof RosterError && e.parameter === 'fields[person]',
    );
    assert.throws(
      () => me({ 'fields[organization]': 'key' }),
      (e: unknown) => e instanceof RosterError && e.parameter === 'fields[organization]',
    );
  });
});

describe('the public person document', () => {
  const rules = publicPersonDocumentRules(customAttributes);
  const caller = exampleSnapshot();
  const other = {
    ...exampleSnapshot().user,
    id: 'u-2',
    customAttributes: { investmentsStatus: 'professional', nickname: 'JD' },
  };

  test('public attributes and public custom attributes only, no relationships', () => {
    const document = renderPublicPersonDocument(other, caller, auth, parseDocumentQuery({}, rules), customAttributes);
    assert.deepEqual(document.data, {
      type: 'person',
      id: 'u-2',
      attributes: {
        firstName: 'Jane',
        lastName: 'Doe',
        fullName: 'Jane Doe',
        avatarUrl: 'https://example.com/a.png',
        headline: 'Angel investor',
        linkedinUrl: 'https://linkedin.com/in/jane',
        profileSettings: { portfolioVisible: true, isPublicProfile: false },
        createdAt: '2026-01-02T03:04:05.000Z',
        updatedAt: '2026-01-02T03:04:05.000Z',
        nickname: 'JD',
      },
      links: { self: '/api/v1/people/u-2' },
    });
    const text = JSON.stringify(document.data);
    for (const secret of [
      'jane@example.com',
      '+15551234567',
      'JANE42',
      'professional',
      'otpEnabled',
      'email',
      'referralCode',
    ]) {
      assert.equal(text.includes(secret), false, secret);
    }
    assert.equal('included' in document, false);
  });

  test('include and owner-only fields are 400s', () => {
    assert.throws(
      () => parseDocumentQuery({ include: 'roles' }, rules),
      (e: unknown) => e instanceof RosterError && e.parameter === 'include',
    );
    for (const field of ['email', 'phoneNumber', 'investmentsStatus', 'roles']) {
      assert.throws(
        () => parseDocumentQuery({ 'fields[people]': `firstName,${field}` }, rules),
        (e: unknown) => e instanceof RosterError && e.parameter === 'fields[people]',
      );
    }
    assert.throws(
      () => parseDocumentQuery({ 'fields[role]': 'key' }, rules),
      (e: unknown) => e instanceof RosterError && e.parameter === 'fields[role]',
    );
  });
});
