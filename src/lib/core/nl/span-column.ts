/**
 * Columns Quarry derives: the length of rows that span years (end − start), the amount of
 * rows that sell a quantity at a unit price (quantity × price), and the whole of a count kept
 * in two parts (home + away goals); and how each is computed, for the reading.
 */
import { isSpanEnd, isSpanStart } from './year-spans';
import type { ColumnInfo, TableInfo } from './lexicon';
import type { ContextMetric } from './types';
import { splitName } from './text';
import { BEGAN_WORDS } from './vocabulary';
import { holdsCounts } from './planner-helpers';

/**
 * Rows with a start and an end year (reigns, terms) have a length: "the longest reign",
 * "average reign length" read end − start. Only when exactly one such pair exists.
 */
export function addSpanColumn(table: TableInfo, columns: ColumnInfo[]): void {
	const starts = table.columns.filter(isSpanStart);
	const ends = table.columns.filter(isSpanEnd);
	if (starts.length !== 1 || ends.length !== 1) return;
	const column: ColumnInfo = {
		id: columns.length,
		table,
		name: 'duration',
		type: 'INTEGER',
		kind: 'number',
		words: ['duration'],
		content: ['duration'],
		span: { start: starts[0], end: ends[0] }
	};
	if (table.columns.some((c) => c.words.includes('duration'))) return;
	columns.push(column);
	table.columns.push(column);
}

/** Words of a column that counts what a row sells. */
const QUANTITY_WORDS = new Set(['quantity', 'qty', 'units']);
/** Words that name a price per unit (`unit_price`, `Price Each`, `price_per_item`). */
const UNIT_WORDS = new Set(['unit', 'each', 'per', 'item', 'piece']);
/** Words of a column that already holds an amount of money: nothing to derive. */
const AMOUNT_WORDS = new Set(
	'revenue sales amount total turnover value subtotal gross spend spending'.split(' ')
);

/**
 * "total revenue by region" of a table of order lines with `qty` and `unit_price` and no
 * revenue column: revenue is quantity × unit price. Only when the table has exactly one
 * quantity and one price column and no column that already holds an amount.
 */
export function addAmountColumn(
	table: TableInfo,
	columns: ColumnInfo[],
	metrics: readonly ContextMetric[]
): void {
	// a context's own revenue metric says how revenue is computed; none is derived beside it
	const isDefined = (m: ContextMetric) =>
		splitName(m.name).join(' ') === 'revenue' && (!m.table || m.table === table.quotedName);
	if (metrics.some(isDefined)) return;
	const numbers = table.columns.filter((c) => c.kind === 'number' && !c.span);
	const quantities = numbers.filter((c) => c.words.some((w) => QUANTITY_WORDS.has(w)));
	// (a bare `Price` beside a quantity may be the whole line's, a print job's: only a price
	// named per unit is one)
	const prices = numbers.filter(
		(c) =>
			c.words.includes('price') &&
			c.words.some((w) => UNIT_WORDS.has(w)) &&
			!c.words.some((w) => QUANTITY_WORDS.has(w))
	);
	if (quantities.length !== 1 || prices.length !== 1) return;
	if (table.columns.some((c) => c.words.some((w) => AMOUNT_WORDS.has(w)))) return;
	const column: ColumnInfo = {
		id: columns.length,
		table,
		name: 'revenue',
		type: 'DOUBLE',
		kind: 'number',
		words: ['revenue'],
		content: ['revenue'],
		amount: { quantity: quantities[0], price: prices[0], ...discountOf(numbers) }
	};
	columns.push(column);
	table.columns.push(column);
}

const DISCOUNT_WORDS = new Set(['disc', 'discount']);
const PERCENT_NAMES = new Set(['pct', 'percent', 'percentage']);

/**
 * `disc_pct` beside a quantity and a unit price: the one discount column named in percent
 * (0–100), which the revenue of a row is net of. A bare `discount` may be money off or a
 * fraction, so it is left alone.
 */
function discountOf(numbers: ColumnInfo[]): { discount?: ColumnInfo } {
	const found = numbers.filter((c) => c.words.some((w) => DISCOUNT_WORDS.has(w)));
	if (found.length !== 1) return {};
	const [column] = found;
	const isPercent = column.words.some((w) => PERCENT_NAMES.has(w)) || /%/.test(column.name);
	const { min, max } = column.profile ?? {};
	const isRange = typeof min === 'number' && typeof max === 'number' && min >= 0 && max <= 100;
	return isPercent && isRange ? { discount: column } : {};
}

/** Words of a date column that says when a row's process ended, and the verb of that end. */
const ENDED_WORDS: Record<string, string> = {
	closed: 'close',
	close: 'close',
	resolved: 'resolve',
	solved: 'solve',
	ended: 'end',
	end: 'end',
	finished: 'finish',
	completed: 'complete',
	shipped: 'ship',
	ship: 'ship',
	delivered: 'deliver',
	delivery: 'deliver',
	returned: 'return',
	return: 'return',
	checkout: 'checkout',
	discharged: 'discharge',
	arrival: 'arrive',
	arrived: 'arrive',
	fixed: 'fix',
	answered: 'answer'
};

/** Names of a column that already holds how long each row lasted. */
const STORED_LENGTHS = new Set(['day', 'night', 'duration', 'length', 'hour', 'minute']);

/**
 * Rows that open and close at two dates (tickets created and closed, orders placed and shipped)
 * take time between them: "average time to close", "median days to ship". Hours between two
 * timestamps, days between two dates; only when exactly one such pair exists.
 */
export function addDateSpanColumn(table: TableInfo, columns: ColumnInfo[]): void {
	const dates = table.columns.filter((c) => c.kind === 'date' && !c.parts);
	const starts = dates.filter((c) => c.words.some((w) => BEGAN_WORDS.has(w)));
	const ends = dates.filter((c) => c.words.some((w) => Object.hasOwn(ENDED_WORDS, w)));
	if (starts.length !== 1 || ends.length !== 1 || starts[0] === ends[0]) return;
	// ("avg rental length" of a table that stores `days`: the stored length, not one derived)
	const stored = table.columns.some(
		(c) => c.kind === 'number' && c.words.length === 1 && STORED_LENGTHS.has(c.words[0])
	);
	if (stored) return;
	const [start, end] = [starts[0], ends[0]];
	const verb = ENDED_WORDS[end.words.find((w) => Object.hasOwn(ENDED_WORDS, w))!];
	const isTimestamp = /TIMESTAMP/i.test(start.type) || /TIMESTAMP/i.test(end.type);
	const unit = isTimestamp ? 'hour' : 'day';
	if (table.columns.some((c) => c.name === `${unit}s_to_${verb}`)) return;
	const column = betweenColumn(columns.length, { start, end, unit, verb });
	columns.push(column);
	table.columns.push(column);
}

/** The column of the time from one date column to another, in a unit, by the verb of its end. */
export function betweenColumn(id: number, between: NonNullable<ColumnInfo['between']>): ColumnInfo {
	const { unit, verb } = between;
	return {
		id,
		table: between.start.table,
		name: `${unit}s_to_${verb}`,
		type: 'DOUBLE',
		kind: 'number',
		words: [unit, 'to', verb],
		content: [unit, 'to', verb],
		between
	};
}

/** Words that split one count into two parts that make it whole between them. */
const PART_PAIRS: Array<[string, string]> = [
	['home', 'away'],
	['male', 'female'],
	['men', 'women'],
	['boy', 'girl'],
	['domestic', 'international'],
	['domestic', 'foreign']
];

/**
 * "total goals scored" of a table with `home_goals` and `away_goals` and no `goals`: a count
 * kept in two parts that make it whole (home and away, men and women) is their sum. Only for
 * whole, non-negative counts, and only when nothing else in the table has the shared name.
 */
export function addPartsColumn(table: TableInfo, columns: ColumnInfo[]): void {
	const counts = table.columns.filter((c) => c.words.length === 2 && holdsCounts(c));
	for (const [one, other] of PART_PAIRS) {
		for (const a of counts.filter((c) => c.words.includes(one))) {
			const shared = a.words.find((w) => w !== one);
			const b = counts.find((c) => c.words.includes(other) && shared && c.words.includes(shared));
			if (
				!b ||
				!shared ||
				table.columns.some((c) => c.words.length === 1 && c.words[0] === shared)
			) {
				continue;
			}
			// ("home_goals" → goals, "maleCount" → Count)
			const rest = a.name.replace(new RegExp(one, 'i'), '').replace(/^[\s_-]+|[\s_-]+$/g, '');
			const column: ColumnInfo = {
				id: columns.length,
				table,
				name: rest.length > 0 ? rest.toLowerCase() : shared,
				type: 'BIGINT',
				kind: 'number',
				words: [shared],
				content: [shared],
				sumOf: [a, b].map((part) => ({ column: part, scale: 1 }))
			};
			columns.push(column);
			table.columns.push(column);
			return;
		}
	}
}

/** How a column Quarry derives is computed, for the reading: ' ("qty" × "unit_price")'. */
export function derivedFrom(column: ColumnInfo): string {
	const { amount, between, owed } = column;
	if (between) return ` ("${between.end.name}" − "${between.start.name}", in ${between.unit}s)`;
	if (owed) return ` ("${owed.due.name}" − "${owed.paid.name}")`;
	if (!amount) return '';
	const { quantity, price, discount } = amount;
	const off = discount ? ` less "${discount.name}"` : '';
	return ` ("${quantity.name}" × "${price.name}"${off})`;
}
