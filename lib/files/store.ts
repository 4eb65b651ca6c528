import { postgresFileStore } from "./postgres-store";

/**
 * Where uploaded files live. PostgreSQL by default (nothing to install: the two README commands still
 * suffice); an S3-compatible store can implement the same three calls later and be chosen here.
 * Keys are opaque; every call carries the tenant, and a key of another tenant is never found.
 */
export type StoredObject = { bytes: Uint8Array; contentType: string };

export interface FileStore {
  put(tenantId: string, object: StoredObject): Promise<string>;
  get(tenantId: string, key: string): Promise<StoredObject | null>;
  remove(tenantId: string, key: string): Promise<void>;
}

export function fileStore(): FileStore {
  return postgresFileStore;
}
