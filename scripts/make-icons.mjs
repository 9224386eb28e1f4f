/**
 * Draw Quarry's app icons as PNG files (static/icons/). Plain Node, no dependencies:
 * shapes are rasterised with 4×4 supersampling and written as 8-bit RGBA PNGs with zlib.
 *
 *   node scripts/make-icons.mjs
 *
 * The mark is a pyramid of six cut stone blocks in white on Quarry blue (#1f4e79).
 * The maskable variant fills the whole square and keeps the mark inside the central safe zone
 * (a circle of 40 % radius) so any launcher mask shape leaves it intact.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { root } from './lib/setup.mjs';

const BLUE = [0x1f, 0x4e, 0x79];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4;

/** Is (x, y) inside the rounded rectangle? All values in units of the icon size (0..1). */
function inRoundedRect(x, y, { left, top, width, height, radius }) {
	if (x < left || y < top || x > left + width || y > top + height) return false;
	const cx = Math.min(Math.max(x, left + radius), left + width - radius);
	const cy = Math.min(Math.max(y, top + radius), top + height - radius);
	return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

/** Six blocks (3 + 2 + 1) centred in a box of the given scale around the middle. */
function blocks(scale) {
	const blockW = 0.26 * scale;
	const blockH = 0.15 * scale;
	const gap = 0.035 * scale;
	const rows = [3, 2, 1];
	const totalH = rows.length * blockH + (rows.length - 1) * gap;
	const result = [];
	rows.forEach((count, row) => {
		const rowW = count * blockW + (count - 1) * gap;
		const top = 0.5 + totalH / 2 - (row + 1) * blockH - row * gap;
		for (let i = 0; i < count; i++) {
			const left = 0.5 - rowW / 2 + i * (blockW + gap);
			result.push({ left, top, width: blockW, height: blockH, radius: 0.02 * scale });
		}
	});
	return result;
}

function drawIcon(size, isMaskable) {
	const background = isMaskable
		? { left: 0, top: 0, width: 1, height: 1, radius: 0 }
		: { left: 0, top: 0, width: 1, height: 1, radius: 0.18 };
	const mark = blocks(isMaskable ? 0.62 : 0.82);
	const pixels = Buffer.alloc(size * size * 4);
	for (let py = 0; py < size; py++) {
		for (let px = 0; px < size; px++) {
			let bg = 0;
			let fg = 0;
			for (let sy = 0; sy < SAMPLES; sy++) {
				for (let sx = 0; sx < SAMPLES; sx++) {
					const x = (px + (sx + 0.5) / SAMPLES) / size;
					const y = (py + (sy + 0.5) / SAMPLES) / size;
					if (!inRoundedRect(x, y, background)) continue;
					bg++;
					if (mark.some((block) => inRoundedRect(x, y, block))) fg++;
				}
			}
			const total = SAMPLES * SAMPLES;
			const fgShare = bg === 0 ? 0 : fg / bg;
			const offset = (py * size + px) * 4;
			for (let c = 0; c < 3; c++) {
				pixels[offset + c] = Math.round(BLUE[c] * (1 - fgShare) + WHITE[c] * fgShare);
			}
			pixels[offset + 3] = Math.round((255 * bg) / total);
		}
	}
	return encodePng(size, size, pixels);
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	return c >>> 0;
});

function crc32(bytes) {
	let crc = 0xffffffff;
	for (const byte of bytes) crc = crcTable[(crc ^ byte) & 0xff] ^ (crc >>> 8);
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(body));
	return Buffer.concat([length, body, crc]);
}

function encodePng(width, height, rgba) {
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header[8] = 8; // bit depth
	header[9] = 6; // colour type: RGBA
	const rows = Buffer.alloc(height * (width * 4 + 1));
	for (let y = 0; y < height; y++) {
		rows[y * (width * 4 + 1)] = 0; // filter: none
		rgba.copy(rows, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', Buffer.alloc(0))
	]);
}

const icons = [
	{ file: 'icon-192.png', size: 192, isMaskable: false },
	{ file: 'icon-512.png', size: 512, isMaskable: false },
	{ file: 'icon-maskable-512.png', size: 512, isMaskable: true }
];
for (const { file, size, isMaskable } of icons) {
	const path = join(root, 'static', 'icons', file);
	writeFileSync(path, drawIcon(size, isMaskable));
	console.log(`wrote ${path}`);
}
