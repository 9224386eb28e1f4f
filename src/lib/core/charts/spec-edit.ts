/**
 * Pure helpers for the chart builder: change the mark or one channel, list the channels a mark
 * can use, a sensible first definition for a field on a channel, and a one-sentence description.
 */
import { aggregateTitle, markType } from './chart-render';
import type { Channel, ChartSpec, FieldDef, FieldSummary, MarkType } from './types';

const FACETS: Channel[] = ['column', 'row', 'facet'];
const CHANNELS_BY_MARK: Record<MarkType, Channel[]> = {
	bar: ['x', 'y', 'color', 'opacity', 'xOffset', 'tooltip', ...FACETS],
	line: ['x', 'y', 'color', 'opacity', 'tooltip', ...FACETS],
	area: ['x', 'y', 'color', 'opacity', 'tooltip', ...FACETS],
	point: ['x', 'y', 'color', 'size', 'shape', 'opacity', 'tooltip', ...FACETS],
	circle: ['x', 'y', 'color', 'size', 'opacity', 'tooltip', ...FACETS],
	square: ['x', 'y', 'color', 'size', 'opacity', 'tooltip', ...FACETS],
	tick: ['x', 'y', 'color', 'opacity', 'tooltip', ...FACETS],
	rect: ['x', 'y', 'color', 'opacity', 'tooltip', ...FACETS],
	rule: ['x', 'y', 'x2', 'y2', 'color', 'opacity', 'tooltip', ...FACETS],
	text: ['x', 'y', 'text', 'color', 'size', 'tooltip', ...FACETS],
	arc: ['theta', 'color', 'opacity', 'tooltip', ...FACETS],
	boxplot: ['x', 'y', 'color', ...FACETS]
};

const MARK_NAMES: Record<MarkType, string> = {
	bar: 'Bar chart',
	line: 'Line chart',
	area: 'Area chart',
	point: 'Scatter plot',
	circle: 'Scatter plot',
	square: 'Scatter plot',
	tick: 'Strip plot',
	rect: 'Heatmap',
	rule: 'Rule chart',
	text: 'Text chart',
	arc: 'Pie chart',
	boxplot: 'Boxplot'
};

/** The channels `mark` can encode, in the order the builder shows them. */
export function channelsForMark(mark: MarkType): Channel[] {
	return [...CHANNELS_BY_MARK[mark]];
}

/** `spec` with another mark; channels the new mark cannot use are dropped. */
export function setMark(spec: ChartSpec, mark: MarkType): ChartSpec {
	const old = typeof spec.mark === 'string' ? { type: spec.mark } : spec.mark;
	const { extent: _extent, ...rest } = old;
	const allowed = new Set(CHANNELS_BY_MARK[mark]);
	const encoding = Object.fromEntries(
		Object.entries(spec.encoding).filter(([channel]) => allowed.has(channel as Channel))
	);
	return {
		...spec,
		mark: {
			...rest,
			type: mark,
			tooltip: true,
			...(mark === 'boxplot' ? { extent: 'min-max' } : {})
		},
		encoding
	};
}

/** `spec` with `channel` set to `def`, or removed when `def` is undefined. */
export function setChannel(
	spec: ChartSpec,
	channel: Channel,
	def: FieldDef | FieldDef[] | undefined
): ChartSpec {
	const encoding = { ...spec.encoding };
	if (def === undefined) delete encoding[channel];
	else encoding[channel] = def;
	return { ...spec, encoding };
}

/** A first definition for `field` on `channel`: its type, a time unit for times, counts for sizes. */
export function defaultFieldDef(field: FieldSummary, channel: Channel): FieldDef {
	if (field.role === 'time') {
		return {
			field: field.name,
			type: 'temporal',
			...(field.timeUnit ? { timeUnit: field.timeUnit } : {})
		};
	}
	if (field.vlType === 'quantitative') {
		const isSummed = channel === 'theta' || channel === 'size';
		return { field: field.name, type: 'quantitative', ...(isSummed ? { aggregate: 'sum' } : {}) };
	}
	const def: FieldDef = { field: field.name, type: field.vlType };
	if (channel === 'facet') def.columns = 4;
	return def;
}

function defOf(spec: ChartSpec, channel: Channel): FieldDef | undefined {
	const value = spec.encoding[channel];
	return Array.isArray(value) ? undefined : value;
}

function phrase(def: FieldDef): string {
	const title = aggregateTitle(def);
	return isValue(def) ? title.charAt(0).toLowerCase() + title.slice(1) : title;
}

function isValue(def: FieldDef | undefined): boolean {
	return def !== undefined && (def.aggregate !== undefined || def.field === undefined);
}

/** One accessible sentence: "Bar chart of mean of delay by carrier, sorted by delay." */
export function describeChart(spec: ChartSpec): string {
	const mark = markType(spec);
	const x = defOf(spec, 'x');
	const y = defOf(spec, 'y');
	const parts: string[] = [];
	const binned = [x, y].find((d) => d?.bin);
	if (mark === 'bar' && binned && binned.field) {
		parts.push(`Histogram of ${binned.field}`);
	} else {
		const [value, by] = isValue(x) && !isValue(y) ? [x, y] : [y, x];
		const main =
			mark === 'arc'
				? defOf(spec, 'theta')
				: mark === 'rect'
					? defOf(spec, 'color')
					: mark === 'text' && !x && !y
						? defOf(spec, 'text')
						: value;
		let sentence = MARK_NAMES[mark];
		if (main) sentence += ` of ${phrase(main)}`;
		const against = mark === 'arc' ? defOf(spec, 'color') : by;
		if (against?.field)
			sentence += ` ${main?.type === 'quantitative' && !isValue(main) && against.type === 'quantitative' ? 'against' : 'by'} ${against.field}`;
		if (mark === 'rect' && value?.field) sentence += ` and ${value.field}`;
		parts.push(sentence);
	}
	const color = defOf(spec, 'color');
	if (color?.field && mark !== 'rect' && mark !== 'arc') parts.push(`coloured by ${color.field}`);
	for (const facet of FACETS) {
		const def = defOf(spec, facet);
		if (def?.field) parts.push(`one panel per ${def.field}`);
	}
	const sorted = [x, y].find((d) => typeof d?.sort === 'string' && /^-?[xy]$/.test(d.sort));
	if (sorted && typeof sorted.sort === 'string') {
		const other = sorted.sort.endsWith('x') ? x : y;
		if (other)
			parts.push(
				`sorted by ${other.field ?? 'count'}${sorted.sort.startsWith('-') ? ', largest first' : ''}`
			);
	}
	return `${parts.join(', ')}.`;
}
