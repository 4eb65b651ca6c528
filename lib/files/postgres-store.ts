import { db } from "@/lib/db";

import type { FileStore } from "./store";

/** Files as rows of StoredFile (bytea), scoped by tenant: the key is the row's id. */
export const postgresFileStore: FileStore = {
  async put(tenantId, { bytes, contentType }) {
    const row = await db.storedFile.create({
      data: { tenantId, contentType, byteSize: bytes.byteLength, data: Buffer.from(bytes) },
      select: { id: true },
    });
    return row.id;
  },
  async get(tenantId, key) {
    const row = await db.storedFile.findFirst({
      where: { id: key, tenantId },
      select: { data: true, contentType: true },
    });
    return row ? { bytes: new Uint8Array(row.data), contentType: row.contentType } : null;
  },
  async remove(tenantId, key) {
    await db.storedFile.deleteMany({ where: { id: key, tenantId } });
  },
};
