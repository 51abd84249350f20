import type { SchemaTypedRoutes } from '../../../schema-typed-routes.ts';
import type { ProfileSchema } from '../../../../domain/profile-schema.ts';
import type { Services } from '../../../../services/create-services.ts';
import { pathId, renderPage } from '../route-context.ts';
import { userSchemas } from './schemas.ts';

export interface UserRoutesOptions {
  users: Services['users'];
  /** The custom attributes (`ROSTER_PROFILE_SCHEMA`), which admin users carry and accept. */
  profileSchema: ProfileSchema;
}

/** `/api/admin/users[/:id]`; the custom attributes of the profile schema are top-level fields. */
export const userRoutes: SchemaTypedRoutes<UserRoutesOptions> = async (app, { users, profileSchema }) => {
  const schemas = userSchemas(profileSchema);

  app.post('/users', { schema: schemas.create }, async (request, reply) => {
    const user = await users.create(request.adminActor, request.body);
    return reply.status(201).send({ data: user });
  });

  app.get('/users', { schema: schemas.list }, async (request) => renderPage(await users.list(request.query)));

  app.get('/users/:id', { schema: schemas.get }, async (request) => ({
    data: await users.get(pathId(request.params.id)),
  }));

  app.patch('/users/:id', { schema: schemas.update }, async (request) => ({
    data: await users.update(request.adminActor, pathId(request.params.id), request.body),
  }));

  app.delete('/users/:id', { schema: schemas.delete }, async (request, reply) => {
    await users.delete(request.adminActor, pathId(request.params.id));
    return reply.status(204).send();
  });
};
