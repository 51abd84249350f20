/** The largest document Roster reads from an identity provider (a JWKS, discovery, userinfo): 1 MiB. */
export const MAX_PROVIDER_DOCUMENT_BYTES = 1024 * 1024;

/** A provider's answer larger than Roster reads; treated like an unreachable provider. */
export class DocumentTooLarge extends Error {
  constructor(readonly limitBytes: number) {
    super(`the answer is larger than ${limitBytes} bytes`);
    this.name = 'DocumentTooLarge';
  }
}

/**
 * Reads a response body of at most `limitBytes`: a declared `Content-Length` over the limit is
 * refused before reading, and a body that runs past it is cut off as soon as it does — never
 * buffered whole and measured afterwards. Throws {@link DocumentTooLarge}.
 *
 * @example const text = new TextDecoder().decode(await readBoundedBody(response));
 */
export async function readBoundedBody(
  response: Response,
  limitBytes = MAX_PROVIDER_DOCUMENT_BYTES,
): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > limitBytes) {
    await response.body?.cancel();
    throw new DocumentTooLarge(limitBytes);
  }
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    length += value.byteLength;
    if (length > limitBytes) {
      await reader.cancel();
      throw new DocumentTooLarge(limitBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(length);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The body as JSON, read with {@link readBoundedBody}. */
export async function readBoundedJson(response: Response, limitBytes = MAX_PROVIDER_DOCUMENT_BYTES): Promise<unknown> {
  return JSON.parse(new TextDecoder().decode(await readBoundedBody(response, limitBytes)));
}
