import { sql, type Kysely } from 'kysely';

/**
 * The whole data model. Portable on purpose: text ids and ISO timestamps, JSON as
 * text, booleans as `boolean` (an integer 0/1 in SQLite), so one file runs on both engines.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('users')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text')
    .addColumn('email_normalized', 'text')
    .addColumn('email_verified', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('first_name', 'text')
    .addColumn('last_name', 'text')
    .addColumn('phone', 'text')
    .addColumn('avatar_url', 'text')
    .addColumn('birth_date', 'text')
    .addColumn('headline', 'text')
    .addColumn('linkedin_url', 'text')
    .addColumn('referral_code', 'text', (c) => c.notNull())
    .addColumn('profile_type', 'text')
    .addColumn('onboarding_completed_at', 'text')
    .addColumn('otp_enabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('otp_required_for_admin', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('unconfirmed_email', 'text')
    .addColumn('profile_settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('custom_attributes', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('last_login_at', 'text')
    .execute();
  await db.schema.createIndex('users_email_normalized_key').unique().on('users').column('email_normalized').execute();
  await db.schema.createIndex('users_referral_code_key').unique().on('users').column('referral_code').execute();

  await db.schema
    .createTable('identities')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('issuer', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('identities_issuer_subject_key', ['issuer', 'subject'])
    .execute();
  await db.schema.createIndex('identities_user_id_idx').on('identities').column('user_id').execute();

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('slug', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('logo_url', 'text')
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('active').check(sql`status in ('active', 'suspended', 'archived')`),
    )
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('organizations_slug_key', ['slug'])
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) =>
      c.notNull().defaultTo('active').check(sql`status in ('active', 'invited', 'suspended')`),
    )
    .addColumn('is_primary', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('joined_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('memberships_user_organization_key', ['user_id', 'organization_id'])
    .execute();
  await db.schema
    .createIndex('memberships_one_primary_per_user_key')
    .unique()
    .on('memberships')
    .column('user_id')
    .where(sql.ref('is_primary'), '=', sql.lit(true))
    .execute();
  await db.schema.createIndex('memberships_organization_id_idx').on('memberships').column('organization_id').execute();

  await db.schema
    .createTable('permissions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('permissions_key_key', ['key'])
    .execute();

  await db.schema
    .createTable('roles')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('color', 'text')
    .addColumn('description', 'text')
    .addColumn('rank', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('scope', 'text', (c) => c.notNull().check(sql`scope in ('platform', 'organization', 'resource')`))
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('roles_global_scope_key_key')
    .unique()
    .on('roles')
    .columns(['scope', 'key'])
    .where(sql.ref('organization_id'), 'is', null)
    .execute();
  await db.schema
    .createIndex('roles_organization_scope_key_key')
    .unique()
    .on('roles')
    .columns(['organization_id', 'scope', 'key'])
    .where(sql.ref('organization_id'), 'is not', null)
    .execute();

  await db.schema
    .createTable('membership_roles')
    .addColumn('membership_id', 'text', (c) => c.notNull().references('memberships.id').onDelete('cascade'))
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('membership_roles_pkey', ['membership_id', 'role_id'])
    .execute();
  await db.schema.createIndex('membership_roles_role_id_idx').on('membership_roles').column('role_id').execute();

  await db.schema
    .createTable('role_permissions')
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
    .addColumn('permission_id', 'text', (c) => c.notNull().references('permissions.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('role_permissions_pkey', ['role_id', 'permission_id'])
    .execute();
  await db.schema
    .createIndex('role_permissions_permission_id_idx')
    .on('role_permissions')
    .column('permission_id')
    .execute();

  await db.schema
    .createTable('platform_admins')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('global_permission_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('permission_id', 'text', (c) => c.notNull().references('permissions.id').onDelete('cascade'))
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('global_permission_grants_user_permission_key', ['user_id', 'permission_id'])
    .execute();

  await db.schema
    .createTable('platform_role_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('role_id', 'text', (c) => c.notNull().references('roles.id').onDelete('cascade'))
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('platform_role_grants_user_role_key', ['user_id', 'role_id'])
    .execute();

  await db.schema
    .createTable('resource_grants')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('resource_type', 'text', (c) => c.notNull())
    .addColumn('resource_id', 'text', (c) => c.notNull())
    .addColumn('role_id', 'text', (c) => c.references('roles.id').onDelete('cascade'))
    .addColumn('permission_id', 'text', (c) => c.references('permissions.id').onDelete('cascade'))
    .addColumn('granted_at', 'text', (c) => c.notNull())
    .addCheckConstraint('resource_grants_role_xor_permission', sql`(role_id is null) <> (permission_id is null)`)
    .execute();
  await db.schema.createIndex('resource_grants_user_id_idx').on('resource_grants').column('user_id').execute();
  await db.schema
    .createIndex('resource_grants_unique_key')
    .unique()
    .on('resource_grants')
    .expression(sql`user_id, resource_type, resource_id, coalesce(role_id, ''), coalesce(permission_id, '')`)
    .execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('email_normalized', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('role_id', 'text', (c) => c.references('roles.id').onDelete('set null'))
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('used_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .execute();
  await db.schema
    .createIndex('invitations_email_normalized_idx')
    .on('invitations')
    .column('email_normalized')
    .execute();

  await db.schema
    .createTable('session_contexts')
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('session_id', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('session_contexts_pkey', ['user_id', 'session_id'])
    .execute();

  await db.schema
    .createTable('audit_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('data', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.createIndex('audit_events_at_id_idx').on('audit_events').columns(['at', 'id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'audit_events',
    'session_contexts',
    'invitations',
    'resource_grants',
    'platform_role_grants',
    'global_permission_grants',
    'platform_admins',
    'role_permissions',
    'membership_roles',
    'roles',
    'permissions',
    'memberships',
    'organizations',
    'identities',
    'users',
  ]) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
