// Deterministic generator for the set AT evaluation tables (a mobile hairdresser's appointment
// book, a cattery's stays, a vending machine round's restock log). No dependencies. Run from the
// repo root: node tests/nl/data/set-at/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, BANK_HOLIDAYS, day, FIRST_NAMES, isoDate, isoStamp, pad, randomTools, round2, SURNAMES, uniqueNamer, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20270719);

const between = (t, from, to) => t >= from && t <= to;
const daysBetween = (a, b) => Math.round((b - a) / 86400000);
/** A moment on day `t` at hh:mm (plus a few random seconds). */
const at = (t, hh, mm) => new Date(t.getTime() + (hh * 3600 + mm * 60 + int(0, 59)) * 1000);
/** A time of day on `t` when people send messages, in the evening more often than not. */
const messageStamp = (t) => {
	const hour = weighted([[7, 2], [8, 4], [9, 4], [10, 4], [11, 3], [12, 4], [13, 4], [14, 3], [15, 3], [16, 3], [17, 4], [18, 6], [19, 8], [20, 10], [21, 9], [22, 5], [23, 2]]);
	return at(t, hour, int(0, 59));
};
const hhmm = (mins) => `${pad(Math.floor(mins / 60))}:${pad(mins % 60)}`;

// ------------------------------------------------------------------ hairdresser (2024-2025)
{
	// Jo Kerrigan's mobile hairdressing round around Market Harborough, Leicestershire: her
	// appointment book from 2 January 2024, one row per appointment, exported on Monday 3 March
	// 2025 at 20:15 with the appointments already booked to the end of March. She works Tuesday to
	// Saturday at clients' homes, and every other Wednesday afternoon at Fernlea House, a care
	// home, whose residents' washes and sets are invoiced to the home each month (the February 2025
	// invoice not paid yet). Off on bank holidays, a week at the end of May, two weeks in August
	// and Christmas to New Year. Prices went up in January 2025. Travel is charged by village
	// (travel_fee_p, in pence). Pensioners get 10% off on Tuesdays; a client who was referred gets
	// £5 off the first visit. Most regulars rebook as she leaves. Colour needs a skin patch test
	// at least 48 hours before and every six months (Patch Test). A no-show pays a £10 call-out
	// fee if she can get it. Jo's mum has her hair done free.
	const exportStamp = new Date(Date.UTC(2025, 2, 3, 20, 15, 0));
	const exportDay = day(2025, 3, 3);
	const first = day(2024, 1, 2);
	const last = day(2025, 3, 29);
	const off = (t) => {
		const dow = t.getUTCDay();
		const iso = isoDate(t);
		return dow === 0 || dow === 1 || BANK_HOLIDAYS.has(iso) || between(t, day(2024, 5, 28), day(2024, 6, 1)) || between(t, day(2024, 8, 13), day(2024, 8, 24)) || between(t, day(2024, 12, 24), day(2025, 1, 1)) || iso === '2025-04-18';
	};
	const villages = [
		['Market Harborough', 0, 30],
		['Little Bowden', 0, 8],
		['Great Bowden', 250, 10],
		['Lubenham', 250, 7],
		['Foxton', 350, 5],
		['Theddingworth', 400, 3],
		['Clipston', 400, 3],
		['Kibworth', 500, 7],
		['Husbands Bosworth', 500, 4],
		['Desborough', 500, 5]
	];
	const fee = Object.fromEntries(villages.map(([v, p]) => [v, p]));
	// service: [price 2024, minutes, colour?]
	const services = {
		'Cut & Blow Dry': [38, 60, false],
		'Wash & Set': [26, 45, false],
		'Dry Cut': [22, 30, false],
		'Gents Cut': [16, 30, false],
		'Child Cut': [12, 20, false],
		'Root Tint': [45, 90, true],
		'Full Colour': [58, 120, true],
		Highlights: [75, 150, true],
		Perm: [65, 150, false],
		'Fringe Trim': [6, 15, false],
		'Bridal Trial': [60, 90, false],
		'Bridal Hair': [120, 120, false],
		'Bridesmaid Hair': [55, 60, false]
	};
	const priceOf = (svc, t, careHome) => {
		if (careHome) return svc === 'Gents Cut' ? (t.getUTCFullYear() >= 2025 ? 14 : 12) : t.getUTCFullYear() >= 2025 ? 22 : 20;
		const p = services[svc][0];
		return t.getUTCFullYear() >= 2025 ? (p < 10 ? p + 1 : p < 50 ? p + 2 : p + 4) : p;
	};
	const women = new Set(['Amelia', 'Isla', 'Ava', 'Mia', 'Freya', 'Lily', 'Grace', 'Evie', 'Sophie', 'Ella', 'Ruby', 'Daisy', 'Sarah', 'Helen', 'Claire', 'Karen', 'Susan', 'Julie', 'Rachel', 'Emma', 'Laura', 'Nicola', 'Priya', 'Fatima', 'Siobhan', 'Bethan', 'Janet', 'Pauline', 'Sandra', 'Linda', 'Hilary', 'Rosemary']);
	const womanNamer = uniqueNamer(pick, FIRST_NAMES.filter((n) => women.has(n)), SURNAMES);
	const manNamer = uniqueNamer(pick, FIRST_NAMES.filter((n) => !women.has(n) && n !== 'Margaret'), SURNAMES);
	const makeClient = (joined, isNew) => {
		const pensioner = rand() < 0.3;
		const gents = !pensioner && rand() < 0.14;
		const main = gents ? 'Gents Cut' : pensioner ? weighted([['Wash & Set', 45], ['Cut & Blow Dry', 30], ['Perm', 8], ['Root Tint', 10], ['Dry Cut', 7]]) : weighted([['Cut & Blow Dry', 46], ['Root Tint', 14], ['Full Colour', 12], ['Highlights', 10], ['Dry Cut', 12], ['Perm', 2], ['Fringe Trim', 4]]);
		const weeks = main === 'Wash & Set' ? weighted([[1, 1], [2, 5], [3, 3], [4, 1]]) : main === 'Gents Cut' ? weighted([[3, 3], [4, 5], [5, 2]]) : main === 'Fringe Trim' ? 3 : weighted([[4, 3], [5, 3], [6, 5], [8, 4], [10, 2]]);
		return { name: gents ? manNamer() : womanNamer(), village: weighted(villages.map(([v, , w]) => [v, w])), main, weeks, pensioner, kids: !pensioner && !gents && rand() < 0.18, dow: pensioner ? weighted([[2, 5], [3, 2], [4, 2], [5, 1]]) : weighted([[2, 2], [3, 2], [4, 3], [5, 3], [6, 4]]), next: joined, joined, isNew, leaves: rand() < 0.25 ? addDays(joined, int(60, 400)) : null, referred: isNew && rand() < 0.3, patch: null, count: 0 };
	};
	const clients = [];
	for (let k = 0; k < 75; k++) {
		const c = makeClient(first, false);
		c.next = addDays(first, int(0, c.weeks * 7 - 1));
		clients.push(c);
	}
	const byDay = new Map(); // iso -> rows that day
	const rows = [];
	const book = (r) => {
		const iso = isoDate(r.t);
		if (!byDay.has(iso)) byDay.set(iso, []);
		byDay.get(iso).push(r);
		rows.push(r);
	};
	const load = (t) => (byDay.get(isoDate(t)) ?? []).reduce((s, r) => s + r.mins + 20, 0);
	const nextWorkday = (t, dow) => {
		let d = t;
		for (let k = 0; k < 7 && d.getUTCDay() !== dow; k++) d = addDays(d, 1);
		for (let k = 0; k < 30; k++) {
			if (!off(d) && load(d) < (d.getUTCDay() === 3 ? 260 : 400)) return d;
			d = addDays(d, 1);
		}
		return d;
	};
	// new clients, a few a week, some of whom become regulars
	for (let t = first; t <= last; t = addDays(t, 7)) {
		for (let k = poisson(1.1); k > 0; k--) {
			const c = makeClient(addDays(t, int(0, 6)), true);
			if (rand() > 0.55) c.leaves = addDays(c.joined, 1); // a one-off
			clients.push(c);
		}
	}
	// the care home residents, every other Wednesday afternoon
	const residents = [
		["Maureen Pollard", 'Wash & Set', day(2024, 1, 1), null],
		['Doreen Ashby', 'Wash & Set', day(2024, 1, 1), day(2024, 9, 20)],
		['Edna Hargreaves', 'Wash & Set', day(2024, 1, 1), null],
		['Joan Whitmore', 'Wash & Set', day(2024, 1, 1), null],
		['Beryl Cartwright', 'Wash & Set', day(2024, 1, 1), day(2024, 4, 2)],
		['Ivy Lockwood', 'Wash & Set', day(2024, 1, 1), null],
		["Winifred O'Hara", 'Wash & Set', day(2024, 1, 1), null],
		['Reg Bottomley', 'Gents Cut', day(2024, 1, 1), null],
		['Mavis Greenhalgh', 'Wash & Set', day(2024, 3, 1), null],
		['Stanley Wetherall', 'Gents Cut', day(2024, 5, 1), day(2025, 1, 10)],
		['Elsie Crabtree', 'Wash & Set', day(2024, 6, 15), null],
		['Dorothy Fenwick', 'Wash & Set', day(2024, 10, 1), null],
		['Vera Pickering', 'Wash & Set', day(2024, 11, 20), null]
	];
	for (let t = day(2024, 1, 10); t <= last; t = addDays(t, 14)) {
		if (off(t)) continue;
		let start = 13 * 60 + 15;
		for (const [name, svc, from, to] of residents) {
			if (t < from || (to && t > to)) continue;
			if (rand() > (svc === 'Gents Cut' ? 0.5 : 0.8)) continue;
			const mins = svc === 'Gents Cut' ? 20 : 30;
			book({ t, start, client: name, village: 'Market Harborough', type: 'Care Home', svc, mins, care: true, booked: at(addDays(t, -int(2, 6)), int(9, 11), int(0, 59)) });
			start += mins + 5;
		}
	}
	// weddings: a trial a month or two before, then the bride and her bridesmaids on the day
	const weddings = [day(2024, 4, 20), day(2024, 5, 11), day(2024, 6, 8), day(2024, 6, 22), day(2024, 7, 6), day(2024, 7, 27), day(2024, 8, 31), day(2024, 9, 14), day(2024, 10, 5), day(2025, 4, 26), day(2025, 5, 17)];
	for (const w of weddings) {
		const bride = { name: womanNamer(), village: weighted(villages.map(([v, , wt]) => [v, wt])) };
		const trial = nextWorkday(addDays(w, -int(35, 70)), 6);
		const booked = messageStamp(addDays(w, -int(150, 330)));
		book({ t: trial, start: null, client: bride.name, village: bride.village, type: 'Home', svc: 'Bridal Trial', mins: 90, booked, bride, firstVisit: true });
		let start = 7 * 60;
		book({ t: w, start, client: bride.name, village: bride.village, type: 'Wedding', svc: 'Bridal Hair', mins: 120, booked, bride, wedding: true });
		start += 120;
		for (let k = int(1, 4); k > 0; k--) {
			book({ t: w, start, client: womanNamer(), village: bride.village, type: 'Wedding', svc: 'Bridesmaid Hair', mins: 60, booked, wedding: true, maid: true });
			start += 60;
		}
	}
	// Jo's mum, the first Thursday of each month
	for (let t = day(2024, 1, 4); t <= last; t = addDays(t, 7)) {
		if (t.getUTCDate() > 7 || off(t)) continue;
		book({ t, start: 17 * 60 + 30, client: 'Mum', village: 'Little Bowden', type: 'Home', svc: 'Cut & Blow Dry', mins: 60, booked: at(addDays(t, -28), 18, int(0, 59)), mum: true });
	}
	// the regulars, each on their own cycle
	for (const c of clients) {
		let t = nextWorkday(c.next, c.dow);
		let prevEnd = null;
		while (t <= last && (!c.leaves || t <= c.leaves || c.count === 0)) {
			let svc = c.main;
			if (c.main === 'Root Tint' && c.count % 3 === 2) svc = 'Cut & Blow Dry';
			else if (c.main === 'Highlights' && c.count % 2 === 1) svc = 'Cut & Blow Dry';
			else if (c.main === 'Full Colour' && c.count % 2 === 1) svc = 'Cut & Blow Dry';
			else if (c.main === 'Perm' && c.count % 3 !== 0) svc = 'Wash & Set';
			const booked = prevEnd && rand() < 0.8 ? prevEnd : messageStamp(addDays(t, -int(2, 21)));
			const r = { t, start: null, client: c.name, village: c.village, type: 'Home', svc, mins: services[svc][1], booked, c, firstVisit: c.count === 0 };
			book(r);
			if (c.kids && rand() < 0.35) book({ t, start: null, client: `${pick(['Alfie', 'Poppy', 'Finley', 'Zara', 'Archie', 'Isla', 'Ted', 'Maisie'])} ${c.name.split(' ')[1]}`, village: c.village, type: 'Home', svc: 'Child Cut', mins: 20, booked, kid: true });
			c.count++;
			prevEnd = at(t, 12, int(0, 59));
			t = nextWorkday(addDays(t, c.weeks * 7 + weighted([[-3, 1], [0, 6], [3, 2], [7, 1]])), c.dow);
		}
	}
	// start times, in order through the day
	for (const [, list] of byDay) {
		const homes = list.filter((r) => r.start === null);
		const dow = list[0].t.getUTCDay();
		let start = dow === 6 ? 8 * 60 + 30 : 9 * 60;
		if (list.some((r) => r.wedding)) start = 11 * 60 + 30;
		homes.sort((a, b) => a.village.localeCompare(b.village) || a.client.localeCompare(b.client));
		for (const r of homes) {
			if (dow === 3 && list.some((x) => x.care) && start >= 12 * 60 + 30 && start < 16 * 60) start = 16 * 60;
			r.start = start;
			start += r.mins + (r.kid ? 0 : weighted([[15, 4], [20, 3], [30, 2]]));
		}
	}
	// money, status and payment
	for (const r of rows) {
		const y = r.t.getUTCFullYear();
		r.price = r.care ? priceOf(r.svc, r.t, true) : priceOf(r.svc, r.t, false);
		r.travel = r.care || r.kid || r.maid || r.mum ? 0 : r.wedding ? 1500 : fee[r.village];
		r.disc = 0;
		if (r.mum) r.disc = r.price;
		else if (r.c?.pensioner && r.t.getUTCDay() === 2) r.disc = round2(r.price * 0.1);
		else if (r.firstVisit && r.c?.referred) r.disc = 5;
		r.due = round2(r.price + r.travel / 100 - r.disc);
		r.tip = null;
		r.notes = null;
		const future = r.t > exportDay;
		if (future) {
			r.status = 'Booked';
			r.paid = r.wedding && !r.maid ? 50 : 0;
			r.method = r.paid ? 'Bank Transfer' : null;
		} else if (!r.care && !r.mum && !r.wedding && rand() < 0.045) {
			r.status = 'Cancelled';
			r.disc = 0;
			r.paid = 0;
			r.method = null;
		} else if (!r.care && !r.mum && !r.wedding && !r.kid && rand() < 0.014) {
			r.status = 'No Show';
			r.disc = 0;
			r.paid = rand() < 0.55 ? 10 : 0;
			r.method = r.paid ? 'Bank Transfer' : null;
			r.notes = r.paid ? 'call-out fee paid' : 'not in - no answer';
		} else {
			r.status = 'Done';
			r.paid = r.due;
			if (r.care) r.method = 'Invoice';
			else if (r.mum) r.method = null;
			else if (r.wedding || r.svc === 'Bridal Trial') r.method = 'Bank Transfer';
			else r.method = r.c?.pensioner ? weighted([['Cash', 75], ['Card', 10], ['Bank Transfer', 15]]) : weighted([['Cash', 30], ['Card', 45], ['Bank Transfer', y >= 2025 ? 30 : 22]]);
			if (!r.care && !r.mum && rand() < (r.wedding ? 0.6 : 0.24)) r.tip = r.wedding ? pick([10, 20, 20]) : weighted([[2, 3], [3, 2], [4, 1], [5, 3], [10, 1]]);
		}
		if (r.care && r.status === 'Done' && r.t >= day(2025, 2, 1)) r.paid = 0; // February's invoice
	}
	rows.sort((a, b) => a.t - b.t || a.start - b.start);
	// a few bank transfers that never came
	const transfers = rows.filter((r) => r.status === 'Done' && r.method === 'Bank Transfer' && !r.wedding && r.svc !== 'Bridal Trial');
	for (const i of [41, 170, transfers.length - 12, transfers.length - 5, transfers.length - 2]) {
		transfers[i].paid = 0;
		transfers[i].notes = 'transfer not come through';
	}
	// a colour that went brassy: refunded in full a few days later, then redone free
	const brassy = rows.find((r) => r.svc === 'Full Colour' && r.status === 'Done' && r.method === 'Card' && r.t >= day(2024, 6, 1));
	if (brassy) {
		brassy.notes = 'colour went brassy - refunded';
		const back = addDays(brassy.t, 3);
		rows.push({ t: back, start: 18 * 60, client: brassy.client, village: brassy.village, type: 'Home', svc: 'Full Colour', mins: 0, booked: at(back, 18, 2), price: 0, travel: 0, disc: 0, tip: null, paid: -round2(brassy.paid), method: 'Card', status: 'Refund', notes: 'refund - brassy colour', patchOf: brassy });
		const redo = nextWorkday(addDays(brassy.t, 8), brassy.t.getUTCDay());
		rows.push({ t: redo, start: 17 * 60, client: brassy.client, village: brassy.village, type: 'Home', svc: 'Full Colour', mins: 120, booked: at(back, 18, 10), price: brassy.price, travel: 0, disc: brassy.price, tip: null, paid: 0, method: null, status: 'Done', notes: 'redo - no charge', patchOf: brassy });
	}
	// a slip: 60 minutes keyed as 600
	const slip = rows.find((r) => r.svc === 'Cut & Blow Dry' && r.t >= day(2024, 10, 1) && r.status === 'Done' && !r.mum);
	if (slip) slip.mins = 600;
	// a few notes
	for (const r of rows) {
		if (r.notes) continue;
		if (r.svc === 'Perm' && rand() < 0.3) r.notes = 'bring perm rods';
		else if (r.c && !r.c.pensioner && r.firstVisit && rand() < 0.3) r.notes = pick(['dog - ring first', 'park on drive', 'gate code 1942', 'side door', 'flat 3, buzzer broken']);
		else if (r.c?.pensioner && rand() < 0.04) r.notes = "daughter paying";
	}
	rows.sort((a, b) => a.t - b.t || a.start - b.start);
	// patch tests: before a first colour and every six months
	const patch = new Map();
	for (const r of rows) {
		if (!services[r.svc][2] || r.status === 'Refund') continue;
		if (r.patchOf) {
			r.patch = patch.get(r.client);
			continue;
		}
		const lastP = patch.get(r.client);
		if (!lastP || daysBetween(lastP, r.t) > 182) patch.set(r.client, addDays(r.t, -int(2, 9)));
		r.patch = patch.get(r.client);
	}
	const noPatch = rows.find((r) => r.svc === 'Root Tint' && r.status === 'Done' && r.t >= day(2024, 11, 1));
	if (noPatch) noPatch.patch = null;
	// new clients: the first appointment of someone who was not on the books at the start
	const seen = new Set();
	for (const r of rows) {
		r.isNew = !seen.has(r.client) && !r.care && !r.mum && ((r.c?.isNew ?? false) || !!r.bride || !!r.maid || (r.kid && r.t > addDays(first, 60)));
		if (r.bride && r.svc === 'Bridal Hair') r.isNew = false;
		seen.add(r.client);
	}
	for (const r of rows) if (r.booked > exportStamp) r.booked = messageStamp(addDays(exportDay, -int(1, 20)));
	[...rows].sort((a, b) => a.booked - b.booked || a.t - b.t).forEach((r, i) => (r.ref = `JK-${pad(i + 1, 4)}`));
	writeCsv(
		OUT,
		'hair_appointments.csv',
		['Appt Ref', 'bookedAt', 'Appt Date', 'Start', 'Client', 'Village', 'Visit Type', 'Service', 'Mins', 'Price (£)', 'travel_fee_p', 'Disc (£)', 'Tip', 'Amount Paid (£)', 'Pay Method', 'Status', 'New Client', 'Patch Test', 'Notes'],
		rows.map((r) => [r.ref, isoStamp(r.booked), isoDate(r.t), hhmm(r.start), r.client, r.village, r.type, r.svc, r.mins, r.price.toFixed(2), r.travel, r.disc.toFixed(2), r.tip === null ? null : r.tip.toFixed(2), r.paid.toFixed(2), r.method, r.status, r.isNew ? 'Yes' : 'No', r.patch ? isoDate(r.patch) : null, r.notes])
	);
}

// ------------------------------------------------------------------ cattery (2022-2025)
{
	// The Purrfect Stay Cattery near Holmfirth, West Yorkshire, run by Linda and Ray Sutcliffe: their
	// booking book from January 2022, one row per stay (one pen; the cats of one household share
	// it), exported on Friday 10 January 2025 at 17:40 with the stays already booked for 2025. Ten
	// pens: Pen 1 to Pen 6 (one or two cats), Deluxe 1 to Deluxe 3 (heated, garden view, up to
	// three) and the Family Suite (two to four). No arrivals or departures on a Sunday or on
	// Christmas Day. The nightly price is for the pen, by pen and number of cats, up £1 each
	// January; 10% off the nightly part for stays of three weeks or more. Extras: medication (£3 a
	// day), a diabetic cat's insulin (£5 a day), grooming (£15). A deposit secures the pen
	// (deposit_p, in pence: £20, £50 for two weeks or more), kept if the owner cancels within a
	// week of arrival and given back (Refund) otherwise; the balance is paid at collection. Cats
	// must be vaccinated: Vacc Due is the booster date on the card (missing when the card was not
	// seen). Holme Valley Cat Rescue boards a foster cat free now and then.
	const exportStamp = new Date(Date.UTC(2025, 0, 10, 17, 40, 0));
	const exportDay = day(2025, 1, 10);
	const first = day(2022, 1, 4);
	const last = day(2025, 9, 30);
	const pens = [
		...[1, 2, 3, 4, 5, 6].map((n) => ({ name: `Pen ${n}`, kind: 'std', min: 1, max: 2 })),
		...[1, 2, 3].map((n) => ({ name: `Deluxe ${n}`, kind: 'dlx', min: 1, max: 3 })),
		{ name: 'Family Suite', kind: 'suite', min: 2, max: 4 }
	];
	const rates = { std: [14, 8], dlx: [18, 9], suite: [26, 7] };
	const nightly = (pen, cats, t) => rates[pen.kind][0] + rates[pen.kind][1] * (cats - 1) + (t.getUTCFullYear() - 2022);
	const catNames = ['Tigger', 'Smudge', 'Misty', 'Bella', 'Luna', 'Oscar', 'Milo', 'Poppy', 'Willow', 'Tilly', 'Simba', 'Shadow', 'Pickle', 'Biscuit', 'Jasper', 'Coco', 'Sooty', 'Ginger', 'Mr Whiskers', 'Princess', 'Nala', 'Felix', 'Cleo', 'Pepper', 'Marmite', 'Boris', 'Lola', 'Toffee', 'Bramble', 'Kit', 'Hamish', 'Pudding', 'Mittens', 'Salem', 'Dusty', 'Archie'];
	const vets = [['Holme Valley Vets', 40], ['Castle Vets', 22], ["St Anne's Veterinary Group", 18], ['Meltham Vet Centre', 10], ['PDSA Huddersfield', 6], [null, 4]];
	const ownerNamer = uniqueNamer(pick, FIRST_NAMES, SURNAMES);
	const makeOwner = () => {
		const n = weighted([[1, 60], [2, 31], [3, 7], [4, 2]]);
		const cats = [];
		while (cats.length < n) {
			const c = pick(catNames);
			if (!cats.includes(c)) cats.push(c);
		}
		return { name: ownerNamer(), cats, vet: weighted(vets), meds: rand() < 0.1, insulin: false, busy: [], regular: rand() < 0.45, vacc: addDays(first, int(0, 364)) };
	};
	const owners = [];
	for (let k = 0; k < 70; k++) owners.push(makeOwner());
	owners[5].insulin = true;
	owners[5].cats = ['Biscuit'];
	const rescue = { name: 'Holme Valley Cat Rescue', cats: null, vet: 'Holme Valley Vets', meds: false, insulin: false, busy: [], regular: false, rescue: true, vacc: first };
	const occ = [0.35, 0.3, 0.4, 0.55, 0.62, 0.7, 0.9, 0.95, 0.65, 0.6, 0.4, 0.75];
	const free = (o, a, b) => !o.busy.some(([x, y]) => a < y && b > x);
	const rows = [];
	for (const pen of pens) {
		let t = first;
		while (t <= last) {
			const m = t.getUTCMonth();
			const md = isoDate(t).slice(5);
			if (t.getUTCDay() === 0 || md === '12-25' || rand() > occ[m] * (pen.kind === 'suite' ? 0.5 : pen.kind === 'dlx' ? 0.42 : 0.36)) {
				t = addDays(t, 1);
				continue;
			}
			const summer = m === 6 || m === 7;
			let nights = weighted([[int(2, 4), 26], [int(5, 8), 34], [int(9, 15), summer ? 34 : 26], [int(16, 28), summer ? 10 : 8]]);
			if (md >= '12-15' || md <= '01-02') nights = int(4, 14);
			let out = addDays(t, nights);
			while (out.getUTCDay() === 0 || isoDate(out).slice(5) === '12-25') out = addDays(out, 1);
			// who: a regular owner, a new one, or the rescue's foster cat
			let owner;
			if (rand() < 0.012) owner = rescue;
			else {
				const fits = owners.filter((o) => o.regular && o.cats.length >= pen.min && o.cats.length <= pen.max && free(o, t, out));
				if (fits.length && rand() < 0.42) owner = pick(fits);
				else {
					do owner = makeOwner();
					while (owner.cats.length < pen.min || owner.cats.length > pen.max);
					owners.push(owner);
				}
			}
			const cats = owner.rescue ? [pick(['Button', 'Ziggy', 'Mabel', 'Pip'])] : owner.cats;
			owner.busy.push([t, out]);
			rows.push({ pen, owner, cats, inn: t, out, nights: daysBetween(t, out) });
			t = out;
		}
	}
	rows.sort((a, b) => a.inn - b.inn || a.pen.name.localeCompare(b.pen.name, 'en', { numeric: true }));
	for (const r of rows) {
		const o = r.owner;
		r.nightly = o.rescue ? 0 : nightly(r.pen, r.cats.length, r.inn);
		let base = r.nightly * r.nights;
		if (r.nights >= 21) base = round2(base * 0.9);
		let extras = 0;
		if (o.meds) extras += 3 * r.nights;
		if (o.insulin) extras += 5 * r.nights;
		if (!o.rescue && rand() < 0.06) extras += 15;
		r.extras = o.rescue || extras === 0 ? null : extras;
		r.total = round2(base + (r.extras ?? 0));
		r.deposit = o.rescue ? 0 : r.nights >= 14 ? 50 : 20;
		// booked
		const md = isoDate(r.inn).slice(5);
		const leadMean = md >= '12-01' || md <= '01-03' ? 75 : r.inn.getUTCMonth() === 6 || r.inn.getUTCMonth() === 7 ? 90 : 35;
		r.booked = messageStamp(addDays(r.inn, -Math.min(330, 1 + Math.round(-leadMean * Math.log(1 - rand())))));
		r.refund = null;
		if (r.out <= exportDay) {
			r.status = 'Checked Out';
			r.paid = r.total;
		} else if (r.inn <= exportDay) {
			r.status = 'In';
			r.paid = r.deposit;
		} else {
			r.status = 'Booked';
			r.paid = r.deposit;
		}
		if (!o.rescue && r.inn <= addDays(exportDay, 20) && rand() < 0.05) {
			const daysBefore = int(0, Math.max(0, daysBetween(new Date(Date.UTC(r.booked.getUTCFullYear(), r.booked.getUTCMonth(), r.booked.getUTCDate())), r.inn)));
			if (addDays(r.inn, -daysBefore) <= exportDay) {
				r.status = 'Cancelled';
				r.paid = r.deposit;
				if (daysBefore > 7) r.refund = r.deposit;
			}
		}
		r.vet = o.vet;
		// the vaccination card: boosters a year apart
		while (o.vacc <= r.out) o.vacc = addDays(o.vacc, 365 + int(-10, 20));
		r.vacc = o.vacc;
	}
	// stays not booked yet on the day of the export
	for (let i = rows.length - 1; i >= 0; i--) if (rows[i].booked > exportStamp) rows.splice(i, 1);
	// vaccination cards not seen, and two that ran out during the stay
	rows.filter((r) => r.status === 'Checked Out' && !r.owner.rescue && rand() < 0.012).forEach((r) => (r.vacc = null));
	for (const r of [rows.find((r) => r.status === 'Checked Out' && r.nights >= 10 && r.inn >= day(2023, 5, 1) && r.vacc), rows.find((r) => r.status === 'Checked Out' && r.nights >= 7 && r.inn >= day(2024, 7, 1) && r.vacc)]) if (r) r.vacc = addDays(r.inn, int(2, Math.min(6, r.nights - 1)));
	// collected early (a holiday cut short): the unused nights given back
	for (const r of rows.filter((r) => r.status === 'Checked Out' && r.nights >= 10 && !r.owner.rescue).filter(() => rand() < 0.02)) {
		const unused = int(2, Math.floor(r.nights / 2));
		r.out = addDays(r.out, -unused);
		if (r.out.getUTCDay() === 0) r.out = addDays(r.out, 1);
		r.refund = round2(unused * r.nightly);
	}
	// a few balances not paid at collection yet
	const recent = rows.filter((r) => r.status === 'Checked Out' && !r.owner.rescue && r.out >= day(2024, 11, 15));
	for (const r of [recent[3], recent[recent.length - 4], recent[recent.length - 1]]) if (r) r.paid = r.deposit;
	// a slip: a check-out keyed a year early
	const slip = rows.find((r) => r.status === 'Checked Out' && r.inn >= day(2024, 8, 1) && r.nights >= 7 && !r.refund);
	if (slip) slip.out = new Date(Date.UTC(slip.out.getUTCFullYear() - 1, slip.out.getUTCMonth(), slip.out.getUTCDate()));
	// returning: the owner has stayed before
	const stayed = new Set();
	for (const r of rows) {
		r.returning = stayed.has(r.owner.name);
		if (r.status !== 'Cancelled') stayed.add(r.owner.name);
	}
	[...rows].sort((a, b) => a.booked - b.booked || a.inn - b.inn).forEach((r, i) => (r.ref = 1001 + i));
	const catList = (cats) => (cats.length === 1 ? cats[0] : `${cats.slice(0, -1).join(', ')} & ${cats[cats.length - 1]}`);
	writeCsv(
		OUT,
		'cattery_stays.csv',
		['Bkg No', 'booked_at', 'Owner', 'Cat Name(s)', 'Cats', 'Pen', 'Check In', 'checkOut', 'Nightly (£)', 'Meds', 'Extras (£)', 'Total (£)', 'deposit_p', 'Amount Paid (£)', 'Refund (£)', 'Vacc Due', 'Vet', 'Status', 'Returning'],
		rows.map((r) => [r.ref, isoStamp(r.booked), r.owner.name, catList(r.cats), r.cats.length, r.pen.name, isoDate(r.inn), isoDate(r.out), r.nightly.toFixed(2), r.owner.meds || r.owner.insulin ? 'Yes' : 'No', r.extras === null ? null : r.extras.toFixed(2), r.total.toFixed(2), r.deposit * 100, r.paid.toFixed(2), r.refund === null ? null : r.refund.toFixed(2), r.vacc ? isoDate(r.vacc) : null, r.vet, r.status, r.returning ? 'Yes' : 'No'])
	);
}

// ------------------------------------------------------------------ vending round (2024-2025)
{
	// Munch Box Vending, Gary Holt's round of nine machines around Stockport: his restock log from
	// January 2024, one row per visit to a machine, typed on his phone at the machine (logged) and
	// exported on Saturday 1 March 2025 at 07:55. At each visit he fills the machine (Qty Loaded,
	// the items put in, Stock Cost (£) what they cost him at the cash and carry), bins what is past
	// its date (Expired), empties the coin box (Cash (£)) and notes the card takings since the last
	// visit from the reader (card_p, in pence), and any money given back to customers for a stuck
	// item (Refunds (£)). The Moorside Leisure Centre machine went in on 3 July 2024; the coffee
	// machine at The Old Fire Station offices came out at the end of November 2024 when the
	// contract ended. The college machine is quiet in the holidays. He was away for a week in
	// August 2024 and over Christmas. Sites are paid a commission on takings each quarter (not in
	// the log).
	const first = day(2024, 1, 2);
	const last = day(2025, 2, 28);
	const machines = [
		{ id: 'M01', site: 'Riverside Gym', type: 'Drinks', days: [1, 4], rate: 27, price: 1.5, cost: 0.62, cashShare: 0.3, cap: 320, from: first, to: last },
		{ id: 'M02', site: 'Riverside Gym', type: 'Snack', days: [1, 4], rate: 17, price: 1.35, cost: 0.66, cashShare: 0.3, cap: 300, from: first, to: last },
		{ id: 'M03', site: 'Kwik Wash Car Wash', type: 'Combo', days: [6], rate: 9, price: 1.3, cost: 0.55, cashShare: 0.62, cap: 240, from: first, to: last },
		{ id: 'M04', site: "St Luke's Hospital", type: 'Snack', days: [1, 3, 5], rate: 31, price: 1.25, cost: 0.52, cashShare: 0.35, cap: 360, from: first, to: last },
		{ id: 'M05', site: "St Luke's Hospital", type: 'Drinks', days: [1, 3, 5], rate: 35, price: 1.45, cost: 0.58, cashShare: 0.35, cap: 360, from: first, to: last },
		{ id: 'M06', site: 'Hollybank College', type: 'Combo', days: [2, 5], rate: 42, price: 1.2, cost: 0.5, cashShare: 0.18, cap: 300, from: first, to: last, college: true },
		{ id: 'M07', site: 'Brook Lane Depot', type: 'Combo', days: [2, 6], rate: 19, price: 1.35, cost: 0.56, cashShare: 0.55, cap: 260, from: first, to: last },
		{ id: 'M08', site: 'Moorside Leisure Centre', type: 'Snack', days: [3, 6], rate: 16, price: 1.25, cost: 0.52, cashShare: 0.32, cap: 280, from: day(2024, 7, 3), to: last },
		{ id: 'M09', site: 'The Old Fire Station', type: 'Coffee', days: [4], rate: 23, price: 1.8, cost: 0.38, cashShare: 0.25, cap: 500, from: first, to: day(2024, 11, 27), offices: true }
	];
	const away = (t) => between(t, day(2024, 8, 10), day(2024, 8, 18)) || between(t, day(2024, 12, 24), day(2025, 1, 1)) || BANK_HOLIDAYS.has(isoDate(t));
	const term = (t) => {
		const iso = isoDate(t);
		return !(between(t, day(2024, 2, 12), day(2024, 2, 16)) || between(t, day(2024, 3, 25), day(2024, 4, 5)) || between(t, day(2024, 5, 27), day(2024, 5, 31)) || (iso >= '2024-07-05' && iso <= '2024-09-03') || between(t, day(2024, 10, 28), day(2024, 11, 1)) || between(t, day(2024, 12, 20), day(2025, 1, 6)) || between(t, day(2025, 2, 17), day(2025, 2, 21)));
	};
	const monthF = [1.12, 1.05, 1, 0.98, 1.02, 1.08, 1.12, 1.1, 1, 0.98, 0.95, 0.9];
	const dayRate = (mc, t) => {
		const dow = t.getUTCDay();
		let r = mc.rate * monthF[t.getUTCMonth()];
		if (mc.type === 'Drinks') r *= [1, 1, 1, 1, 1, 1, 1.02, 1.12, 1.1, 1, 0.95, 0.9, 0.88][t.getUTCMonth()];
		if (mc.college) r = term(t) && dow >= 1 && dow <= 5 ? r : 1.5;
		else if (mc.offices) r = dow >= 1 && dow <= 5 && !BANK_HOLIDAYS.has(isoDate(t)) ? r : 0;
		else if (mc.site === 'Kwik Wash Car Wash') r *= dow === 0 || dow === 6 ? 1.9 : 0.7;
		else if (mc.site === 'Brook Lane Depot') r *= dow === 0 ? 0.5 : 1;
		else if (mc.site === 'Riverside Gym') r *= dow === 0 || dow === 6 ? 0.7 : 1;
		return Math.max(0, r);
	};
	const faults = [['Spiral jammed', 30], ['Coin mech jammed', 18], ['Card reader offline', 14], ['Note reader fault', 8], ['Door lock sticking', 6]];
	const rows = [];
	for (const mc of machines) {
		let prev = mc.from > first ? mc.from : addDays(first, -4);
		let cardBacklog = 0;
		const visitDays = [];
		for (let t = mc.from; t <= mc.to; t = addDays(t, 1)) {
			const dow = t.getUTCDay();
			if (mc.college && !term(t) && dow === 2) continue; // once a week in the holidays
			if (mc.college && isoDate(t) >= '2024-07-20' && isoDate(t) <= '2024-08-30') continue;
			if (mc.days.includes(dow) && !away(t)) visitDays.push(t);
		}
		if (mc.to < last) visitDays.push(addDays(mc.to, 1)); // the last visit, to take it out
		for (const [i, t] of visitDays.entries()) {
			let items = 0;
			for (let d = prev; d < t; d = addDays(d, 1)) items += poisson(dayRate(mc, d));
			const installing = i === 0 && mc.from > first;
			if (items > mc.cap * 0.96) items = Math.round(mc.cap * (0.93 + rand() * 0.03));
			const mix = 1 + normal(0, 0.03);
			const revenue = items * mc.price * mix;
			const monthsIn = daysBetween(first, t) / 30.44;
			let cashShare = Math.max(0.08, mc.cashShare - monthsIn * 0.006 + normal(0, 0.04));
			const fault = rand() < 0.07 ? weighted(faults) : null;
			let cash = round2(Math.round((revenue * cashShare) / 0.1) * 0.1);
			let card = Math.round(revenue * (1 - cashShare) * 100);
			if (fault === 'Coin mech jammed') cash = round2(cash * 0.4);
			if (fault === 'Card reader offline') {
				cardBacklog += card;
				card = 0;
			} else if (cardBacklog) {
				card += cardBacklog;
				cardBacklog = 0;
			}
			const expired = mc.type === 'Coffee' ? 0 : poisson(mc.college && !term(t) ? 3 : mc.type === 'Drinks' ? 0.3 : 1.1);
			const closing = mc.to < last && i === visitDays.length - 1;
			const qty = installing ? mc.cap : closing ? 0 : items + expired;
			const unitCost = mc.cost * (1 + normal(0, 0.04)) * (t >= day(2024, 9, 1) ? 1.05 : 1);
			const stock = round2(qty * unitCost);
			const refunds = !installing && rand() < 0.085 ? pick([1.2, 1.25, 1.3, 1.35, 1.5, 2.5, 2.7, 3]) : null;
			const logged = rand() < 0.06 ? at(addDays(t, 1), int(7, 9), int(0, 59)) : at(t, int(7, 17), int(0, 59));
			let next = null;
			if (!closing) next = visitDays[i + 1] ?? null;
			if (next === null && !closing) {
				next = addDays(t, 1);
				while (!mc.days.includes(next.getUTCDay())) next = addDays(next, 1);
			}
			rows.push({ mc, t, logged, qty: installing ? mc.cap : qty, expired: installing ? 0 : expired, stock, cash: installing ? 0 : cash, card: installing ? 0 : card, refunds, fault: installing ? 'New machine installed' : closing ? 'Machine removed - contract ended' : fault, cleaned: installing || i % 4 === 0 || rand() < 0.08, next });
			prev = t;
		}
	}
	rows.sort((a, b) => a.t - b.t || a.logged - b.logged || a.mc.id.localeCompare(b.mc.id));
	// the depot machine broken into in October 2024: nothing taken in, nothing loaded
	const smash = rows.find((r) => r.mc.id === 'M07' && r.t >= day(2024, 10, 15));
	if (smash) Object.assign(smash, { qty: 0, expired: 0, stock: 0, cash: 0, card: 0, refunds: null, fault: 'Vandalised - glass smashed, cash box emptied', cleaned: false });
	// a slip: the cash keyed without its decimal point
	const slip = rows.find((r) => r.mc.id === 'M03' && r.t >= day(2024, 5, 1) && r.cash > 10 && r.cash < 100);
	if (slip) slip.cash = Math.round(slip.cash * 100);
	rows.forEach((r, i) => (r.ref = `V${pad(i + 1, 5)}`));
	writeCsv(
		OUT,
		'vending_restocks.csv',
		['Ref', 'Visit Date', 'logged', 'Mch', 'Site', 'Type', 'Qty Loaded', 'Expired', 'Stock Cost (£)', 'Cash (£)', 'card_p', 'Refunds (£)', 'Fault', 'Cleaned', 'Next Visit'],
		rows.map((r) => [r.ref, isoDate(r.t), isoStamp(r.logged), r.mc.id, r.mc.site, r.mc.type, r.qty, r.expired, r.stock.toFixed(2), r.cash.toFixed(2), r.card, r.refunds === null ? null : r.refunds.toFixed(2), r.fault, r.cleaned ? 'Yes' : 'No', r.next ? isoDate(r.next) : null])
	);
}
