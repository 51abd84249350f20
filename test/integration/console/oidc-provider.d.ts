// oidc-provider ships no types; the test issuer uses a small, explicitly typed part of it.
declare module 'oidc-provider' {
  const Provider: new (
    issuer: string,
    configuration: Record<string, unknown>,
  ) => {
    callback(): (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse) => void;
  };
  export default Provider;
}
