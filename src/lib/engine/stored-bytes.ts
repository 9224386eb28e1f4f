/** Reading stored copies' bytes on the page, so they can be transferred to the worker. */
import type { AttachOptions } from './engine-api';

export /**
 * `attachments` with their bytes: taken from `read` (copies already read) when there, else read
 * now. A copy that cannot be read here goes without bytes: the engine reads it and reports the
 * damage.
 */
function withBytes(attachments: AttachOptions[], read: AttachOptions[]): Promise<AttachOptions[]> {
	return Promise.all(
		attachments.map(async (a) => {
			const early = read.find((r) => r.tableName === a.tableName && r.bytes);
			if (early) return early;
			try {
				return { ...a, bytes: new Uint8Array(await a.stored.arrayBuffer()) };
			} catch {
				return a;
			}
		})
	);
}
