/** A small sales.csv (city, amount) with the given amounts, in a fresh directory. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function salesFile(amounts: number[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'quarry-sales-'));
	const path = join(dir, 'sales.csv');
	writeFileSync(path, ['city,amount', ...amounts.map((a, i) => `c${i},${a}`)].join('\n'));
	return path;
}
