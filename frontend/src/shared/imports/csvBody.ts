/**
 * The request parts of an import's upload for openapi-fetch: the file's bytes unchanged as a
 * text/csv body (the API decides about the encoding and the separator).
 */
export async function csvBody(file: File) {
  const bytes = await file.arrayBuffer();
  return {
    body: bytes as unknown as string,
    bodySerializer: (body: unknown) => body as BodyInit,
    headers: { 'Content-Type': 'text/csv' },
  };
}
