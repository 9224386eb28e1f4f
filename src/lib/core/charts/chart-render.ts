/**
 * Shared pieces of chart SQL and render specs: the channels of a spec with their column aliases,
 * readable titles, and the render spec's frame.
 */
import type { Channel, ChartSpec, FieldDef, MarkType, VegaLiteSpec } from './types';

/** One encoded channel and the columns the chart SQL computes for it. */
export interface Entry {
	channel: Channel;
	/** Unique within the spec: the channel, plus the position for tooltips. */
	key: string;
	def: FieldDef;
	/** Column holding the channel's value; `__` prefix and channel name never collide. */
	alias: string;
	/** Column holding the bin end. */
	alias2?: string;
}

const AGGREGATE_TITLES: Record<NonNullable<FieldDef['aggregate']>, string> = {
	count: 'Count',
	sum: 'Sum',
	mean: 'Mean',
	median: 'Median',
	min: 'Minimum',
	max: 'Maximum',
	distinct: 'Distinct count',
	q1: 'First quartile',
	q3: 'Third quartile',
	stdev: 'Standard deviation'
};

export function markType(spec: ChartSpec): MarkType {
	return typeof spec.mark === 'string' ? spec.mark : spec.mark.type;
}

/** Readable axis or legend title: "Mean of delay", "Count of rows", "delay (binned)". */
export function aggregateTitle(def: FieldDef): string {
	if (def.aggregate === 'count' || (def.field === undefined && !def.aggregate))
		return 'Count of rows';
	if (def.aggregate) return `${AGGREGATE_TITLES[def.aggregate]} of ${def.field}`;
	if (def.bin) return `${def.field} (binned)`;
	return def.field ?? '';
}

export function channelEntries(spec: ChartSpec): Entry[] {
	const entries: Entry[] = [];
	for (const [channel, value] of Object.entries(spec.encoding) as Array<
		[Channel, FieldDef | FieldDef[] | undefined]
	>) {
		if (!value || channel === 'x2' || channel === 'y2') continue;
		const defs = Array.isArray(value) ? value : [value];
		defs.forEach((def, i) => {
			const key = Array.isArray(value) ? `${channel}${i}` : channel;
			entries.push({ channel, key, def, alias: `__${key}`, alias2: `__${key}_end` });
		});
	}
	return entries;
}

/** The render spec around an encoding (or a layer): the spec's own frame, data to be filled in. */
export function renderBase(
	spec: ChartSpec,
	encoding: Record<string, unknown>,
	layer?: unknown[]
): VegaLiteSpec {
	const frame: VegaLiteSpec = {
		$schema: spec.$schema,
		...(spec.title !== undefined ? { title: spec.title } : {}),
		...(spec.description !== undefined ? { description: spec.description } : {}),
		...(spec.width !== undefined ? { width: spec.width } : {}),
		...(spec.height !== undefined ? { height: spec.height } : {}),
		data: { values: [] }
	};
	if (layer) return { ...frame, encoding, layer };
	return { ...frame, mark: spec.mark, encoding };
}

/** The render spec with the chart SQL's rows as its data. */
export function withRows(renderSpec: VegaLiteSpec, rows: Record<string, unknown>[]): VegaLiteSpec {
	return { ...renderSpec, data: { values: rows } };
}
