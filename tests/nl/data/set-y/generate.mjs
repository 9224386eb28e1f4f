// Deterministic generator for the set Y evaluation tables (a village hall's room bookings, a
// small online homewares shop's customer returns, a community bus service's daily route log).
// No dependencies. Run from the repo root: node tests/nl/data/set-y/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20260611);
const atTime = (d, h, m, s = 0) => new Date(d.getTime() + ((h * 60 + m) * 60 + s) * 1000);
const daysBetween = (a, b) => Math.round((b.getTime() - a.getTime()) / 86400000);
const hhmm = (mins) => `${pad(Math.floor(mins / 60))}:${pad(mins % 60)}`;

// UK bank holidays 2022-2024 (with the Queen's funeral and the coronation)
const bankHolidays = new Set(['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27', '2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26', '2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26']);
/** School term time, roughly: no August, late July, Christmas, Easter, half terms. */
function isTermTime(t) {
	const m = t.getUTCMonth() + 1;
	const d = t.getUTCDate();
	if (m === 8 || (m === 7 && d > 21) || (m === 12 && d > 19) || (m === 1 && d < 5)) return false;
	if ((m === 4 && d <= 14) || (m === 2 && d >= 13 && d <= 19) || (m === 10 && d >= 24) || (m === 5 && d >= 27)) return false;
	return true;
}
/** The nth given weekday (0 Sunday) of a month; n = -1 for the last. */
function nthWeekday(y, m, dow, n) {
	if (n === -1) {
		let t = addDays(m === 12 ? day(y + 1, 1, 1) : day(y, m + 1, 1), -1);
		while (t.getUTCDay() !== dow) t = addDays(t, -1);
		return t;
	}
	let t = day(y, m, 1);
	while (t.getUTCDay() !== dow) t = addDays(t, 1);
	return addDays(t, 7 * (n - 1));
}
const firstNames = ['Sarah', 'James', 'Emma', 'David', 'Lucy', 'Mark', 'Rachel', 'Paul', 'Claire', 'Andrew', 'Kirsty', 'Steve', 'Helen', 'Gareth', 'Nicola', 'Rob', 'Jo', 'Simon', 'Vicky', 'Adam', 'Louise', 'Chris', 'Gemma', 'Tom', 'Priya', 'Imran', 'Donna', 'Neil', 'Amy', 'Wes'];
const surnames = ['Whitmore', 'Palmer', 'Booth', 'Hargreaves', 'Lister', 'Dawson', 'Fairclough', 'Nuttall', 'Sharma', 'Mitchell', 'Atkinson', 'Barker', 'Gill', 'Holroyd', 'Kaur', 'Metcalfe', 'Oldroyd', 'Pickles', 'Rhodes', 'Sutcliffe', 'Thornton', 'Walsh', 'Yates', 'Ellison', 'Crowther'];

// ------------------------------------------------------------------ village hall bookings (2022-2024)
{
	// Ashcombe Village Hall: every booking of its four rooms for 2022-2024, from the booking
	// diary as exported at the end of 2024. Community groups hire weekly or monthly at a
	// community rate (80% of the hourly rate); parties, wakes and fairs are one-off hires; a
	// wedding reception is a flat fee. Hourly rates rose each January. The parish council
	// meets free. A deposit is asked only of one-off private hirers. A cancelled booking keeps
	// its quoted fee and has no attendees. Attendance is not always written down.
	const rates = { 'Main Hall': [22, 24, 25], 'Small Hall': [15, 16, 17], 'Committee Room': [10, 11, 12], 'Garden Room': [12, 13, 14] };
	const capacity = { 'Main Hall': 120, 'Small Hall': 50, 'Committee Room': 16, 'Garden Room': 25 };
	// hirer, event type, room, weekdays, start minutes, hours, from, until, when, mean attendees
	const weekly = [
		['Zumba with Kerry', 'Fitness Class', 'Main Hall', [1], 19 * 60, 1, day(2022, 1, 1), null, 'all', 21],
		['Little Acorns Toddler Group', 'Playgroup', 'Small Hall', [2, 4], 9 * 60 + 30, 2, day(2022, 1, 1), null, 'term', 15],
		['1st Ashcombe Scouts', 'Youth Group', 'Main Hall', [2], 18 * 60 + 30, 2, day(2022, 1, 1), null, 'term', 23],
		['Pilates with Sarah', 'Fitness Class', 'Small Hall', [3], 10 * 60, 1, day(2023, 3, 1), null, 'all', 11],
		['Pilates with Sarah', 'Fitness Class', 'Small Hall', [4], 18 * 60 + 30, 1, day(2023, 3, 1), null, 'all', 13],
		['Short Mat Bowls Club', 'Club', 'Main Hall', [5], 14 * 60, 3, day(2022, 1, 1), null, 'winter', 16],
		['Ashcombe Art Group', 'Club', 'Garden Room', [4], 13 * 60 + 30, 2.5, day(2022, 1, 1), null, 'term', 9],
		['Yoga Flow', 'Fitness Class', 'Garden Room', [6], 9 * 60, 1.5, day(2022, 1, 1), day(2023, 7, 31), 'all', 10],
		['Ashcombe Singers', 'Club', 'Main Hall', [4], 19 * 60 + 30, 2, day(2022, 9, 1), null, 'term', 28]
	];
	// hirer, event type, room, weekday, nth, start minutes, hours, from, mean attendees, free
	const monthly = [
		['Ashcombe WI', 'Meeting', 'Main Hall', 3, 2, 19 * 60 + 30, 2, day(2022, 1, 1), 34, false],
		['Parish Council', 'Meeting', 'Committee Room', 2, 1, 19 * 60, 2, day(2022, 1, 1), 9, true],
		['Ashcombe Repair Cafe', 'Community Event', 'Main Hall', 6, -1, 10 * 60, 3, day(2022, 4, 1), 32, false]
	];
	const elections = new Set(['2022-05-05', '2023-05-04', '2024-05-02', '2024-07-04']);
	const oneOffMeetings = ['Ashcombe Residents Association', 'Neighbourhood Watch', 'Allotment Society', 'Friends of Ashcombe School', 'Hall Committee', 'Footpaths Group'];
	const repeatHirers = Array.from({ length: 14 }, () => `${pick(firstNames)} ${pick(surnames)}`);
	const privateHirer = () => (rand() < 0.15 ? pick(repeatHirers) : `${pick(firstNames)} ${pick(surnames)}`);
	const rows = [];
	for (let t = day(2022, 1, 4); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const d = t.getUTCDate();
		const dow = t.getUTCDay();
		const iso = isoDate(t);
		if ((m === 12 && d >= 24) || (m === 1 && d <= 2) || bankHolidays.has(iso)) continue;
		const taken = [];
		const free = (room, start, len) => !taken.some((b) => b.room === room && b.start < start + len * 60 && start < b.start + b.hours * 60);
		const add = (b) => {
			if (!free(b.room, b.start, b.hours)) return;
			taken.push(b);
			rows.push({ t, ...b });
		};
		const rate = (room) => rates[room][y - 2022];
		const people = (mean, room) => clamp(Math.round(Math.max(1, normal(mean, Math.max(2, mean * 0.2)))), 1, capacity[room]);
		if (elections.has(iso)) add({ hirer: 'Electoral Services', type: 'Election', room: 'Main Hall', start: 6 * 60 + 30, hours: 16, fee: 280, deposit: false, cancelled: false, attendees: null });
		for (const [hirer, type, room, dows, start, hours, from, until, when, mean] of weekly) {
			if (!dows.includes(dow) || t < from || (until && t > until)) continue;
			if (when === 'term' && !isTermTime(t)) continue;
			if (when === 'winter' && m >= 5 && m <= 8) continue;
			if (when === 'all' && m === 8 && rand() < 0.4) continue;
			const cancelled = rand() < (m <= 2 ? 0.05 : 0.025);
			const seasonal = m === 1 && type === 'Fitness Class' ? 1.3 : m >= 6 && m <= 8 ? 0.85 : 1;
			add({ hirer, type, room, start, hours, fee: round2(rate(room) * hours * 0.8), deposit: false, cancelled, attendees: cancelled ? null : rand() < 0.07 ? null : people(mean * seasonal, room) });
		}
		for (const [hirer, type, room, mdow, nth, start, hours, from, mean, isFree] of monthly) {
			if (t < from || m === 8 || isoDate(nthWeekday(y, m, mdow, nth)) !== iso) continue;
			const cancelled = rand() < 0.03;
			add({ hirer, type, room, start, hours, fee: isFree ? 0 : round2(rate(room) * hours * 0.8), deposit: false, cancelled, attendees: cancelled ? null : rand() < 0.1 ? null : people(mean, room) });
		}
		// weddings, fairs and parties at weekends
		if (dow === 6 && m >= 5 && m <= 9 && rand() < 0.3) {
			const cancelled = rand() < 0.05;
			add({ hirer: privateHirer(), type: 'Wedding Reception', room: 'Main Hall', start: 12 * 60, hours: pick([10, 11]), fee: [350, 375, 400][y - 2022], deposit: rand() < (cancelled ? 0.5 : 0.97), cancelled, attendees: cancelled ? null : people(85, 'Main Hall') });
		}
		if (dow === 6 && rand() < 0.12) {
			const hirer = pick(['Ashcombe School PTA', "St Mary's Church", 'Ashcombe Gardening Club', 'Craft & Makers Market']);
			const cancelled = rand() < 0.03;
			add({ hirer, type: 'Sale/Fair', room: 'Main Hall', start: 9 * 60, hours: 4, fee: round2(rate('Main Hall') * 4 * 0.8), deposit: false, cancelled, attendees: cancelled ? null : people(70, 'Main Hall') });
		}
		if (dow === 6 || dow === 0) {
			const nParties = weighted([[0, 4], [1, 5], [2, 2]]);
			for (let k = 0; k < nParties; k++) {
				const room = weighted([['Main Hall', 3], ['Small Hall', 2], ['Garden Room', 0.6]]);
				const start = pick([11 * 60, 13 * 60, 14 * 60, 15 * 60, 16 * 60]);
				const hours = pick([2, 2.5, 3, 3]);
				const cancelled = rand() < 0.07;
				add({ hirer: privateHirer(), type: "Children's Party", room, start, hours, fee: round2(rate(room) * hours), deposit: rand() < (cancelled ? 0.55 : 0.93), cancelled, attendees: cancelled ? null : people(room === 'Main Hall' ? 38 : room === 'Garden Room' ? 18 : 26, room) });
			}
		}
		if ((dow === 5 || dow === 6) && rand() < (m === 12 ? 0.55 : 0.18)) {
			const hours = pick([4, 4.5, 5]);
			const cancelled = rand() < 0.07;
			add({ hirer: privateHirer(), type: 'Private Party', room: 'Main Hall', start: 19 * 60, hours, fee: round2(rate('Main Hall') * hours), deposit: rand() < (cancelled ? 0.55 : 0.94), cancelled, attendees: cancelled ? null : people(62, 'Main Hall') });
		}
		if (dow >= 1 && dow <= 5 && rand() < 0.035 * (m <= 3 || m >= 11 ? 1.4 : 1)) {
			const room = rand() < 0.6 ? 'Main Hall' : 'Small Hall';
			const hours = pick([2, 3]);
			add({ hirer: privateHirer(), type: 'Funeral Wake', room, start: pick([12 * 60, 13 * 60, 14 * 60]), hours, fee: round2(rate(room) * hours), deposit: rand() < 0.5, cancelled: false, attendees: rand() < 0.1 ? null : people(room === 'Main Hall' ? 55 : 35, room) });
		}
		if (dow >= 1 && dow <= 5 && rand() < 0.09) {
			const cancelled = rand() < 0.05;
			const hours = pick([1, 1.5, 2]);
			add({ hirer: pick(oneOffMeetings), type: 'Meeting', room: 'Committee Room', start: pick([10 * 60, 14 * 60, 18 * 60 + 30, 19 * 60, 19 * 60 + 30]), hours, fee: round2(rate('Committee Room') * hours * 0.8), deposit: false, cancelled, attendees: cancelled || rand() < 0.25 ? null : people(10, 'Committee Room') });
		}
	}
	rows.sort((a, b) => a.t - b.t || a.start - b.start || a.room.localeCompare(b.room));
	writeCsv(
		OUT,
		'hall_bookings.csv',
		['booking_ref', 'Hirer Name', 'room', 'eventType', 'Booking Date', 'Start', 'End Time', 'hrs', 'attendees', 'Fee (£)', 'deposit_paid', 'Cancelled'],
		rows.map((r, i) => [4001 + i, r.hirer, r.room, r.type, isoDate(r.t), hhmm(r.start), hhmm((r.start + r.hours * 60) % (24 * 60)), r.hours.toFixed(1), r.attendees, r.fee.toFixed(2), r.deposit ? 'Yes' : 'No', r.cancelled ? 'Yes' : 'No'])
	);
}

// ------------------------------------------------------------------ customer returns (2023-2024)
{
	// Fern & Finch Home: a small online homewares shop's returns log, every return requested
	// 2023-2024, as exported at 17:00 on 31 December 2024. A return is requested on the website
	// (Requested At); the parcel arrives some days later (Received, empty while it is still in
	// transit or if it never arrived). On arrival the item is checked (Condition on Arrival),
	// refunded (Refund (£): the price, less £3.95 return postage when the customer changed
	// their mind or ordered the wrong size; half when the customer damaged it; 0 when refused)
	// and put back into stock if it can be sold again. A return not yet received has no
	// condition, refund or handler. Returns peak in the days after Christmas and in January.
	// product → [category, price, popularity]
	const products = {
		'Linen Duvet Cover Double': ['Bedding', 89, 5],
		'Linen Duvet Cover King': ['Bedding', 99, 3],
		'Percale Sheet Set': ['Bedding', 65, 4],
		'Cotton Pillowcase Pair': ['Bedding', 22, 3],
		'Waffle Throw': ['Bedding', 45, 3],
		'Stoneware Mug Set': ['Kitchen', 28, 4],
		'Enamel Casserole 24cm': ['Kitchen', 75, 2],
		'Oak Chopping Board': ['Kitchen', 35, 2],
		'Glass Storage Jars': ['Kitchen', 24, 2],
		'Rattan Pendant Shade': ['Lighting', 55, 3],
		'Brass Table Lamp': ['Lighting', 89, 3],
		'Ceramic Bedside Lamp': ['Lighting', 65, 2],
		'Turkish Towel Bundle': ['Bathroom', 58, 3],
		'Bath Mat': ['Bathroom', 25, 2],
		'Waffle Bathrobe': ['Bathroom', 55, 3],
		'Jute Rug 120x170': ['Rugs', 95, 2],
		'Wool Rug 160x230': ['Rugs', 220, 2],
		'Linen Cushion Cover': ['Home Decor', 18, 4],
		'Ceramic Vase Large': ['Home Decor', 42, 2],
		'Framed Print A3': ['Home Decor', 39, 2]
	};
	const multi = new Set(['Stoneware Mug Set', 'Linen Cushion Cover', 'Cotton Pillowcase Pair', 'Glass Storage Jars', 'Bath Mat']);
	// reason weights by category: changed mind, wrong size, not as described, colour, arrived damaged, faulty, ordered by mistake
	const reasons = ['Changed my mind', 'Wrong size', 'Not as described', 'Colour not as pictured', 'Arrived damaged', 'Faulty', 'Ordered by mistake'];
	const reasonWeights = {
		Bedding: [4, 5, 1.5, 2.5, 0.5, 0.3, 1],
		Kitchen: [3, 0.2, 1, 1, 4, 0.5, 1],
		Lighting: [2.5, 0.5, 1.5, 1, 2, 3.5, 0.8],
		Bathroom: [3, 2, 1, 3, 0.4, 0.2, 1],
		Rugs: [3, 3, 2, 2.5, 0.6, 0.1, 0.6],
		'Home Decor': [4, 0.3, 1.5, 2.5, 3, 0.1, 1.2]
	};
	// handler → [from, until, weight]
	const staff = {
		'Megan Reid': [day(2023, 1, 1), null, 3],
		'Tariq Aziz': [day(2023, 1, 1), null, 2.5],
		'Becky Lawson': [day(2023, 1, 1), day(2023, 8, 31), 2],
		'Olu Adebayo': [day(2023, 9, 4), null, 2],
		'Hannah Cole': [day(2023, 1, 1), null, 0.8]
	};
	const exported = atTime(day(2024, 12, 31), 17, 0);
	const firstOrderDay = day(2022, 10, 1);
	const rows = [];
	for (let t = day(2023, 1, 2); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const season = m === 1 ? 2.2 : m === 2 ? 1.3 : m === 12 ? (t.getUTCDate() >= 27 ? 2.4 : t.getUTCDate() > 20 ? 0.6 : 1.2) : m >= 6 && m <= 8 ? 0.8 : 1;
		const n = poisson(1.45 * season * (y === 2024 ? 1.2 : 1) * (t.getUTCDay() === 0 || t.getUTCDay() === 1 ? 1.25 : 1));
		for (let k = 0; k < n; k++) {
			const product = weighted(Object.entries(products).map(([p, [, , w]]) => [p, w]));
			const [category, price] = products[product];
			const reason = weighted(reasons.map((r, i) => [r, reasonWeights[category][i]]));
			const qty = multi.has(product) && rand() < 0.3 ? weighted([[2, 6], [3, 2], [4, 1.5]]) : 1;
			const hour = weighted([[int(7, 11), 2], [int(12, 17), 3], [int(18, 23), 4], [int(0, 6), 0.5]]);
			const requested = atTime(t, hour, int(0, 59), int(0, 59));
			if (requested > exported) continue;
			const orderDay = addDays(t, -(2 + poisson(m === 1 ? 16 : 7)));
			const orderNo = 60000 + daysBetween(firstOrderDay, orderDay) * 31 + int(0, 30);
			const transit = 1 + poisson(m === 12 || m === 1 ? 4 : 2.5);
			const arrives = addDays(t, transit);
			const lost = rand() < 0.004;
			const received = !lost && atTime(arrives, 12, 0) <= exported ? arrives : null;
			let condition = null;
			let refund = null;
			let restocked = false;
			let handler = null;
			if (received) {
				if (reason === 'Arrived damaged') condition = rand() < 0.9 ? 'Damaged' : 'Opened';
				else if (reason === 'Faulty') condition = rand() < 0.8 ? 'Faulty' : 'Opened';
				else condition = weighted([['As New', 60], ['Opened', 33], ['Damaged', 5]]);
				const full = price * qty;
				const postage = ['Changed my mind', 'Wrong size', 'Ordered by mistake'].includes(reason) ? 3.95 : 0;
				refund = condition === 'Damaged' && reason !== 'Arrived damaged' ? full / 2 : full - postage;
				if (rand() < 0.015) refund = 0;
				restocked = condition === 'As New' ? rand() < 0.96 : condition === 'Opened' && category !== 'Bedding' && category !== 'Bathroom' && reason !== 'Faulty' ? rand() < 0.7 : false;
				const here = Object.entries(staff).filter(([, [from, until]]) => from <= received && (!until || until >= received));
				handler = weighted(here.map(([nm, [, , w]]) => [nm, w]));
			}
			rows.push({ requested, orderNo, product, category, reason, qty, received, condition, refund, restocked, handler });
		}
	}
	rows.sort((a, b) => a.requested - b.requested);
	writeCsv(
		OUT,
		'customer_returns.csv',
		['Return No', 'orderNo', 'product', 'Category', 'Return Reason', 'qty', 'Requested At', 'received_date', 'Refund (£)', 'Condition on Arrival', 'restocked', 'handledBy'],
		rows.map((r, i) => [`RTN-${10001 + i}`, r.orderNo, r.product, r.category, r.reason, r.qty, isoStamp(r.requested), r.received ? isoDate(r.received) : null, r.refund === null ? null : r.refund.toFixed(2), r.condition, r.restocked ? 'Yes' : 'No', r.handler])
	);
}

// ------------------------------------------------------------------ community bus daily route log (2022-2024)
{
	// Wolds Community Bus: a volunteer-driven minibus service's daily route log, one row per
	// route per day it ran (or was meant to run), 2022-2024. No service on Sundays or bank
	// holidays, nor between Christmas and New Year. Drivers are volunteers. The old minibus
	// YX14 DRT was retired in May 2023 and replaced by YE23 KVN. Older passengers travel free
	// on a concessionary bus pass; the rest pay a flat single fare (£2.50 in 2022, £2.00 from
	// 2023 under the national fare cap). A run with no driver is logged with 0 departures.
	// Miles are from the odometer and sometimes not written down. Notes are mostly empty.
	// route → [weekdays, departures, miles, passengers per departure, concession share, usual drivers]
	const routes = {
		'Town Hopper': [[1, 2, 3, 4, 5], 6, 27, 7.2, 0.58, ['Brian Foster', 'Carol Jenkins', 'Keith Marsden']],
		'Hospital Link': [[2, 4], 2, 46, 5.5, 0.86, ['Derek Holmes', 'Janet Price']],
		'Market Day': [[3, 6], 3, 34, 9, 0.74, ['Sandra Okoye', 'Janet Price', 'Phil Turner']],
		'Villages North': [[1, 3, 5], 4, 38, 4.6, 0.7, ['Keith Marsden', 'Margaret Ellis', 'Phil Turner']],
		'Villages South': [[2, 4], 4, 41, 4, 0.72, ['Derek Holmes', 'Sandra Okoye']]
	};
	// driver → [from, until]
	const drivers = {
		'Brian Foster': [day(2022, 1, 1), null],
		'Carol Jenkins': [day(2022, 1, 1), null],
		'Derek Holmes': [day(2022, 1, 1), null],
		'Janet Price': [day(2022, 1, 1), null],
		'Keith Marsden': [day(2022, 1, 1), null],
		'Sandra Okoye': [day(2022, 1, 1), null],
		'Margaret Ellis': [day(2022, 1, 1), day(2022, 10, 31)],
		'Phil Turner': [day(2023, 2, 1), null]
	};
	// vehicle → [from, until, chance of a breakdown on a run]
	const vehicles = {
		'YK17 HBW': [day(2022, 1, 1), null, 0.012],
		'YJ19 PXT': [day(2022, 1, 1), null, 0.01],
		'YA21 LMC': [day(2022, 1, 1), null, 0.006],
		'YX14 DRT': [day(2022, 1, 1), day(2023, 5, 31), 0.05],
		'YE23 KVN': [day(2023, 6, 5), null, 0.004]
	};
	const snow = new Set(['2022-12-12', '2022-12-13', '2022-12-14', '2023-03-09', '2023-03-10', '2024-01-18', '2024-01-19']);
	const usualNotes = [
		['Wheelchair user on board, ramp used', 3],
		['Roadworks on the B1248, diverted', 2],
		['Heater not working', 1.5],
		['Ran 15 mins late, traffic', 3],
		['Passenger left umbrella, handed in', 1],
		['New passenger registered', 2],
		['Fuel card declined, paid cash', 0.6]
	];
	const rows = [];
	for (let t = day(2022, 1, 4); t <= day(2024, 12, 31); t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const d = t.getUTCDate();
		const dow = t.getUTCDay();
		const iso = isoDate(t);
		if (dow === 0 || bankHolidays.has(iso) || (m === 12 && d >= 24) || (m === 1 && d <= 3)) continue;
		const usedVehicles = new Set();
		const usedDrivers = new Set();
		for (const [route, [dows, sched, miles, perDep, concShare, usual]] of Object.entries(routes)) {
			if (!dows.includes(dow)) continue;
			const activeDrivers = Object.entries(drivers).filter(([, [from, until]]) => from <= t && (!until || until >= t)).map(([nm]) => nm);
			const usualHere = usual.filter((nm) => activeDrivers.includes(nm) && !usedDrivers.has(nm));
			let driver = usualHere.length && rand() < 0.85 ? pick(usualHere) : pick(activeDrivers.filter((nm) => !usedDrivers.has(nm)));
			const noDriver = rand() < 0.012;
			if (noDriver) driver = null;
			else usedDrivers.add(driver);
			const fleet = Object.entries(vehicles).filter(([reg, [from, until]]) => from <= t && (!until || until >= t) && !usedVehicles.has(reg));
			const [reg, [, , breakChance]] = pick(fleet);
			usedVehicles.add(reg);
			let deps = sched;
			let note = null;
			let breakdown = false;
			if (noDriver) {
				deps = 0;
				note = 'No driver available, run cancelled';
			} else if (snow.has(iso)) {
				deps = Math.max(0, sched - int(1, sched));
				note = deps === 0 ? 'Snow, all runs cancelled' : 'Snow, later runs cancelled';
			} else if (rand() < breakChance * (m <= 2 || m === 12 ? 1.5 : 1)) {
				breakdown = true;
				deps = int(1, Math.max(1, sched - 1));
				note = weighted([['Broke down, towed back to depot', 3], ['Breakdown - flat battery, jump started', 2], ['Breakdown, passengers taken home by taxi', 2], ['Overheating, withdrawn from service', 1]]);
			} else if (rand() < 0.06) note = weighted(usualNotes);
			const season = m <= 2 ? 0.85 : m === 12 ? 1.15 : m === 8 ? 0.9 : 1;
			const growth = y === 2022 ? 1 : y === 2023 ? 1.08 : 1.14;
			const marketBoost = route === 'Market Day' && dow === 6 ? 1.25 : 1;
			const passengers = deps === 0 ? 0 : poisson(perDep * deps * season * growth * marketBoost);
			const concessions = clamp(Math.round(passengers * clamp(normal(concShare, 0.07), 0, 1)), 0, passengers);
			const paying = passengers - concessions;
			const children = Math.min(paying, poisson(paying * (isTermTime(t) ? 0.05 : 0.15)));
			const fare = y === 2022 ? 2.5 : 2;
			const fares = round2((paying - children / 2) * fare);
			const runMiles = deps === 0 ? 0 : Math.max(2, round1(miles * (deps / sched) + normal(0, 1.4)));
			rows.push({ t, route, driver, reg, deps, passengers, concessions, fares, miles: deps > 0 && rand() < 0.03 ? null : runMiles, breakdown, note });
		}
	}
	writeCsv(
		OUT,
		'bus_route_log.csv',
		['log_id', 'service_date', 'Route', 'Driver', 'Vehicle Reg', 'deps', 'Passengers', 'Concession Passes', 'Fares Taken (£)', 'miles', 'Breakdown', 'Notes'],
		rows.map((r, i) => [70001 + i, isoDate(r.t), r.route, r.driver, r.reg, r.deps, r.passengers, r.concessions, r.fares.toFixed(2), r.miles === null ? null : r.miles.toFixed(1), r.breakdown ? 'Yes' : 'No', r.note])
	);
}
