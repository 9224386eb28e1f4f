/** Chart titles: trimmed, 1–120 characters. */
export const MAX_TITLE_LENGTH = 120;

export type TitleCheck = { ok: true; title: string } | { ok: false; message: string };

export function validateChartTitle(title: string): TitleCheck {
	const trimmed = title.trim();
	if (trimmed === '') return { ok: false, message: 'A chart needs a title.' };
	if ([...trimmed].length > MAX_TITLE_LENGTH) {
		return {
			ok: false,
			message: `A title can be at most ${MAX_TITLE_LENGTH} characters (this one has ${[...trimmed].length}).`
		};
	}
	return { ok: true, title: trimmed };
}

/** "Copy of <title>", shortened with an ellipsis to stay a valid title. */
export function copyTitle(title: string): string {
	const full = `Copy of ${title.trim()}`;
	const chars = [...full];
	if (chars.length <= MAX_TITLE_LENGTH) return full;
	return `${chars
		.slice(0, MAX_TITLE_LENGTH - 1)
		.join('')
		.trimEnd()}…`;
}
