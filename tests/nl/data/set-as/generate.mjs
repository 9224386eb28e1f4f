// Deterministic generator for the set AS evaluation tables (a farm's three holiday-let cottages'
// bookings, a home baker's cake orders, a karate club's grading results). No dependencies. Run
// from the repo root: node tests/nl/data/set-as/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, eachDay, FIRST_NAMES, isoDate, isoStamp, pad, randomTools, round2, SURNAMES, uniqueNamer, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20270602);

const between = (t, from, to) => t >= from && t <= to;
const daysBetween = (a, b) => Math.round((b - a) / 86400000);
/** A time of day on `t`, in the evening more often than not (when people book and order). */
const eveningStamp = (t) => {
	const hour = weighted([[7, 2], [8, 3], [9, 4], [10, 4], [11, 4], [12, 5], [13, 5], [14, 4], [15, 4], [16, 4], [17, 5], [18, 6], [19, 8], [20, 10], [21, 10], [22, 7], [23, 3]]);
	return new Date(t.getTime() + (hour * 3600 + int(0, 59) * 60 + int(0, 59)) * 1000);
};

// ------------------------------------------------------------------ cottage bookings (2021-2025)
{
	// Low Moor Farm Cottages near Helmsley, North York Moors: a farming couple's three holiday
	// lets, one row per booking, from the reopening after lockdown (stays from 12 April 2021; the
	// bookings opened on 22 February 2021) to the end of 2024, with the bookings already taken for
	// 2025, as exported from the booking spreadsheet on 6 January 2025 at 09:30. The Granary
	// (sleeps 4, dogs welcome, two at most), Swallow Barn (sleeps 6, hot tub, no dogs) and the
	// Shepherd's Hut (sleeps 2, one dog, open March to October only). Stays start on a Friday or a
	// Monday as a rule: short breaks of 3-4 nights (2 in the hut), weeks in the summer. Rent is a
	// nightly rate by season (higher at Easter, in the summer holidays and at Christmas) rising each
	// year, times the nights; 10% off stays of a week or more and £25 off for returning guests who
	// book direct (Discount); a cleaning fee per stay and £20 a dog a stay (£25 from 2023). Guests
	// come through Airbnb and Booking.com (15% commission), Sykes Cottages (20%) or book direct (a
	// 25% deposit, the balance six weeks before arrival). Cancellations are refunded by each
	// channel's rules (refund_p, in pence); one goodwill refund when the hot tub broke. The owners'
	// parents stay free now and then.
	const exportStamp = new Date(Date.UTC(2025, 0, 6, 9, 30, 0));
	const exportDay = day(2025, 1, 6);
	const opened = day(2021, 2, 22);
	const lets = [
		{ name: 'The Granary', sleeps: 4, base: 105, clean: 50, dogs: 2, allYear: true, p: 0.9 },
		{ name: 'Swallow Barn', sleeps: 6, base: 150, clean: 70, dogs: 0, allYear: true, p: 0.8 },
		{ name: "Shepherd's Hut", sleeps: 2, base: 75, clean: 30, dogs: 1, allYear: false, p: 1 }
	];
	const yearF = { 2021: 1, 2022: 1.06, 2023: 1.13, 2024: 1.2, 2025: 1.25 };
	const easter = ['2021-04-04', '2022-04-17', '2023-04-09', '2024-03-31', '2025-04-20'].map((s) => new Date(`${s}T00:00:00Z`));
	const schoolHoliday = (t) => {
		const md = isoDate(t).slice(5);
		return (md >= '07-20' && md <= '09-01') || md >= '12-20' || md <= '01-03' || (md >= '05-25' && md <= '06-02') || (md >= '10-24' && md <= '10-31') || (md >= '02-14' && md <= '02-21') || easter.some((e) => between(t, addDays(e, -9), addDays(e, 8)));
	};
	const peak = (t) => {
		const md = isoDate(t).slice(5);
		return (md >= '07-20' && md <= '08-31') || md >= '12-20' || md <= '01-02' || easter.some((e) => between(t, addDays(e, -9), addDays(e, 8)));
	};
	const monthF = [0.85, 0.85, 0.95, 1.05, 1.1, 1.15, 1.25, 1.25, 1.1, 1.0, 0.85, 0.9];
	const nightly = (lt, t) => Math.round((lt.base * (peak(t) ? 1.4 : monthF[t.getUTCMonth()]) * yearF[t.getUTCFullYear()]) / 5) * 5;
	const occ = [0.16, 0.2, 0.25, 0.38, 0.45, 0.5, 0.75, 0.85, 0.45, 0.38, 0.2, 0.35];
	const commission = { Airbnb: 0.15, 'Booking.com': 0.15, 'Sykes Cottages': 0.2, Direct: 0 };
	const anyName = uniqueNamer(pick, FIRST_NAMES, SURNAMES);
	// guests who come back year after year, most of them booking direct after the first time
	const regulars = [
		["Hilary O'Brien", 'The Granary'],
		['Graham Fletcher', 'The Granary'],
		['Janet Pritchard', 'Swallow Barn'],
		['Tariq Hussain', 'Swallow Barn'],
		["Siobhan D'Arcy", "Shepherd's Hut"],
		['Keith Barker', "Shepherd's Hut"],
		['Rosemary Lamb', 'The Granary'],
		['Kwame Mensah', 'Swallow Barn'],
		['Pauline Sutton', "Shepherd's Hut"],
		['Derek Vaughan', 'The Granary']
	].map(([name, prop]) => ({ name, prop, first: null }));
	const namer = () => {
		let nm;
		do nm = anyName();
		while (regulars.some((r) => r.name === nm));
		return nm;
	};
	// the owners' parents, who stay free
	const family = [
		{ prop: 'The Granary', arrive: day(2022, 2, 7), nights: 4 },
		{ prop: 'The Granary', arrive: day(2023, 11, 13), nights: 4 },
		{ prop: 'Swallow Barn', arrive: day(2024, 3, 4), nights: 3 }
	];
	const rows = [];
	for (const lt of lets) {
		let t = day(2021, 4, 12);
		const last = day(2025, 10, 31);
		while (t <= last) {
			const m = t.getUTCMonth() + 1;
			const fam = family.find((f) => f.prop === lt.name && isoDate(f.arrive) === isoDate(t));
			if (fam) {
				rows.push({ lt, arrive: t, nights: fam.nights, guest: 'Mum & Dad', family: true, source: 'Direct', booked: eveningStamp(addDays(t, -int(10, 30))), adults: 2, kids: 0, dogs: lt.dogs ? 1 : 0 });
				t = addDays(t, fam.nights);
				continue;
			}
			if (!lt.allYear && (m < 3 || m > 10)) {
				t = addDays(t, 1);
				continue;
			}
			const dow = t.getUTCDay();
			const changeover = dow === 5 || dow === 1;
			if (rand() >= occ[m - 1] * lt.p * (changeover ? 2.4 : 0.45)) {
				t = addDays(t, 1);
				continue;
			}
			let nights;
			if (lt.name === "Shepherd's Hut") nights = weighted([[2, 30], [3, 35], [4, 20], [7, peak(t) ? 40 : 10]]);
			else if (peak(t) && (m === 7 || m === 8)) nights = weighted([[7, 55], [3, 12], [4, 14], [5, 6], [14, 4]]);
			else nights = weighted([[3, 42], [4, 30], [7, 16], [5, 6], [10, 2]]);
			if (!lt.allYear && addDays(t, nights) > day(t.getUTCFullYear(), 11, 1)) nights = Math.max(2, daysBetween(t, day(t.getUTCFullYear(), 11, 1)));
			// no stay across a family visit
			const clash = family.find((f) => f.prop === lt.name && f.arrive > t && f.arrive < addDays(t, nights));
			if (clash) nights = Math.max(2, daysBetween(t, clash.arrive));
			if (clash && addDays(t, nights) > clash.arrive) {
				t = clash.arrive;
				continue;
			}
			const arrive = t;
			t = addDays(t, nights);
			const depart = addDays(arrive, nights);
			if (arrive < exportDay && depart > exportDay) continue; // in the cottage on the day of the export: left out
			// when it was booked
			const leadMean = isoDate(arrive).slice(5) >= '12-15' ? 160 : peak(arrive) ? 150 : 50;
			let lead = Math.round(-leadMean * Math.log(1 - rand()));
			let bookedDay = addDays(arrive, -lead);
			if (bookedDay < opened) bookedDay = addDays(opened, int(0, Math.min(25, daysBetween(opened, arrive) - 1)));
			const booked = eveningStamp(bookedDay);
			if (booked > exportStamp) continue; // not booked yet
			// who
			let guest;
			let source;
			const reg = rand() < 0.09 ? pick(regulars.filter((r) => r.prop === lt.name)) : null;
			if (reg) {
				guest = reg.name;
				source = reg.first === null ? weighted([['Airbnb', 5], ['Booking.com', 3], ['Sykes Cottages', 2]]) : rand() < 0.85 ? 'Direct' : 'Airbnb';
				if (reg.first === null) reg.first = arrive;
			} else {
				guest = namer();
				const y = arrive.getUTCFullYear();
				source = weighted([['Airbnb', 40], ['Booking.com', 22], ['Sykes Cottages', y <= 2022 ? 20 : 10], ['Direct', y <= 2022 ? 14 : 24]]);
			}
			let adults;
			if (lt.sleeps === 2) adults = rand() < 0.92 ? 2 : 1;
			else if (lt.sleeps === 4) adults = weighted([[2, 68], [3, 8], [4, 22], [1, 2]]);
			else adults = weighted([[2, 22], [3, 8], [4, 44], [5, 9], [6, 17]]);
			const room = lt.sleeps - adults;
			const kids = room > 0 && rand() < (schoolHoliday(arrive) ? 0.7 : 0.18) ? int(1, room) : 0;
			const dogs = lt.dogs && rand() < (lt.dogs === 2 ? 0.42 : 0.3) ? (lt.dogs === 2 && rand() < 0.3 ? 2 : 1) : 0;
			rows.push({ lt, arrive, nights, guest, source, booked, adults, kids, dogs, regular: !!reg && source === 'Direct' && reg.first < arrive });
		}
	}
	for (const r of rows) {
		const y = r.arrive.getUTCFullYear();
		const depart = addDays(r.arrive, r.nights);
		r.depart = depart;
		if (r.family) {
			Object.assign(r, { rent: 0, discount: 0, clean: 0, dogFee: 0, total: 0, paid: 0, refund: 0, commission: 0, status: depart <= exportDay ? 'Stayed' : 'Upcoming', review: null });
			continue;
		}
		r.rent = nightly(r.lt, r.arrive) * r.nights;
		r.discount = round2((r.nights >= 7 ? r.rent * 0.1 : 0) + (r.regular ? 25 : 0));
		r.clean = r.lt.clean + (y >= 2024 ? 5 : 0);
		r.dogFee = r.dogs * (y >= 2023 ? 25 : 20);
		r.total = round2(r.rent - r.discount + r.clean + r.dogFee);
		const deposit = round2(r.total * 0.25);
		r.status = depart <= exportDay ? 'Stayed' : 'Upcoming';
		r.refund = 0;
		// cancelled: on a day between booking and arrival
		if (rand() < (y === 2021 ? 0.1 : 0.065)) {
			const lead = daysBetween(new Date(Date.UTC(r.booked.getUTCFullYear(), r.booked.getUTCMonth(), r.booked.getUTCDate())), r.arrive);
			const cancelDay = addDays(r.arrive, -Math.floor(rand() * lead));
			if (cancelDay <= exportDay) {
				const before = daysBetween(cancelDay, r.arrive);
				r.status = 'Cancelled';
				if (r.source === 'Direct') {
					r.paid = before > 42 ? deposit : r.total;
					r.refund = before > 42 ? 0 : before >= 28 ? round2(r.total - deposit) : 0;
				} else {
					r.paid = r.total;
					r.refund = before >= 30 ? r.total : before >= 7 ? round2(r.total / 2) : 0;
				}
			}
		}
		if (r.status !== 'Cancelled') {
			if (r.source === 'Direct' && r.status === 'Upcoming' && daysBetween(exportDay, r.arrive) > 42) r.paid = deposit;
			else r.paid = r.total;
			if (r.status === 'Stayed' && r.source !== 'Direct' && r.lt.name !== 'Swallow Barn' && rand() < 0.008) r.status = 'No Show';
		}
		r.commission = round2(commission[r.source] * (r.paid - r.refund));
		const reviewP = r.status !== 'Stayed' ? 0 : r.source === 'Direct' ? 0.15 : 0.62;
		r.review = rand() < reviewP ? weighted([[5, r.lt.name === "Shepherd's Hut" ? 82 : 68], [4, 22], [3, 6], [2, 1.5], [1, 0.8]]) : null;
	}
	rows.sort((a, b) => a.arrive - b.arrive || a.lt.name.localeCompare(b.lt.name));
	// the hot tub broke at Swallow Barn in August 2023: £100 back as a goodwill gesture
	const tub = rows.find((r) => r.lt.name === 'Swallow Barn' && r.status === 'Stayed' && r.arrive >= day(2023, 8, 4) && !r.family);
	if (tub) tub.refund = 100;
	// a direct guest who stayed over Christmas 2024 and has not paid the balance yet
	const owing = rows.find((r) => r.source === 'Direct' && r.status === 'Stayed' && r.arrive >= day(2024, 12, 16) && !r.family);
	if (owing) owing.paid = round2(owing.total * 0.25);
	// references in the order the bookings were taken
	[...rows].sort((a, b) => a.booked - b.booked).forEach((r, i) => (r.ref = `LMF-${pad(i + 1, 4)}`));
	writeCsv(
		OUT,
		'cottage_bookings.csv',
		['Booking Ref', 'booked_on', 'Property', 'Guest Name', 'arrival', 'departure', 'Nights', 'Adults', 'Kids', 'dogs', 'Source', 'Rent (£)', 'Discount (£)', 'Cleaning Fee (£)', 'dogFee', 'Total (£)', 'Paid So Far (£)', 'refund_p', 'Commission (£)', 'Status', 'Review'],
		rows.map((r) => [
			r.ref,
			isoStamp(r.booked),
			r.lt.name,
			r.guest,
			isoDate(r.arrive),
			isoDate(r.depart),
			r.nights,
			r.adults,
			r.kids,
			r.dogs,
			r.source,
			r.rent.toFixed(2),
			r.discount.toFixed(2),
			r.clean.toFixed(2),
			r.dogFee,
			r.total.toFixed(2),
			r.paid.toFixed(2),
			Math.round(r.refund * 100),
			r.commission.toFixed(2),
			r.status,
			r.review
		])
	);
}

// ------------------------------------------------------------------ cake orders (2023-2025)
{
	// Whisk & Whimsy, Kerry Ashworth's home bakery in Chorley, Lancashire (registered with the
	// council): her order book from January 2023, one row per order, exported on 14 March 2025 at
	// 18:05 with the orders already taken for the months ahead. Customers message her (Ordered)
	// and collect from her door or have it delivered on the Due Date. Most orders are due on a
	// Saturday, some on a Friday or Sunday; nothing on a Monday, and none while she is on holiday
	// (two weeks in August; Christmas to New Year). Cakes are priced by tiers; cupcakes by the
	// piece, boxes by the box; prices went up in January 2024. A deposit secures a cake (£20; half
	// for a wedding cake), is non-refundable, and the rest is paid on collection or delivery
	// (Total Paid is what has come in). Delivery is empty for a collection, 0 when delivery was
	// free (orders of £150 or more), £40 for a wedding (with setting up). Regulars (mums ordering
	// each child's birthday cake, The Daisy Café's weekly brownies from September 2023) and a few
	// friends get a discount.
	const exportStamp = new Date(Date.UTC(2025, 2, 14, 18, 5, 0));
	const exportDay = day(2025, 3, 14);
	const mothering = ['2023-03-19', '2024-03-10', '2025-03-30'];
	const off = (t) =>
		t.getUTCDay() === 1 ||
		between(t, day(2023, 8, 7), day(2023, 8, 20)) ||
		between(t, day(2024, 8, 12), day(2024, 8, 25)) ||
		between(t, day(2023, 12, 24), day(2024, 1, 2)) ||
		between(t, day(2024, 12, 24), day(2025, 1, 2)) ||
		between(t, day(2022, 12, 24), day(2023, 1, 2));
	const items = {
		// item: [weight, lead mean days, lead min]
		'Birthday Cake': [34, 18, 3],
		Cupcakes: [22, 8, 2],
		'Brownie Box': [10, 5, 1],
		'Cookie Box': [5, 5, 1],
		'Celebration Cake': [8, 16, 3],
		'Smash Cake': [4, 20, 5],
		'Christening Cake': [3, 30, 10],
		'Baby Shower Cake': [3, 22, 7],
		'Wedding Cake': [2.6, 200, 60],
		'Christmas Cake': [0, 25, 7],
		"Mother's Day Box": [0, 10, 2]
	};
	const flavours = [['Vanilla', 24], ['Chocolate', 24], ['Biscoff', 13], ['Lemon', 10], ['Red Velvet', 10], ['Salted Caramel', 8], ['Carrot', 6], ['Funfetti', 5], ['Coffee & Walnut', 3]];
	const anyName = uniqueNamer(pick, FIRST_NAMES, SURNAMES);
	// mums who come back for each child's birthday, and a few who order again and again
	const regulars = ["Claire O'Connor", 'Nicola Webb', 'Bethan Lloyd', 'Priya Patel', 'Laura Gibson', 'Sarah Holmes', 'Emma Quinn', 'Rachel Tucker', 'Julie Marshall', 'Helen Cooper', "Fatima D'Arcy", 'Karen Mitchell', 'Linda Chapman'];
	const friends = new Set(['Nicola Webb', 'Julie Marshall', 'Linda Chapman']);
	const namer = () => {
		let nm;
		do nm = anyName();
		while (regulars.includes(nm));
		return nm;
	};
	const rows = [];
	for (const t of eachDay(day(2023, 1, 4), day(2025, 6, 30))) {
		if (off(t)) continue;
		const dow = t.getUTCDay();
		const m = t.getUTCMonth() + 1;
		const iso = isoDate(t);
		const dowRate = [0.85, 0, 0.3, 0.35, 0.65, 1.65, 3.1][dow];
		const monthRate = [0.8, 0.95, 1.05, 1, 1.1, 1.15, 1.1, 0.85, 1, 1, 1.05, 1.25][m - 1];
		const n = poisson(dowRate * monthRate);
		const orders = [];
		for (let k = 0; k < n; k++) {
			const w = Object.entries(items).map(([name, v]) => {
				let wt = v[0];
				if (name === 'Wedding Cake') wt = dow === 6 && m >= 4 && m <= 10 ? wt * 2.2 : dow === 6 ? wt * 0.5 : 0;
				if (name === 'Christmas Cake') wt = m === 12 || (m === 11 && t.getUTCDate() >= 20) ? 40 : 0;
				if (name === "Mother's Day Box") wt = mothering.some((s) => between(t, addDays(new Date(`${s}T00:00:00Z`), -3), new Date(`${s}T00:00:00Z`))) ? 40 : 0;
				return [name, wt];
			});
			orders.push({ item: weighted(w) });
		}
		// Mother's Day boxes, on top, in the days before Mothering Sunday
		if (mothering.some((s) => between(t, addDays(new Date(`${s}T00:00:00Z`), -3), new Date(`${s}T00:00:00Z`)))) for (let k = poisson(2.5); k > 0; k--) orders.push({ item: "Mother's Day Box" });
		// The Daisy Café's brownies, every Thursday from September 2023
		if (dow === 4 && t >= day(2023, 9, 7) && rand() < 0.85) orders.push({ item: 'Brownie Box', customer: 'The Daisy Café' });
		// the school PTA's raffle cake, given free
		if (iso === '2023-11-25' || iso === '2024-07-13') orders.push({ item: 'Celebration Cake', customer: "St Mary's PTA", free: true });
		for (const o of orders) {
			const [, leadMean, leadMin] = items[o.item];
			const lead = o.customer === 'The Daisy Café' ? int(2, 6) : Math.min(o.item === 'Wedding Cake' ? 540 : 120, leadMin + Math.round(-leadMean * Math.log(1 - rand())));
			const ordered = eveningStamp(addDays(t, -lead));
			if (ordered > exportStamp) continue;
			let customer = o.customer;
			let source;
			if (!customer) {
				if (o.item !== 'Wedding Cake' && rand() < 0.1) {
					customer = pick(regulars);
					source = 'Repeat';
				} else {
					customer = namer();
					source = weighted([['Facebook', 42], ['Instagram', 26], ['Word of mouth', 22], ['Website', 6]]);
				}
			} else source = o.free ? 'Word of mouth' : 'Repeat';
			if (rand() < 0.03) source = null;
			const y = t.getUTCFullYear();
			const up = y >= 2024;
			let tiers = null;
			let qty = 1;
			let price;
			let flavour = weighted(flavours);
			switch (o.item) {
				case 'Birthday Cake':
				case 'Celebration Cake':
					tiers = weighted([[1, 80], [2, 17], [3, 3]]);
					price = tiers === 1 ? pick([45, 50, 55, 60, 70]) : tiers === 2 ? pick([110, 120, 135, 150]) : pick([190, 220, 240]);
					break;
				case 'Smash Cake':
					tiers = 1;
					price = 35;
					break;
				case 'Christening Cake':
				case 'Baby Shower Cake':
					tiers = weighted([[1, 65], [2, 35]]);
					price = tiers === 1 ? pick([60, 70, 80]) : pick([120, 140, 160]);
					break;
				case 'Wedding Cake':
					tiers = weighted([[2, 25], [3, 55], [4, 20]]);
					price = tiers === 2 ? pick([260, 280, 300]) : tiers === 3 ? pick([380, 420, 450]) : pick([520, 580, 650]);
					break;
				case 'Christmas Cake':
					tiers = 1;
					flavour = 'Fruit';
					price = 35;
					break;
				case 'Cupcakes':
					qty = weighted([[6, 25], [12, 50], [24, 18], [36, 5], [48, 2]]);
					price = qty * 2.5;
					break;
				case 'Brownie Box':
					qty = o.customer === 'The Daisy Café' ? int(3, 6) : weighted([[1, 75], [2, 20], [3, 5]]);
					flavour = weighted([['Chocolate', 50], ['Biscoff', 25], ['Mixed', 25]]);
					price = qty * 16;
					break;
				case 'Cookie Box':
					qty = weighted([[1, 80], [2, 20]]);
					flavour = 'Mixed';
					price = qty * 14;
					break;
				case "Mother's Day Box":
					qty = weighted([[1, 85], [2, 15]]);
					flavour = 'Mixed';
					price = qty * 20;
					break;
			}
			if (up) price = o.item === 'Cupcakes' ? qty * 2.75 : o.item === 'Brownie Box' ? qty * 18 : o.item === 'Cookie Box' ? qty * 15 : o.item === "Mother's Day Box" ? qty * 22 : Math.round((price * 1.08) / 5) * 5;
			const dietary = o.customer ? null : weighted([[null, 89], ['Gluten Free', 4.5], ['Vegan', 3], ['Nut Free', 2.2], ['Dairy Free', 1.3]]);
			if (dietary === 'Gluten Free' || dietary === 'Vegan') price += tiers ? 10 : 5;
			if (o.free) price = 0;
			const fulfil = o.item === 'Wedding Cake' || customer === 'The Daisy Café' ? 'Delivery' : rand() < 0.24 ? 'Delivery' : 'Collection';
			let delivery = null;
			if (fulfil === 'Delivery') delivery = o.item === 'Wedding Cake' ? 40 : customer === 'The Daisy Café' ? 0 : price >= 150 ? 0 : rand() < 0.75 ? (up ? 6 : 5) : up ? 12 : 10;
			let discount = 0;
			if (friends.has(customer)) discount = round2(price * 0.1);
			else if (source === 'Repeat' && customer !== 'The Daisy Café' && rand() < 0.3) discount = 5;
			else if (rand() < 0.02) discount = 5;
			const due = round2(price + (delivery ?? 0) - discount);
			const deposit = o.free ? 0 : o.item === 'Wedding Cake' ? round2(price / 2) : tiers ? 20 : 0;
			let status = t < exportDay ? 'Complete' : 'Booked';
			let paid = status === 'Complete' ? due : o.item === 'Wedding Cake' && daysBetween(exportDay, t) <= 28 ? due : deposit;
			if (rand() < 0.035 && !o.free) {
				status = 'Cancelled';
				paid = deposit;
			}
			rows.push({ ordered, customer, item: o.item, flavour, tiers, qty, due: t, fulfil, price, delivery, discount, deposit, paid, dietary, source, status, owed: due });
		}
	}
	rows.sort((a, b) => a.ordered - b.ordered);
	// a few who collected and have not paid in full: a bank transfer that never came, "I'll pay Friday"
	const late = rows.filter((r) => r.status === 'Complete' && r.price > 0 && r.customer !== 'The Daisy Café');
	for (const i of [37, 212, 488, late.length - 9, late.length - 4, late.length - 2]) late[i].paid = late[i].deposit;
	// a deposit given back after all (a bereavement)
	const kind = rows.find((r) => r.status === 'Cancelled' && r.deposit > 0 && r.due > day(2024, 4, 1));
	if (kind) kind.paid = 0;
	// a slip: a due date keyed a year early
	const slip = rows.find((r) => r.item === 'Birthday Cake' && r.due >= day(2024, 10, 1) && r.status === 'Complete');
	if (slip) slip.due = new Date(Date.UTC(slip.due.getUTCFullYear() - 1, slip.due.getUTCMonth(), slip.due.getUTCDate()));
	writeCsv(
		OUT,
		'cake_orders.csv',
		['Order No', 'Ordered', 'customer_name', 'Item', 'Flavour', 'Tiers', 'Qty', 'Due Date', 'Fulfilment', 'Price (£)', 'Delivery', 'Discount (£)', 'Deposit (£)', 'Total Paid (£)', 'dietary', 'Source', 'Status'],
		rows.map((r, i) => [i + 1041, isoStamp(r.ordered), r.customer, r.item, r.flavour, r.tiers, r.qty, isoDate(r.due), r.fulfil, r.price.toFixed(2), r.delivery === null ? null : r.delivery.toFixed(2), r.discount.toFixed(2), r.deposit.toFixed(2), r.paid.toFixed(2), r.dietary, r.source, r.status])
	);
}

// ------------------------------------------------------------------ karate gradings (2019-2024)
{
	// Kaizen Shotokan Karate Club, Swindon: its grading results, one row per member per grading,
	// from March 2019 to December 2024. Gradings are on the second Sunday of March, June,
	// September and December; none from June 2020 to March 2021 (lockdown). A member grades to the
	// next belt when they have trained long enough at their grade (three months up to 5th kyu,
	// six months for the brown belts, a year for a black belt, two years for 2nd Dan, and 16 years
	// old at least for a black belt). The examiner marks out of 30 and 20 is a pass; a member who
	// fails tries again at a later grading. The club's chief instructor examines the kyu grades
	// (with a second instructor from September 2022); a visiting examiner grades the brown belts,
	// in June and December only, and a senior examiner the Dan grades, in December. Fees by
	// grade, up £5 (£10 for Dan) from 2023; a few juniors on a bursary grade free. Members who
	// cannot come are refunded if they say so beforehand; a few fees of the last grading are not
	// paid yet. The certificate number is given with a pass. Juniors are under 16 on the day; two
	// members may share a name.
	const gradings = [];
	for (let y = 2019; y <= 2024; y++)
		for (const m of [3, 6, 9, 12]) {
			let t = day(y, m, 1);
			while (t.getUTCDay() !== 0) t = addDays(t, 1);
			t = addDays(t, 7);
			if (t > day(2020, 5, 1) && t < day(2021, 5, 1)) continue;
			gradings.push(t);
		}
	const grades = [
		// grade, belt, months at the grade before, fee to 2022
		['Novice', 'White', 0, 0],
		['9th Kyu', 'Orange', 3, 25],
		['8th Kyu', 'Red', 3, 25],
		['7th Kyu', 'Yellow', 3, 25],
		['6th Kyu', 'Green', 3, 30],
		['5th Kyu', 'Purple', 3, 30],
		['4th Kyu', 'Purple & White', 3, 30],
		['3rd Kyu', 'Brown', 6, 35],
		['2nd Kyu', 'Brown & White', 6, 35],
		['1st Kyu', 'Brown & Red', 6, 35],
		['1st Dan', 'Black', 12, 90],
		['2nd Dan', 'Black', 24, 110]
	];
	const kidNames = ['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'Noah', 'Mia', 'Leo', 'Freya', 'Oscar', 'Lily', 'George', 'Grace', 'Charlie', 'Evie', 'Sophie', 'Theo', 'Arthur', 'Ella', 'Ruby', 'Henry', 'Daisy', 'Callum', 'Bethan', 'Rhys', 'Priya', 'Tariq', 'Kwame', 'Fatima', 'Siobhan', 'Zara', 'Aisha', 'Finley', 'Alfie', 'Poppy'];
	const girls = new Set(['Amelia', 'Isla', 'Ava', 'Mia', 'Freya', 'Lily', 'Grace', 'Evie', 'Sophie', 'Ella', 'Ruby', 'Daisy', 'Bethan', 'Priya', 'Fatima', 'Siobhan', 'Zara', 'Aisha', 'Poppy', 'Sarah', 'Helen', 'Claire', 'Karen', 'Susan', 'Julie', 'Rachel', 'Emma', 'Laura', 'Nicola', 'Margaret', 'Janet', 'Pauline', 'Sandra', 'Linda', 'Hilary', 'Rosemary']);
	const adultNames = FIRST_NAMES.filter((n) => !['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'Noah', 'Mia', 'Leo', 'Freya', 'Oscar', 'Lily', 'Ruby', 'Daisy', 'Evie', 'Theo', 'Arthur', 'Ella', 'Margaret', 'Brian', 'Keith', 'Derek', 'Pauline', 'Hilary', 'Rosemary'].includes(n));
	const kidNamer = uniqueNamer(pick, kidNames, SURNAMES);
	const adultNamer = uniqueNamer(pick, adultNames, SURNAMES);
	const members = [];
	const join = (joined, grade, isJunior) => {
		const age = isJunior ? int(5, 14) : weighted([[int(16, 25), 3], [int(26, 40), 4], [int(41, 55), 3], [int(56, 64), 0.5]]);
		const dob = addDays(joined, -Math.round(age * 365.25) - int(0, 364));
		const name = isJunior ? kidNamer() : adultNamer();
		const first = name.split(' ')[0];
		members.push({ name, dob, sex: girls.has(first) ? 'F' : 'M', joined, grade, last: joined, active: true, skill: normal(0, 1), bursary: isJunior && rand() < 0.04, no: null });
	};
	// the club as it was at the start of 2019
	for (let k = 0; k < 104; k++) {
		const joined = addDays(day(2012, 1, 1), int(0, 2500));
		const g = clamp(Math.floor(Math.pow(rand(), 1.6) * 10) + (joined < day(2016, 1, 1) ? 2 : 0), 0, 10);
		join(joined, g, g <= 6 && rand() < 0.62);
		members[members.length - 1].last = addDays(day(2018, 12, 9), -91 * int(0, 3));
	}
	members.sort((a, b) => a.joined - b.joined);
	members.forEach((mb, i) => (mb.no = `KZ-${pad(i + 1, 4)}`));
	// Dan grades stay a year or more
	const monthsSince = (a, b) => (b - a) / (30.44 * 86400000);
	const rows = [];
	const cert = { 2019: 0, 2020: 0, 2021: 0, 2022: 0, 2023: 0, 2024: 0 };
	let prev = day(2019, 1, 1);
	for (const g of gradings) {
		// joiners and leavers since the last grading
		const gap = monthsSince(prev, g);
		const lockdown = gap > 6;
		for (const mb of members) if (mb.active && rand() < (lockdown ? 0.3 : 0.095 * (mb.grade === 0 ? 2.2 : mb.grade >= 7 ? 0.5 : 1))) mb.active = false;
		const nJoin = lockdown ? 10 : poisson(g.getUTCMonth() === 2 || g.getUTCMonth() === 11 ? 15 : 12);
		for (let k = 0; k < nJoin; k++) {
			let joined = addDays(prev, int(7, Math.max(8, daysBetween(prev, g) - 21)));
			if (lockdown) joined = addDays(day(2021, 4, 12), int(0, 45));
			join(joined, 0, rand() < 0.62);
			members[members.length - 1].no = `KZ-${pad(members.length, 4)}`;
		}
		prev = g;
		const y = g.getUTCFullYear();
		const seniorDay = g.getUTCMonth() === 5 || g.getUTCMonth() === 11;
		const graded = [];
		for (const mb of members) {
			if (!mb.active || mb.grade >= 11) continue;
			const next = mb.grade + 1;
			const [sought, belt, minMonths, baseFee] = grades[next];
			const ageYears = monthsSince(mb.dob, g) / 12;
			if (monthsSince(mb.last, g) < minMonths - 0.6) continue;
			if (next >= 10 && ageYears < 16) continue;
			if (next >= 7 && next <= 9 && !seniorDay) continue; // brown belts in June and December
			if (next >= 10 && g.getUTCMonth() !== 11) continue; // Dan gradings in December
			if (rand() > (next >= 10 ? 0.55 : 0.8)) continue;
			const fee = mb.bursary && ageYears < 16 ? 0 : baseFee + (y >= 2023 ? (next >= 10 ? 10 : 5) : 0);
			const absent = rand() < 0.045;
			let score = null;
			let result;
			if (absent) result = 'Absent';
			else {
				const mu = 23.2 + mb.skill * 2 - (next >= 7 ? 0.8 : 0) - (next >= 10 ? 1.2 : 0) + (mb.grade === 0 ? 1 : 0);
				score = clamp(Math.round(normal(mu, 2.6)), 8, 30);
				result = score >= 20 ? 'Pass' : 'Fail';
			}
			let paid = fee;
			let refund = null;
			if (absent && fee > 0 && rand() < 0.55) refund = fee;
			const examiner = next >= 10 ? 'Sensei Harada' : next >= 7 ? "Sensei O'Neill" : g < day(2022, 9, 1) ? 'Sensei Okafor' : weighted([['Sensei Okafor', 75], ['Sensei Bennett', 25]]);
			graded.push({ g, mb, sought, belt, score, result, fee, paid, refund, examiner, junior: ageYears < 16, cert: null });
			if (result === 'Pass') {
				mb.grade = next;
				mb.last = g;
			}
		}
		graded.sort((a, b) => a.mb.no.localeCompare(b.mb.no));
		for (const r of graded) if (r.result === 'Pass') r.cert = `${String(y).slice(2)}-${pad(++cert[y], 4)}`;
		rows.push(...graded);
	}
	// fees not yet paid for the last grading, and one from 2023 never paid
	const lastG = rows.filter((r) => isoDate(r.g) === isoDate(gradings[gradings.length - 1]) && r.fee > 0 && r.result !== 'Absent');
	for (const r of lastG.slice(3, 40).filter(() => rand() < 0.14)) r.paid = 0;
	const unpaid23 = rows.find((r) => r.g.getUTCFullYear() === 2023 && r.result === 'Fail' && r.fee > 0);
	if (unpaid23) unpaid23.paid = 0;
	// a slip: 27 keyed as 270
	const slip = rows.find((r) => r.score === 27 && r.g > day(2022, 1, 1) && r.sought === '6th Kyu');
	if (slip) slip.score = 270;
	writeCsv(
		OUT,
		'karate_gradings.csv',
		['Grading Date', 'Member No', 'Name', 'dob', 'Sex', 'Jnr', 'Grade Sought', 'Belt', 'Examiner', 'Score', 'Result', 'Cert No', 'Fee (£)', 'amountPaid', 'Refund (£)'],
		rows.map((r) => [isoDate(r.g), r.mb.no, r.mb.name, isoDate(r.mb.dob), r.mb.sex, r.junior ? 'Yes' : 'No', r.sought, r.belt, r.examiner, r.score, r.result, r.cert, r.fee.toFixed(2), r.paid.toFixed(2), r.refund === null ? null : r.refund.toFixed(2)])
	);
}
