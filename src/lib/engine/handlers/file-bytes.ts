/** Reading a Blob ourselves (with progress), and telling text from binary. */
import { EngineFailure } from './errors';

/** Read the whole Blob, reporting the fraction of bytes read. */
export async function readAllBytes(
	blob: Blob,
	onFraction: (fraction: number) => void
): Promise<Uint8Array> {
	const out = new Uint8Array(blob.size);
	const reader = blob.stream().getReader();
	let offset = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		out.set(value, offset);
		offset += value.length;
		onFraction(blob.size === 0 ? 1 : offset / blob.size);
	}
	return offset === out.length ? out : out.subarray(0, offset);
}

const sampleBytes = 64 * 1024;

/** A best guess at what a binary file is, from its first bytes, for a helpful message. */
function binaryKind(head: Uint8Array): string {
	const ascii = String.fromCharCode(...head.subarray(0, 8));
	if (ascii.startsWith('PK')) return 'a zip archive or an Excel workbook';
	if (ascii.startsWith('PAR1')) return 'a Parquet file';
	if (ascii.startsWith('ARROW1')) return 'an Arrow file';
	if (head[0] === 0x1f && head[1] === 0x8b) return 'a gzip-compressed file';
	if (ascii.startsWith('%PDF')) return 'a PDF document';
	if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
		return 'UTF-16 text (save it as UTF-8)';
	}
	return 'binary data';
}

/**
 * Check that a file meant to be text is non-empty UTF-8 text. Throws `empty-file` or
 * `binary-file` with a message that names the file.
 */
export async function assertText(blob: Blob, fileName: string, formatLabel: string): Promise<void> {
	if (blob.size === 0) throw new EngineFailure('empty-file', `${fileName} is empty.`);
	const head = new Uint8Array(await blob.slice(0, sampleBytes).arrayBuffer());
	const hasNul = head.includes(0);
	let isUtf8 = true;
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: blob.size > sampleBytes });
	} catch {
		isUtf8 = false;
	}
	if (hasNul || !isUtf8) {
		throw new EngineFailure(
			'binary-file',
			`${fileName} does not look like a ${formatLabel} file: it contains ${binaryKind(head)}, not UTF-8 text.`
		);
	}
	if (blob.size <= sampleBytes && new TextDecoder().decode(head).trim() === '') {
		throw new EngineFailure('empty-file', `${fileName} contains no data.`);
	}
}
