/**
 * The test handle (`window.__quarry`) exists only in the test build. `npm test` searches each
 * build's scripts and pages for the handle's name: the production build must have none, the
 * test build must have it (which also shows that the search finds it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** `__quarry` as a whole name: not the engine's scratch tables (`__quarry_attach_1`). */
const handleName = /__quarry(?![\w$])/;
const searched = /\.(m?js|html|json)$/;

/**
 * Files under `dir` (relative paths) whose text names the test handle.
 * @param {string} dir
 * @returns {string[]}
 */
export function filesNamingTestHandle(dir) {
	/** @type {string[]} */
	const found = [];
	for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !searched.test(entry.name)) continue;
		const path = join(entry.parentPath, entry.name);
		if (handleName.test(readFileSync(path, 'utf8'))) found.push(relative(dir, path));
	}
	return found.sort();
}
