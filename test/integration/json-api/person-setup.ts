import { fileURLToPath } from 'node:url';
import type { TestApp } from '../../helpers/app.ts';
import type { Fixtures } from '../../helpers/fixtures.ts';

/**
 * The example schema's custom attributes (examples/investor-profile.json): accreditationConfirmedAt
 * (owner, read-only), investmentsStatus (owner, editable).
 */
export const INVESTOR_PROFILE_SCHEMA = fileURLToPath(
  new URL('../../../examples/investor-profile.json', import.meta.url),
);

export const JSON_API = 'application/vnd.api+json';

export interface RichPerson {
  userId: string;
  sub: string;
  token: string;
  org: string;
  suspendedOrg: string;
  roles: { staff: string; support: string; editor: string; viewer: string; founder: string };
  membership: string;
  suspendedMembership: string;
  roleGrant: string;
  permissionGrant: string;
  permissionIds: Record<string, string>;
}

/**
 * A person with two platform roles sharing `projects:read`, a global grant, an active
 * membership (current, editor + viewer) and one in a suspended organization, an invited one,
 * an archived organization's membership, and a resource grant of each kind.
 */
export async function seedRichPerson(roster: TestApp, fx: Fixtures, name = 'jane'): Promise<RichPerson> {
  const userId = await fx.user({
    email: `${name}@example.com`,
    emailVerified: true,
    firstName: 'Jane',
    lastName: 'Doe',
  });
  const sub = `${name}-sub-${userId.slice(-12)}`;
  await fx.identity(userId, roster.issuer.url, sub);
  const staff = await fx.role({
    key: `staff-${name}`,
    scope: 'platform',
    rank: 50,
    permissions: ['projects:read', 'roster:admin'],
  });
  const support = await fx.role({
    key: `support-${name}`,
    scope: 'platform',
    rank: 40,
    permissions: ['projects:read'],
  });
  const editor = await fx.role({ key: `editor-${name}`, rank: 20, permissions: ['projects:create', 'projects:read'] });
  const viewer = await fx.role({ key: `viewer-${name}`, rank: 10, permissions: ['projects:read'] });
  const founder = await fx.role({ key: `founder-${name}`, scope: 'resource', rank: 5, permissions: ['deals:manage'] });
  await fx.platformRole(userId, staff);
  await fx.platformRole(userId, support);
  await fx.globalPermission(userId, 'billing:read');
  const org = await fx.organization({ name: `Acme ${name}` });
  const suspendedOrg = await fx.organization({ status: 'suspended' });
  const archivedOrg = await fx.organization({ status: 'archived' });
  const invitedOrg = await fx.organization();
  const membership = await fx.membership({ userId, organizationId: org, roles: [editor, viewer], isPrimary: true });
  const suspendedMembership = await fx.membership({ userId, organizationId: suspendedOrg, roles: [viewer] });
  await fx.membership({ userId, organizationId: archivedOrg, roles: [viewer] });
  await fx.membership({ userId, organizationId: invitedOrg, status: 'invited' });
  const roleGrant = await fx.resourceGrant({ userId, resourceType: 'deal', resourceId: 'deal-x', roleId: founder });
  const permissionGrant = await fx.resourceGrant({
    userId,
    resourceType: 'deal',
    resourceId: 'deal-y',
    permissionKey: 'deals:manage',
  });
  const permissionIds: Record<string, string> = {};
  for (const key of ['projects:read', 'projects:create', 'roster:admin', 'deals:manage', 'billing:read'])
    permissionIds[key] = await fx.permission(key);
  const token = await roster.token({ sub, sid: `session-${name}` });
  return {
    userId,
    sub,
    token,
    org,
    suspendedOrg,
    roles: { staff, support, editor, viewer, founder },
    membership,
    suspendedMembership,
    roleGrant,
    permissionGrant,
    permissionIds,
  };
}

export type Linkage = { type: string; id: string };
export const ids = (resources: Linkage[] | undefined) => (resources ?? []).map((r) => `${r.type}:${r.id}`);
