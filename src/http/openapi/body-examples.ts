/**
 * The request body /docs prefills for each write, keyed by `METHOD /path`: bodies the route
 * accepts as they stand, apart from ids, which are shown as {@link EXAMPLE_ID} and must be
 * replaced by real ones. They chain: the role uses the permission, the member is the user.
 */
export const EXAMPLE_ID = '01900000-0000-7000-8000-000000000000';

export const BODY_EXAMPLES: Readonly<Record<string, object>> = {
  'POST /api/admin/organizations': {
    name: 'Initech',
    slug: 'initech',
    description: 'Software for banks',
    settings: { theme: 'light' },
  },
  'PATCH /api/admin/organizations/:id': { description: 'Software for banks and insurers', status: 'active' },
  'POST /api/admin/permissions': { key: 'projects:create', description: 'Create projects' },
  'PATCH /api/admin/permissions/:key': { description: 'Create and import projects' },
  'POST /api/admin/roles': {
    key: 'editor',
    name: 'Editor',
    color: '#2E86DE',
    rank: 20,
    scope: 'organization',
    permissions: ['projects:create'],
  },
  'PATCH /api/admin/roles/:id': { name: 'Senior editor', rank: 25 },
  'POST /api/admin/users': { email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace', emailVerified: true },
  'PATCH /api/admin/users/:id': { headline: 'Analyst', phone: '+447700900123' },
  'POST /api/admin/organizations/:id/members': { email: 'ada@example.com', roles: ['editor'], isPrimary: true },
  'PATCH /api/admin/memberships/:id': { status: 'suspended' },
  'POST /api/admin/invitations': { email: 'grace@example.com', organizationId: EXAMPLE_ID, role: 'editor' },
  'POST /api/admin/users/:id/permissions': { key: 'projects:create' },
  'POST /api/admin/users/:id/roles': { role: 'support' },
  'POST /api/admin/users/:id/resource-grants': {
    resourceType: 'project',
    resourceId: 'apollo',
    permission: 'projects:create',
  },
  'POST /api/me/switch-organization': { organizationId: EXAMPLE_ID },
  'PATCH /api/users/me': { firstName: 'Ada', lastName: 'Lovelace', phone: '+447700900123', birthDate: '1990-12-10' },
  'PATCH /api/v1/me': {
    data: { type: 'person', id: EXAMPLE_ID, attributes: { firstName: 'Ada', phoneNumber: '+447700900123' } },
  },
};
