import { rmSync } from 'node:fs';

/** Remove the run's temporary server data directory (made in playwright.config.ts). */
export default function globalTeardown() {
	const dir = process.env.QUARRY_E2E_DATA_DIR;
	if (dir) rmSync(dir, { recursive: true, force: true });
}
