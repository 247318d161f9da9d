// @nestjs/swagger's metadata key for an operation's security requirements (its DECORATORS.API_SECURITY,
// which the package does not export).
const securityKey = 'swagger/apiSecurity';

/**
 * Documents a route that only a signed-in person can use (the bearer token, not an API key) although
 * `@OrgRoute()` offers both. It replaces what `@OrgRoute()` documented, so it goes above it.
 */
export function ApiPeopleOnly(): MethodDecorator {
  return (_target, _method, descriptor) => {
    Reflect.defineMetadata(securityKey, [{ bearer: [] }], descriptor.value as object);
    return descriptor;
  };
}
