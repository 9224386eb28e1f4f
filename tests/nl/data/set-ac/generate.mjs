// Deterministic generator for the set AC evaluation tables (a children's holiday camp and
// after-school club's bookings, a farm shop's till log, a small housing association's repair
// requests). No dependencies. Run from the repo root: node tests/nl/data/set-ac/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20260922);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);
const hhmm = (minutes) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
const hhmmss = (d) => `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;

// UK bank holidays 2023-2025 (with the coronation)
const bankHolidays = new Set(['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26', '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26', '2025-01-01', '2025-04-18', '2025-04-21']);
const adultFirst = ['James', 'Sarah', 'David', 'Helen', 'Michael', 'Claire', 'Richard', 'Karen', 'Peter', 'Susan', 'Mark', 'Julie', 'Andrew', 'Rachel', 'Paul', 'Emma', 'Simon', 'Laura', 'Gareth', 'Nicola', 'Tariq', 'Priya', 'Marek', 'Agnieszka', 'Kwame', 'Fatima', 'Rhys', 'Siobhan', 'Callum', 'Bethan', 'Margaret', 'Brian', 'Jean', 'Keith', 'Pauline', 'Derek', 'Shirley', 'Graham', 'Lorraine', 'Darren', 'Kelly', 'Wayne', 'Stacey', 'Lee', 'Danielle', 'Ryan', 'Chloe', 'Jordan', 'Amy', 'Dean'];
const surnames = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'Harris', 'Phillips', 'Mason', 'Mitchell', 'Turner', 'Carter', 'Hughes', "O'Brien", "O'Connor", "O'Neill", "D'Souza", "O'Sullivan", 'Murphy', 'Kowalczyk', 'Nowak', 'Mensah', 'Ali', 'Hussain', 'Begum', 'Fletcher', 'Gibson', 'Holmes', 'Lamb', 'Marshall', 'Palmer', 'Quinn', 'Sutton', 'Tucker', 'Webb', 'Barker', 'Chapman', 'Dixon', 'Ellis', 'Foster', 'Grant', 'Hunt', 'Kaur'];

// ------------------------------------------------------------------ camp bookings (2024-2025)
{
	// Acorn Adventures: a small children's holiday camp and after-school club in a market town,
	// its booking system's export of every session booked from the spring term of 2024 to the
	// Easter holiday of 2025, taken on Monday 24 March 2025 at 08:00 (so bookings made later
	// are not in it, and the sessions from 24 March on have no attendance yet). One row per
	// child per session. The after-school club runs at St Mary's Primary in term time, Monday
	// to Friday, 15:15-18:00; the holiday camp at Hilltop Community Centre in the school
	// holidays (not bank holidays), a full day 08:30-17:30 or a morning 08:30-13:00, and in the
	// summer also at St Mary's Primary. Each holiday day has a theme (after school has none).
	// Prices go up each September; a second or third child of a family on the same session gets
	// 10% off; children on free school meals have free holiday places at Easter, in the summer
	// and at Christmas (the council's Holiday Activities and Food programme, HAF).
	const exportAt = atTime(day(2025, 3, 24), 8, 0);
	const termRanges = [[day(2024, 1, 4), day(2024, 3, 28)], [day(2024, 4, 15), day(2024, 7, 23)], [day(2024, 9, 4), day(2024, 12, 20)], [day(2025, 1, 6), day(2025, 4, 4)]];
	const halfTerms = [[day(2024, 2, 12), day(2024, 2, 16)], [day(2024, 5, 27), day(2024, 5, 31)], [day(2024, 10, 28), day(2024, 11, 1)], [day(2025, 2, 17), day(2025, 2, 21)]];
	// holiday → [first, last, name, demand, HAF-funded]
	const holidays = [
		[day(2024, 2, 12), day(2024, 2, 16), 'Feb half term 2024', 0.7, false],
		[day(2024, 4, 2), day(2024, 4, 12), 'Easter 2024', 0.85, true],
		[day(2024, 5, 28), day(2024, 5, 31), 'May half term 2024', 0.65, false],
		[day(2024, 7, 29), day(2024, 8, 30), 'Summer 2024', 1.1, true],
		[day(2024, 10, 28), day(2024, 11, 1), 'Oct half term 2024', 0.75, false],
		[day(2024, 12, 27), day(2024, 12, 31), 'Christmas 2024', 0.45, true],
		[day(2025, 2, 17), day(2025, 2, 21), 'Feb half term 2025', 0.7, false],
		[day(2025, 4, 7), day(2025, 4, 17), 'Easter 2025', 0.85, true]
	];
	const inRanges = (t, ranges) => ranges.some(([a, b]) => t >= a && t <= b);
	const themes = ['Forest School', 'Sports Day', 'Arts & Crafts', 'Cooking', 'Science Lab', 'Drama', 'Movie Day', 'Lego Challenge', 'Trip: Farm Park', 'Trip: Swimming'];
	const kidFirst = ['Oliver', 'Amelia', 'Noah', 'Isla', 'Leo', 'Ava', 'Theo', 'Freya', 'Arlo', 'Ivy', 'Alfie', 'Willow', 'Oscar', 'Florence', 'Archie', 'Rosie', 'Harry', 'Evie', 'Jude', 'Mila', 'Max', 'Poppy', 'Teddy', 'Maya', 'Finn', 'Elsie', 'Reggie', 'Aria', 'Louis', 'Ada', 'Zain', 'Aisha', 'Kacper', 'Zofia', 'Ibrahim', 'Maryam', 'Rory', 'Niamh', 'Ethan', 'Grace', 'Sonny', 'Hallie', 'Albie', 'Penelope', 'Tommy', 'Nancy', 'Jack', 'Lily', 'George', 'Ruby'];
	const families = [];
	const children = [];
	const usedKid = new Set();
	const usedSurname = new Map();
	const newFamily = (joined) => {
		const surname = pick(surnames);
		usedSurname.set(surname, (usedSurname.get(surname) ?? 0) + 1);
		const fam = {
			surname,
			joined,
			pay: weighted([['Tax-Free Childcare', 36], ['Card', 30], ['Bank transfer', 22], ['Childcare vouchers', 12]]),
			haf: rand() < 0.13,
			afterSchool: rand() < 0.11,
			holidayProp: clamp(normal(0.2, 0.12), 0.03, 0.6),
			halfDay: rand() < 0.22,
			summerVenue: rand() < 0.45 ? "St Mary's Primary" : 'Hilltop Community Centre',
			kids: []
		};
		const n = weighted([[1, 55], [2, 35], [3, 10]]);
		let dobBase = addDays(day(2013, 9, 1), int(0, 365 * 7));
		for (let k = 0; k < n; k++) {
			let first;
			do first = pick(kidFirst);
			while (usedKid.has(`${first} ${surname}`));
			usedKid.add(`${first} ${surname}`);
			const child = { id: children.length + 1, name: `${first} ${surname}`, dob: dobBase, fam, days: [] };
			dobBase = addDays(dobBase, int(500, 1100));
			children.push(child);
			fam.kids.push(child);
		}
		// after-school regulars come on the same days every week
		if (fam.afterSchool) {
			const nDays = weighted([[1, 3], [2, 4], [3, 2], [5, 1]]);
			const days = [1, 2, 3, 4, 5].sort(() => rand() - 0.5).slice(0, nDays).sort();
			for (const c of fam.kids) c.days = days;
		}
		families.push(fam);
		return fam;
	};
	for (let i = 0; i < 62; i++) newFamily(day(2024, 1, 1));
	const ageOn = (dob, t) => {
		let a = t.getUTCFullYear() - dob.getUTCFullYear();
		if (t.getUTCMonth() < dob.getUTCMonth() || (t.getUTCMonth() === dob.getUTCMonth() && t.getUTCDate() < dob.getUTCDate())) a--;
		return a;
	};
	// at primary school: at least four on the last 1 September, and not yet eleven then
	const schoolStart = (t) => (t.getUTCMonth() >= 8 ? day(t.getUTCFullYear(), 9, 1) : day(t.getUTCFullYear() - 1, 9, 1));
	const eligible = (c, t) => {
		const a = ageOn(c.dob, schoolStart(t));
		return a >= 4 && a <= 10 && c.fam.joined <= t;
	};
	const groupOf = (age) => (age <= 5 ? 'Acorns' : age <= 8 ? 'Saplings' : 'Oaks');
	const feeFor = (type, t) => {
		const later = t >= day(2024, 9, 1);
		return type === 'After School' ? (later ? 14.5 : 13.5) : type === 'Holiday Full Day' ? (later ? 38 : 36) : later ? 21 : 20;
	};
	const rows = [];
	const bookingTimes = new Map();
	/** One booking time per family and block of sessions (a half term of after school, a holiday). */
	const bookedFor = (fam, key, start, lo, hi) => {
		const k = `${families.indexOf(fam)}|${key}`;
		if (!bookingTimes.has(k)) {
			const d = addDays(start, -int(lo, hi));
			bookingTimes.set(k, atTime(d, weighted([[int(6, 8), 2], [int(9, 16), 4], [int(19, 22), 5]]), int(0, 59), int(0, 59)));
		}
		return bookingTimes.get(k);
	};
	const addRow = (c, t, type, venue, activity, bookedAt, key) => {
		const age = ageOn(c.dob, t);
		rows.push({ c, t, type, venue, activity, bookedAt, age, key });
	};
	let themeBag = [];
	for (let t = day(2024, 1, 4); t <= day(2025, 4, 17); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		if (dow === 0 || dow === 6 || bankHolidays.has(isoDate(t))) continue;
		// new families join at the start of each term
		if ([day(2024, 4, 15), day(2024, 9, 4), day(2025, 1, 6)].some((s) => s.getTime() === t.getTime())) {
			const n = t.getUTCMonth() === 8 ? 14 : 5;
			for (let i = 0; i < n; i++) newFamily(t);
		}
		const term = inRanges(t, termRanges) && !inRanges(t, halfTerms);
		const hol = holidays.find(([a, b]) => t >= a && t <= b);
		if (term) {
			// the half term this day is in, for the block booking of regulars
			const blockStart = [day(2024, 1, 4), day(2024, 2, 19), day(2024, 4, 15), day(2024, 6, 3), day(2024, 9, 4), day(2024, 11, 4), day(2025, 1, 6), day(2025, 2, 24)].filter((s) => s <= t).pop();
			let booked = 0;
			for (const c of children) {
				if (!eligible(c, t) || booked >= 12) continue;
				if (c.days.includes(dow) && rand() < 0.93) {
					booked++;
					addRow(c, t, 'After School', "St Mary's Primary", null, bookedFor(c.fam, `as${isoDate(blockStart)}`, blockStart, 3, 20), 'regular');
				} else if (!c.days.length && rand() < 0.006) {
					booked++;
					const d = addDays(t, -weighted([[0, 4], [1, 3], [2, 2], [int(3, 7), 2]]));
					addRow(c, t, 'After School', "St Mary's Primary", null, atTime(d, d.getTime() === t.getTime() ? int(7, 11) : int(7, 21), int(0, 59), int(0, 59)), 'adhoc');
				}
			}
		}
		if (hol) {
			const [first, , name, demand, haf] = hol;
			const m = t.getUTCMonth() + 1;
			if (!themeBag.length) themeBag = [...themes].sort(() => rand() - 0.5);
			const theme = name.startsWith('Christmas') ? 'Christmas Crafts' : themeBag.pop();
			const trip = theme.startsWith('Trip');
			const counts = {};
			for (const c of children) {
				if (!eligible(c, t)) continue;
				const fam = c.fam;
				const p = fam.holidayProp * demand * (fam.haf && haf ? 2.2 : 1) * (m === 8 ? 1.15 : 1);
				if (rand() >= p) continue;
				const venue = name.startsWith('Summer') ? fam.summerVenue : 'Hilltop Community Centre';
				if ((counts[venue] ?? 0) >= 24) continue;
				counts[venue] = (counts[venue] ?? 0) + 1;
				const type = fam.halfDay && !trip && rand() < 0.8 ? 'Holiday Half Day' : 'Holiday Full Day';
				const lead = name.startsWith('Summer') ? [10, 75] : [2, 40];
				addRow(c, t, type, venue, theme, bookedFor(fam, name, first, lead[0], lead[1]), haf && fam.haf ? 'haf' : 'paid');
			}
		}
	}
	const kept = rows.filter((r) => r.bookedAt < exportAt);
	kept.sort((a, b) => a.bookedAt - b.bookedAt || a.t - b.t || a.c.id - b.c.id);
	// sibling discount: the family's second and third child on the same session pay 10% less
	const seen = new Map();
	for (const r of [...kept].sort((a, b) => a.c.id - b.c.id)) {
		const k = `${families.indexOf(r.c.fam)}|${isoDate(r.t)}|${r.type}`;
		const n = (seen.get(k) ?? 0) + 1;
		seen.set(k, n);
		const full = feeFor(r.type, r.t);
		r.fee = r.key === 'haf' ? 0 : n > 1 ? round2(full * 0.9) : full;
		r.pay = r.key === 'haf' ? 'HAF funded' : r.c.fam.pay;
		const past = r.t < day(2025, 3, 24);
		const m = r.t.getUTCMonth() + 1;
		r.attended = past ? rand() >= (m <= 3 || m === 12 ? 0.085 : 0.04) : null;
		if (r.attended) {
			if (r.type === 'After School') r.pickup = rand() < 0.035 ? int(18 * 60 + 1, 18 * 60 + 25) : clamp(Math.round(normal(17 * 60 + 5, 35)), 15 * 60 + 45, 18 * 60);
			else if (r.type === 'Holiday Full Day') r.pickup = rand() < 0.03 ? int(17 * 60 + 31, 17 * 60 + 50) : clamp(Math.round(normal(16 * 60 + 50, 30)), 15 * 60 + 30, 17 * 60 + 30);
			else r.pickup = int(12 * 60 + 45, 13 * 60 + 5);
		}
	}
	writeCsv(
		OUT,
		'camp_bookings.csv',
		['Booking No', 'bookedAt', 'Session Date', 'session_type', 'Venue', 'Child ID', 'Child Name', 'Age', 'Group', 'Activity', 'Fee (£)', 'payment_method', 'Attended', 'Picked Up'],
		kept.map((r, i) => [2001 + i, isoStamp(r.bookedAt), isoDate(r.t), r.type, r.venue, pad(r.c.id, 5), r.c.name, r.age, groupOf(r.age), r.activity, r.fee.toFixed(2), r.pay, r.attended === null ? null : r.attended ? 'Yes' : 'No', r.pickup ? hhmm(r.pickup) : null])
	);
}

// ------------------------------------------------------------------ farm shop till (2023-2024)
{
	// Brookside Farm Shop: a family farm's small shop in a converted barn, its till's line log
	// for 2023-2024 (one row per item line of a receipt), as exported on 31 December 2024. Open
	// Friday to Sunday (and bank holiday Mondays), 09:00-17:00, Sundays 10:00-16:00; every day
	// from 18 to 24 December for Christmas (24 December to 13:00); closed in January and from
	// Christmas to New Year. Eggs from the farm's own hens (fewer in winter) and ducks (spring
	// and summer only), the farm's vegetables and fruit in their seasons, its Christmas trees and
	// wreaths, jam made in the farm kitchen, and a few bought-in lines (milk, cheese, honey,
	// onions, bananas). Loose vegetables and fruit are weighed and priced by the kilo; the rest
	// are sold by the item. Prices went up on 1 March 2024. The till recorded who served only
	// from its software update on 1 June 2023.
	// PLU → [item, category, by kg, 2023 price, 2024 price, own produce, months, popularity]
	const all = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
	const items = {
		'0101': ['Free range eggs (6)', 'Eggs', false, 2.2, 2.4, true, all, 30],
		'0102': ['Free range eggs (12)', 'Eggs', false, 4.0, 4.4, true, all, 20],
		'0103': ['Duck eggs (6)', 'Eggs', false, 3.0, 3.2, true, [3, 4, 5, 6, 7, 8, 9], 6],
		'0104': ['Eggs (tray of 30)', 'Eggs', false, 9.0, 9.5, true, all, 4],
		'0201': ['Potatoes', 'Vegetables', true, 1.2, 1.3, true, all, 14],
		'0202': ['Carrots', 'Vegetables', true, 1.1, 1.2, true, [2, 3, 7, 8, 9, 10, 11, 12], 9],
		'0203': ['Asparagus (bunch)', 'Vegetables', false, 3.5, 3.8, true, [4, 5, 6], 14],
		'0204': ['Sweetcorn', 'Vegetables', false, 0.8, 0.9, true, [8, 9], 12],
		'0205': ['Pumpkin', 'Vegetables', false, 3.0, 3.5, true, [10], 30],
		'0206': ['Brussels sprouts', 'Vegetables', true, 2.5, 2.8, true, [11, 12], 14],
		'0207': ['Onions', 'Vegetables', true, 1.4, 1.5, false, all, 6],
		'0208': ['Tomatoes', 'Vegetables', true, 3.5, 3.8, true, [7, 8, 9], 12],
		'0209': ['Courgettes', 'Vegetables', false, 0.7, 0.8, true, [6, 7, 8, 9], 8],
		'0301': ['Strawberries (punnet)', 'Fruit', false, 3.0, 3.25, true, [6, 7], 40],
		'0302': ['Raspberries (punnet)', 'Fruit', false, 3.5, 3.75, true, [7, 8], 16],
		'0303': ['Apples', 'Fruit', true, 2.2, 2.4, true, [8, 9, 10, 11, 12], 10],
		'0304': ['Bananas', 'Fruit', true, 1.2, 1.2, false, all, 4],
		'0401': ['Whole milk (2 litre)', 'Dairy', false, 1.6, 1.7, false, all, 8],
		'0402': ["Hall's Farmhouse Cheddar (250g)", 'Dairy', false, 4.5, 4.75, false, all, 5],
		'0501': ["Granny Pat's Strawberry Jam", 'Preserves', false, 4.0, 4.25, true, all, 5],
		'0502': ['Local runny honey (jar)', 'Preserves', false, 6.5, 7.0, false, all, 4],
		'0601': ['Christmas tree', 'Christmas', false, 35, 40, true, [12], 45],
		'0602': ['Holly wreath', 'Christmas', false, 20, 22, true, [12], 20]
	};
	// staff → [from, until, days of the week, weight]
	const staff = {
		'Jan Brook': [day(2023, 1, 1), null, [0, 1, 5, 6], 5],
		'Tom Brook': [day(2023, 1, 1), null, [0, 1, 5, 6], 3],
		'Lucy Fenwick': [day(2023, 1, 1), day(2023, 10, 31), [6, 0], 3],
		'Megan Price': [day(2023, 1, 1), null, [5, 6, 1, 2, 3, 4], 2],
		"Ciara O'Hare": [day(2024, 3, 1), null, [6, 0], 3]
	};
	const rows = [];
	let receipt = 1001;
	for (let t = day(2023, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		const dom = t.getUTCDate();
		const y = t.getUTCFullYear();
		if (m === 1 || (m === 12 && dom >= 25)) continue;
		const xmasWeek = m === 12 && dom >= 18;
		if (!xmasWeek && ![5, 6, 0].includes(dow) && !bankHolidays.has(isoDate(t))) continue;
		if (y === 2023 && t < day(2023, 2, 3)) continue;
		const [open, close] = m === 12 && dom === 24 ? [9 * 60, 13 * 60] : dow === 0 ? [10 * 60, 16 * 60] : [9 * 60, 17 * 60];
		const season = [0, 0.55, 0.7, 0.95, 1.15, 1.35, 1.4, 1.3, 1.05, 1.0, 0.75, 1.2][m - 1];
		const n = poisson((dow === 6 ? 3.9 : dow === 0 ? 3.2 : dow === 5 ? 2.5 : 1.9) * season * (y === 2024 ? 1.08 : 1) * (xmasWeek ? 1.9 : 1));
		const times = Array.from({ length: n }, () => int(open, close - 2)).sort((a, b) => a - b);
		const onDuty = Object.entries(staff).filter(([, [f, u, ds]]) => f <= t && (!u || u >= t) && (xmasWeek || ds.includes(dow)));
		const hensLaying = [0, 0.6, 0.9, 1, 1, 1, 1, 1, 0.95, 0.85, 0.65, 0.55][m - 1];
		for (const minute of times) {
			const at = atTime(t, Math.floor(minute / 60), minute % 60, int(0, 59));
			const available = Object.entries(items)
				.filter(([, it]) => it[6].includes(m))
				.map(([plu, it]) => [plu, it[7] * (it[1] === 'Eggs' ? hensLaying : 1) * (plu === '0601' && dom > 20 ? 0.3 : 1)]);
			const nLines = Math.min(available.length, weighted([[1, 44], [2, 30], [3, 15], [4, 8], [5, 3]]));
			const chosen = [];
			while (chosen.length < nLines) {
				const plu = weighted(available.filter(([p]) => !chosen.includes(p)));
				chosen.push(plu);
			}
			const payment = rand() < (y === 2023 ? 0.68 : 0.77) ? 'Card' : 'Cash';
			const server = t < day(2023, 6, 1) ? null : weighted(onDuty.map(([nm, s]) => [nm, s[3]]));
			for (const plu of chosen) {
				const [item, category, byKg, p23, p24, own] = items[plu];
				const price = t < day(2024, 3, 1) ? p23 : p24;
				let qty = 1;
				let weight = null;
				if (byKg) weight = Math.round(clamp(normal(plu === '0201' ? 1.8 : 0.8, plu === '0201' ? 0.7 : 0.35), 0.2, 5) * 100) / 100;
				else if (category === 'Eggs') qty = weighted([[1, 88], [2, 10], [3, 2]]);
				else if (category === 'Christmas') qty = weighted([[1, 92], [2, 8]]);
				else if (plu === '0204' || plu === '0209') qty = weighted([[1, 3], [2, 4], [3, 2], [4, 2], [6, 1]]);
				else qty = weighted([[1, 75], [2, 20], [3, 5]]);
				const total = round2(byKg ? weight * price : qty * price);
				rows.push([receipt, isoDate(t), hhmmss(at), plu, item, category, qty, weight === null ? null : weight.toFixed(2), price.toFixed(2), total.toFixed(2), own ? 'Yes' : 'No', payment, server]);
			}
			receipt++;
		}
	}
	writeCsv(OUT, 'farm_shop_sales.csv', ['Receipt No', 'Date', 'Time', 'PLU', 'Item', 'Category', 'Qty', 'Weight (kg)', 'Unit Price (£)', 'Line Total (£)', 'Own Produce', 'payment_type', 'servedBy'], rows);
}

// ------------------------------------------------------------------ repair requests (2023-2024)
{
	// Elmstead Housing Association: a small housing association's 240 homes in six schemes, and
	// every repair request reported 2023-2024 as exported on Monday 6 January 2025, one row per
	// job. Reported by phone (office hours), the online form (any time) or the out-of-hours line
	// (emergencies). Priorities set the target: Emergency within 1 day, Urgent within 7, Routine
	// within 28. No heating or hot water is an Emergency from October to April and Urgent in the
	// summer; damp and mould became Urgent from 1 January 2024 (Routine before). Jobs in the
	// shared areas of the two blocks of flats are communal (no property, no tenant); jobs on an
	// empty home between tenancies (void works) have a property but no tenant. A job is
	// Completed, Open (not finished at the export) or Cancelled (no access, or the tenant
	// withdrew it); a cost is known only once a job is completed. Damage a tenant caused is
	// recharged to them.
	const exportDay = day(2025, 1, 6);
	// scheme → [first ref, homes, repairs a home a year, kind, communal jobs a year]
	const schemes = {
		'Beacon Terrace': [1, 60, 4.2, 'house', 0],
		'Mill Lane': [61, 50, 3.0, 'house', 0],
		'Orchard Close': [111, 30, 2.4, 'bungalow', 0],
		"St John's Court": [141, 40, 3.2, 'flat', 26],
		'Harbour View': [181, 36, 2.4, 'flat', 16],
		'Kingfisher Rise': [217, 24, 1.2, 'house', 0]
	};
	const homes = [];
	const usedTenant = new Set();
	const tenantName = () => {
		let nm;
		do nm = `${pick(adultFirst)} ${pick(surnames)}`;
		while (usedTenant.has(nm));
		usedTenant.add(nm);
		return nm;
	};
	for (const [scheme, [first, n, rate, kind]] of Object.entries(schemes)) {
		for (let i = 0; i < n; i++) homes.push({ ref: pad(first + i, 4), scheme, rate, kind, tenant: tenantName(), voidUntil: null });
	}
	// trade → [[description, base priority, [cost lo, hi]]], contractor choices
	const trades = {
		Plumbing: [[['Leaking pipe', 'Emergency', [70, 260]], ['Dripping tap', 'Routine', [45, 110]], ['Toilet not flushing', 'Urgent', [60, 190]], ['Leak under sink', 'Urgent', [60, 220]], ['Bath sealant', 'Routine', [40, 95]]], [['In-house', 75], ["O'Rourke Heating & Plumbing", 25]]],
		Heating: [[['Boiler not working', 'Heating', [95, 420]], ['No hot water', 'Heating', [85, 360]], ['Radiator cold', 'Routine', [70, 180]], ['Boiler replacement', 'Routine', [2200, 3100]], ['Annual gas service follow-up', 'Routine', [60, 140]]], [["O'Rourke Heating & Plumbing", 100]]],
		Electrical: [[['No power to sockets', 'Emergency', [80, 260]], ['Light fitting faulty', 'Routine', [50, 150]], ['Smoke alarm beeping', 'Urgent', [45, 120]], ['Extractor fan broken', 'Routine', [90, 240]]], [['Brightwire Electrical', 100]]],
		Carpentry: [[['Door sticking', 'Routine', [40, 130]], ['Kitchen cupboard door', 'Routine', [35, 120]], ['Front door lock broken', 'Emergency', [70, 260]], ['Loose stair handrail', 'Urgent', [40, 110]], ['Fence panel down', 'Routine', [90, 320]]], [['In-house', 100]]],
		Roofing: [[['Roof leak', 'Urgent', [180, 950]], ['Slipped tiles', 'Routine', [150, 600]], ['Gutter blocked', 'Routine', [80, 240]]], [['Coastline Roofing', 100]]],
		'Damp and mould': [[['Mould in bathroom', 'Damp', [120, 480]], ['Mould in bedroom', 'Damp', [150, 620]], ['Condensation on windows', 'Routine', [90, 260]], ['Rising damp', 'Damp', [600, 2400]]], [['In-house', 45], ['DryHome Solutions', 55]]],
		Glazing: [[['Broken window', 'Urgent', [110, 480]], ['Window will not close', 'Urgent', [70, 240]], ['Misted double glazing', 'Routine', [140, 420]]], [['Clearview Glazing', 100]]],
		Plastering: [[['Cracked ceiling', 'Routine', [150, 650]], ['Loose plaster', 'Routine', [120, 520]]], [['In-house', 100]]],
		Drainage: [[['Blocked drain', 'Urgent', [90, 280]], ['Blocked sink', 'Urgent', [60, 160]], ['Blocked toilet', 'Emergency', [75, 220]]], [['ClearFlow Drains', 100]]]
	};
	const communalJobs = [['Electrical', 'Stairwell lights out', 'Urgent', [60, 220]], ['Electrical', 'Door entry system fault', 'Urgent', [120, 480]], ['Carpentry', 'Communal door closer broken', 'Routine', [60, 180]], ['Drainage', 'Bin store drain blocked', 'Routine', [90, 260]], ['Roofing', 'Roof leak', 'Urgent', [250, 1400]], ['Plastering', 'Graffiti in stairwell', 'Routine', [80, 240]]];
	const tradeWeights = (kind, m, y) => {
		const winter = [1.6, 1.5, 1.2, 0.9, 0.6, 0.5, 0.5, 0.5, 0.7, 1.0, 1.3, 1.6][m - 1];
		const storm = [1.6, 1.5, 1.0, 0.6, 0.4, 0.3, 0.3, 0.4, 0.7, 1.1, 1.5, 1.7][m - 1];
		return [
			['Plumbing', 24],
			['Heating', 16 * winter],
			['Electrical', 11],
			['Carpentry', 17],
			['Roofing', kind === 'flat' ? 0 : 6 * storm],
			['Damp and mould', (kind === 'flat' ? 9 : 6) * winter * (y === 2024 ? 1.5 : 1)],
			['Glazing', 6],
			['Plastering', 5],
			['Drainage', 7]
		];
	};
	const jobs = [];
	const newJob = (at, home, trade, desc, basePriority, costRange, contractor, isVoid) => {
		const m = at.getUTCMonth() + 1;
		const priority = basePriority === 'Heating' ? (m >= 10 || m <= 4 ? 'Emergency' : 'Urgent') : basePriority === 'Damp' ? (at >= day(2024, 1, 1) ? 'Urgent' : 'Routine') : basePriority;
		jobs.push({ at, home, trade, desc, priority, costRange, contractor, isVoid });
	};
	for (let t = day(2023, 1, 1); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const office = dow !== 0 && dow !== 6 && !bankHolidays.has(isoDate(t));
		for (const h of homes) {
			// a tenancy ends now and then: the home stands empty for a few weeks of void works
			if (!h.voidUntil && rand() < 0.09 / 365) {
				h.voidUntil = addDays(t, int(21, 56));
				h.tenant = null;
				const nVoid = int(1, 3);
				for (let k = 0; k < nVoid; k++) {
					const trade = weighted([['Plastering', 3], ['Carpentry', 4], ['Electrical', 3], ['Plumbing', 2], ['Damp and mould', 1]]);
					const [desc, , cost] = pick(trades[trade][0].filter(([, p]) => p !== 'Emergency'));
					let d = addDays(t, int(0, 3));
					while (d.getUTCDay() === 0 || d.getUTCDay() === 6 || bankHolidays.has(isoDate(d))) d = addDays(d, 1);
					if (d <= day(2024, 12, 31)) newJob(atTime(d, int(9, 15), int(0, 59), int(0, 59)), h, trade, desc, 'Routine', cost, weighted(trades[trade][1]), true);
				}
			}
			if (h.voidUntil && t >= h.voidUntil) {
				h.voidUntil = null;
				h.tenant = tenantName();
			}
			const winterBoost = [1.3, 1.25, 1.1, 1.0, 0.85, 0.8, 0.8, 0.8, 0.9, 1.0, 1.15, 1.3][m - 1];
			if (rand() >= (h.rate / 365) * winterBoost) continue;
			const trade = weighted(tradeWeights(h.kind, m, y));
			let options = trades[trade][0];
			if (h.scheme === 'Kingfisher Rise') options = options.filter(([d]) => d !== 'Rising damp' && d !== 'Boiler replacement');
			const [desc, base, cost] = weighted(options.map((o) => [o, o[0] === 'Boiler replacement' ? 0.15 : o[0] === 'Rising damp' ? (h.kind === 'flat' ? 0 : 0.4) : 1]));
			const urgent = base === 'Emergency' || (base === 'Heating' && (m >= 10 || m <= 4));
			const hour = office ? (urgent && rand() < 0.3 ? weighted([[int(0, 7), 1], [int(17, 23), 2]]) : int(8, 16)) : urgent ? int(0, 23) : int(8, 21);
			if (!office && !urgent && rand() < 0.6) continue; // most routine reports wait for the office to open
			newJob(atTime(t, hour, int(0, 59), int(0, 59)), h, trade, desc, base, cost, weighted(trades[trade][1]), !h.tenant);
		}
		for (const [scheme, [, , , , perYear]] of Object.entries(schemes)) {
			if (!perYear || rand() >= perYear / 365) continue;
			const [trade, desc, base, cost] = pick(communalJobs);
			newJob(atTime(t, office ? int(8, 16) : int(7, 22), int(0, 59), int(0, 59)), { ref: null, scheme, tenant: null }, trade, desc, base, cost, trade === 'Carpentry' || trade === 'Plastering' ? 'In-house' : weighted(trades[trade][1]), false);
		}
	}
	jobs.sort((a, b) => a.at - b.at);
	const seq = {};
	const rows = jobs.map((j) => {
		const yy = j.at.getUTCFullYear() % 100;
		seq[yy] = (seq[yy] ?? 0) + 1;
		const reportedDay = day(j.at.getUTCFullYear(), j.at.getUTCMonth() + 1, j.at.getUTCDate());
		const target = addDays(reportedDay, j.priority === 'Emergency' ? 1 : j.priority === 'Urgent' ? 7 : 28);
		let done;
		if (j.priority === 'Emergency') done = weighted([[0, 45], [1, 45], [int(2, 4), 10]]);
		else if (j.priority === 'Urgent') done = weighted([[int(1, 7), 84], [int(8, 21), 16]]);
		else done = weighted([[int(4, 28), 78], [int(29, 70), 22]]);
		if (j.desc === 'Boiler replacement' || j.desc === 'Rising damp') done = int(20, 90);
		if (j.trade === 'Roofing' && j.priority !== 'Emergency') done += int(0, 14); // scaffolding
		let completed = addDays(reportedDay, done);
		while (completed.getUTCDay() === 0 && j.priority !== 'Emergency') completed = addDays(completed, 1);
		let status = 'Completed';
		if (rand() < 0.035 && j.priority !== 'Emergency') status = 'Cancelled';
		else if (completed >= exportDay || (rand() < 0.008 && reportedDay >= day(2024, 6, 1))) status = 'Open';
		const [lo, hi] = j.costRange;
		const cost = status === 'Completed' ? round2(lo + Math.pow(rand(), 1.6) * (hi - lo)) : null;
		const recharge = status === 'Completed' && !j.isVoid && j.home.ref !== null && ((j.desc === 'Broken window' && rand() < 0.3) || (j.desc === 'Front door lock broken' && rand() < 0.2) || (j.trade === 'Drainage' && rand() < 0.12));
		return [`R${yy}-${pad(seq[yy], 4)}`, isoStamp(j.at), j.home.ref, j.home.scheme, j.isVoid ? null : j.home.tenant, j.trade, j.desc, j.priority, isoDate(target), j.contractor, status, status === 'Completed' ? isoDate(completed) : null, cost === null ? null : cost.toFixed(2), recharge ? 'Yes' : 'No'];
	});
	writeCsv(OUT, 'repair_requests.csv', ['Job Ref', 'reported_at', 'Property Ref', 'Scheme', 'tenantName', 'Trade', 'Desc', 'Priority', 'Target Date', 'Contractor', 'Status', 'completed_on', 'Cost (£)', 'rechargeable'], rows);
}
