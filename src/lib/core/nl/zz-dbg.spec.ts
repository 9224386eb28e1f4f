import { it } from 'vitest';
import { prepareCatalog } from './lexicon';
import { matchItems } from './matcher';
import { tokenize } from './text';
it('dbg', () => {
	const cat = { tables: [{ quotedName: '"w"', humanName: 'w', columns: [
		{ name: 'temp_max', type: 'DOUBLE' }, { name: 'temp_min', type: 'DOUBLE' }, { name: 'date', type: 'DATE' } ] }] };
	const p = prepareCatalog(cat);
	for (const it of matchItems(tokenize('highest temperature in 2015'), p)) console.log(JSON.stringify(it, (k, v) => (k === 'table' || k === 'column' ? v.name ?? v.humanName : v)));
});
