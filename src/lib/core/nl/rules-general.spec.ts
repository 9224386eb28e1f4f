import { describe, expect, it } from 'vitest';
import { CONFIDENCE_THRESHOLD } from './explain';
import { isRefusal } from './types';
import type { TableSpec } from '$test/nl/tables';
import {
	HEADCOUNT,
	MISHAPS,
	MONTHLY_PRICES,
	RULE_WORKSPACE,
	SCHOOL_STAFF,
	SKY,
	STATIONS,
	VISITS,
	VOYAGES,
	WRECKS,
	ruleCatalog
} from '$test/nl/rule-tables';
import { answer, ask } from '$test/nl/ask';

describe('rows that are already counts', () => {
	const catalog = ruleCatalog(HEADCOUNT);
	it('sums a column that holds numbers of things when asked "how many"', () => {
		expect(answer('number of people by year', catalog).sql).toBe(
			'SELECT "year", sum("people") AS "total_people"\nFROM "headcount"\nGROUP BY 1\nORDER BY 1'
		);
		expect(answer('how many people in 1990', catalog).sql).toContain('sum("people")');
	});
	it('says so in the reading', () => {
		const item = answer('how many people', catalog).interpretation[0];
		expect(item.meaning).toBe('total of "people" (each row holds a number of them)');
	});
});

describe('a column named like its table', () => {
	const catalog = ruleCatalog(SKY);
	it('groups by the column for "which kind of X is most common"', () => {
		expect(answer('which kind of sky is most common', catalog).sql).toBe(
			'SELECT "sky", count(*) AS "count"\nFROM "sky"\nWHERE "sky" IS NOT NULL\nGROUP BY 1\n' +
				'QUALIFY rank() OVER (ORDER BY count(*) DESC NULLS LAST) = 1\nORDER BY "count" DESC NULLS LAST, 1'
		);
		expect(answer('most common sky', catalog).sql).toContain('GROUP BY 1');
	});
	it('ranks every value for a plural "least common"', () => {
		const sql = answer('least common roles', ruleCatalog(SCHOOL_STAFF)).sql;
		expect(sql).toContain('ORDER BY "count" ASC');
		expect(sql).not.toContain('LIMIT');
	});
});

describe('"per month" over several years', () => {
	const catalog = ruleCatalog(SKY);
	it('reads calendar months, says so, and offers the month of the year', () => {
		const result = answer('average wind per month', catalog);
		expect(result.sql).toContain(`date_trunc('month', "day")`);
		const group = result.interpretation.find((i) => i.kind === 'group');
		expect(group?.meaning).toBe('by calendar month (each month of each year)');
		expect(group?.alternatives?.[0].meaning).toBe('month of the year (all years together)');
		expect(group?.alternatives?.[0].answer.sql).toContain('month("day") AS "month_of_year"');
		expect(group?.alternatives?.[0].answer.interpretation.some((i) => i.alternatives)).toBe(false);
	});
	it('reads "month of the year" as asked', () => {
		expect(answer('average wind by month of the year', catalog).sql).toContain('month("day")');
	});
});

describe('nouns for rows and plural values', () => {
	it('counts rows for generic nouns such as "incidents"', () => {
		expect(answer('how many incidents in Oxley', ruleCatalog(MISHAPS)).sql).toBe(
			`SELECT count(*) AS "count"\nFROM "mishaps"\nWHERE "town" = 'Oxley'`
		);
	});
	it('does not read "victims" as rows when the rows hold numbers of people', () => {
		expect(isRefusal(ask('number of victims by town', ruleCatalog(MISHAPS)))).toBe(true);
	});
	it('matches a plural word to a singular value', () => {
		expect(answer('average salary of teachers by school', ruleCatalog(SCHOOL_STAFF)).sql).toContain(
			`WHERE "role" = 'Teacher'`
		);
	});
});

describe('every word accounted for', () => {
	it('refuses rather than drop a condition it cannot place, and names the words', () => {
		const result = ask('average salary of senior teachers', ruleCatalog(SCHOOL_STAFF));
		expect(isRefusal(result) && result.unknownWords).toEqual(['senior']);
	});
	it('refuses a condition it cannot read instead of answering without it', () => {
		const result = ask('how many mishaps in Oxley with injured above', ruleCatalog(MISHAPS));
		expect(isRefusal(result) && result.unknownWords).toEqual(['above', 'injured']);
	});
	it('suggests rephrasings made of the catalog', () => {
		const result = ask('how many fatal mishaps in Oxley', ruleCatalog(MISHAPS));
		expect(isRefusal(result) && result.suggestions).toContain('how many mishaps by town');
	});
	it('accounts for a verb that only introduces a condition', () => {
		expect(answer('how many mishaps happened in Oxley', ruleCatalog(MISHAPS)).confidence).toBe(1);
		expect(answer('how many incidents came up in Pemby', ruleCatalog(MISHAPS)).sql).toContain(
			`"town" = 'Pemby'`
		);
	});
});

describe('a workspace of unrelated tables', () => {
	it('answers from the table the words fit, not a join that does not exist', () => {
		expect(answer('total injured by town', RULE_WORKSPACE).sql).toBe(
			'SELECT "town", sum("injured") AS "total_injured"\nFROM "mishaps"\nGROUP BY 1\nORDER BY 1'
		);
		expect(answer('how many people by sex', RULE_WORKSPACE).sql).toContain('FROM "headcount"');
	});
	it('asks which table, naming every table that fits equally well', () => {
		const result = ask('how many records', RULE_WORKSPACE);
		expect(isRefusal(result) && result.suggestions).toEqual([
			'how many records in Headcount',
			'how many records in Sky',
			'how many records in School staff',
			'how many records in Mishaps'
		]);
	});
	it('prefers the table whose dates include the year asked about', () => {
		expect(answer('how many records in 1990', RULE_WORKSPACE).sql).toBe(
			'SELECT count(*) AS "count"\nFROM "headcount"\nWHERE "year" = 1990'
		);
	});
	it('reads the table a time condition can apply to', () => {
		expect(answer('how many people in 1990', RULE_WORKSPACE).sql).toBe(
			'SELECT sum("people") AS "total_people"\nFROM "headcount"\nWHERE "year" = 1990'
		);
	});
});

describe('alternatives from other tables', () => {
	const TOWN_EVENTS: TableSpec = {
		name: 'town_events',
		humanName: 'Town events',
		columns: [
			['town', 'VARCHAR'],
			['kind', 'VARCHAR']
		],
		rows: [
			['Oxley', 'fair'],
			['Pemby', 'market'],
			['Oxley', 'market']
		]
	};
	it('prefers the table whose rows the named column names', () => {
		const depots: TableSpec = {
			name: 'depots',
			humanName: 'Depots',
			columns: [
				['depot name', 'VARCHAR'],
				['town', 'VARCHAR']
			],
			rows: [
				['North yard', 'Oxley'],
				['South yard', 'Pemby']
			]
		};
		const towns: TableSpec = {
			name: 'towns',
			humanName: 'Towns',
			columns: [
				['town', 'VARCHAR'],
				['area', 'DOUBLE']
			],
			rows: [
				['Oxley', 3],
				['Quorn', 5]
			]
		};
		expect(answer('how many towns are there', ruleCatalog(depots, towns)).sql).toContain(
			'FROM "towns"'
		);
		expect(answer('how many different town', ruleCatalog(depots, towns)).sql).toContain(
			'FROM "towns"'
		);
	});
	it('keeps the table the words name and offers the other as an alternative', () => {
		const result = answer('how many events by town', ruleCatalog(MISHAPS, TOWN_EVENTS));
		expect(result.sql).toContain('FROM "town_events"');
		const table = result.interpretation.find((i) => i.kind === 'table');
		expect(table?.alternatives?.map((a) => a.meaning)).toEqual(['the table Mishaps']);
		expect(table?.alternatives?.[0].answer.sql).toBe(
			'SELECT "town", count(*) AS "count"\nFROM "mishaps"\nGROUP BY 1\nORDER BY 1'
		);
	});
});

describe('a word that could mean several columns', () => {
	const GUSTS: TableSpec = {
		name: 'gusts',
		humanName: 'Gusts',
		columns: [
			['day', 'DATE'],
			['wind_min', 'DOUBLE'],
			['wind_max', 'DOUBLE']
		],
		rows: [
			['2020-01-01', 1, 5],
			['2021-01-01', 2, 7]
		]
	};
	const catalog = ruleCatalog(GUSTS);
	it('takes the column the aggregate word before it also names', () => {
		expect(answer('lowest minimum wind each year', catalog).sql).toContain('min("wind_min")');
	});
	it('otherwise refuses and suggests each column by name', () => {
		const result = ask('average wind', catalog);
		expect(isRefusal(result) && result.suggestions).toEqual(
			expect.arrayContaining([
				'Say "wind_min" instead of "wind".',
				'Say "wind_max" instead of "wind".'
			])
		);
	});
});

describe('alternative readings of one word', () => {
	it('offers the table when a word names both a table and its column', () => {
		const result = answer('how many sky', ruleCatalog(SKY));
		expect(result.sql).toBe('SELECT count(DISTINCT "sky") AS "distinct_sky"\nFROM "sky"');
		const item = result.interpretation.find((i) => i.words === 'how many sky');
		expect(item?.alternatives?.[0]).toMatchObject({
			meaning: 'the rows of Sky',
			answer: { sql: 'SELECT count(*) AS "count"\nFROM "sky"' }
		});
	});
});

describe('values beyond the most frequent ones', () => {
	const catalog = ruleCatalog(VISITS);
	it('finds a value listed only in the profile, in any case and number', () => {
		expect(VISITS.rows.length).toBeGreaterThan(40);
		expect(answer('average guests in juneau', catalog).sql).toContain(`WHERE "place" = 'Juneau'`);
		expect(answer('how many visits to new havens', catalog).sql).toContain(
			`WHERE "place" = 'New Haven'`
		);
	});
	it('reads underscores and hyphens in a value as spaces', () => {
		expect(answer('total guests in Sub-Saharan Africa', catalog).sql).toContain(
			`WHERE "place" = 'sub_saharan_africa'`
		);
		expect(answer('total guests in sub saharan africa', catalog).sql).toContain(
			`WHERE "place" = 'sub_saharan_africa'`
		);
	});
	it('matches a short code only with its capitals, and no listed value by a typo', () => {
		expect(answer('total guests in NY', catalog).sql).toContain(`WHERE "place" = 'NY'`);
		const typo = ask('total guests in juneu', catalog);
		expect(isRefusal(typo) || !typo.sql.includes('Juneau')).toBe(true);
		expect(answer('total guests in glens falls', catalog).sql).toContain(`'Glens Falls'`);
		const partial = ask('total guests in glens', catalog);
		expect(isRefusal(partial) || !partial.sql.includes('Glens Falls')).toBe(true);
	});
});

describe('time filters with a year the data holds, however early', () => {
	it('filters a year column after, before and since a bare year', () => {
		const wrecks = ruleCatalog(WRECKS);
		expect(answer('how many wrecks after 1700', wrecks).sql).toContain('WHERE "year" >= 1701');
		expect(answer('number of wrecks before 1900', wrecks).sql).toContain('WHERE "year" < 1900');
		expect(answer('total tonnage since 1650', wrecks).sql).toContain('WHERE "year" >= 1650');
	});
	it('filters a date column the same way', () => {
		const voyages = ruleCatalog(VOYAGES);
		expect(answer('total crew after 1700', voyages).sql).toContain(
			`WHERE "sailed" >= DATE '1701-01-01'`
		);
		expect(answer('voyages before 1800', voyages).sql).toContain(
			`WHERE "sailed" < DATE '1800-01-01'`
		);
	});
	it('does not read a number far from the data as a year', () => {
		const result = ask('how many wrecks after 1100', ruleCatalog(WRECKS));
		expect(isRefusal(result) || result.confidence < 0.5).toBe(true);
	});
});

describe('superlatives of time and position', () => {
	it('reads earliest/oldest and latest/newest as the date or year column', () => {
		expect(answer('earliest wreck', ruleCatalog(WRECKS)).sql).toBe(
			'SELECT *\nFROM "wrecks"\nORDER BY "year" ASC NULLS LAST\nLIMIT 1'
		);
		const voyages = ruleCatalog(VOYAGES);
		expect(answer('the oldest voyage', voyages).sql).toContain('ORDER BY "sailed" ASC');
		expect(answer('latest voyage', voyages).sql).toContain('ORDER BY "sailed" DESC');
		expect(answer('newest mishap', ruleCatalog(MISHAPS)).sql).toContain('ORDER BY "date" DESC');
	});
	it('reads northernmost/southernmost as latitude, easternmost/westernmost as longitude', () => {
		const stations = ruleCatalog(STATIONS);
		expect(answer('northernmost station', stations).sql).toContain(
			'ORDER BY "latitude" DESC NULLS LAST\nLIMIT 1'
		);
		expect(answer('the 2 southernmost stations', stations).sql).toContain(
			'ORDER BY "latitude" ASC NULLS LAST\nLIMIT 2'
		);
		expect(answer('which station is westernmost', stations).sql).toContain(
			'ORDER BY "longitude" ASC'
		);
		expect(answer('easternmost station', stations).sql).toContain('ORDER BY "longitude" DESC');
	});
	it('refuses "oldest" when the data has neither an age nor a time column', () => {
		expect(isRefusal(ask('oldest teacher', ruleCatalog(SCHOOL_STAFF)))).toBe(true);
	});
});

describe('"when was X highest"', () => {
	const sky = ruleCatalog(SKY);
	it('shows the time of the row with the largest or smallest X, not the extreme alone', () => {
		expect(answer('when was wind highest', sky).sql).toBe(
			'SELECT "day", "wind"\nFROM "sky"\nQUALIFY rank() OVER (ORDER BY "wind" DESC NULLS LAST) = 1\nORDER BY "wind" DESC NULLS LAST'
		);
		expect(answer('when was the wind lowest', sky).sql).toContain('ORDER BY "wind" ASC');
	});
	it('is not confident about a "when" question whose answer holds no time', () => {
		const result = ask('when was the average wind', sky);
		expect(isRefusal(result) || result.confidence < CONFIDENCE_THRESHOLD).toBe(true);
	});
});

describe('none of a number is zero, not missing', () => {
	const mishaps = ruleCatalog(MISHAPS);
	it('reads "with no <numeric column>" and "zero" as = 0', () => {
		expect(answer('mishaps with no injured', mishaps).sql).toContain('WHERE "injured" = 0');
		expect(answer('mishaps with zero injured', mishaps).sql).toContain('WHERE "injured" = 0');
		expect(answer('mishaps where injured is 0', mishaps).sql).toContain('WHERE "injured" = 0');
	});
	it('reads "with no <column>" as missing for text, and "no <column> recorded" as a gap', () => {
		expect(answer('mishaps with no town', mishaps).sql).toContain('WHERE "town" IS NULL');
		const gappy = ruleCatalog({
			...MISHAPS,
			rows: MISHAPS.rows.map((r, i) => (i === 0 ? [r[0], r[1], null] : r))
		});
		// zeros say "none" even beside a gap; asking for the record asks for the gap
		expect(answer('mishaps with no injured', gappy).sql).toContain('WHERE "injured" = 0');
		expect(answer('mishaps with no injured recorded', gappy).sql).toContain(
			'WHERE "injured" IS NULL'
		);
	});
});

describe("a trend at the data's own grain", () => {
	it('keeps monthly data monthly over ten years instead of yearly averages', () => {
		const sql = answer('price over time', ruleCatalog(MONTHLY_PRICES)).sql;
		expect(sql).not.toContain("date_trunc('year'");
		expect(sql).toContain('CAST("date" AS DATE) AS "day"');
	});
	it('still groups daily data over several years by month', () => {
		expect(answer('wind over time', ruleCatalog(SKY)).sql).toContain(`date_trunc('month', "day")`);
	});
});
