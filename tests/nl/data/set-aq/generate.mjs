// Deterministic generator for the set AQ evaluation tables (a community café's till export, a
// youth football club's subscriptions, a household's electric car charging log). No dependencies.
// Run from the repo root: node tests/nl/data/set-aq/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, BANK_HOLIDAYS, clamp, day, eachDay, isoDate, isoStamp, pad, randomTools, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20270412);

const between = (t, from, to) => t >= from && t <= to;
const addMinutes = (t, m) => new Date(t.getTime() + m * 60000);

// ------------------------------------------------------------------ community café tills (2023-2024)
{
	// The Old Chapel Community Café, run by volunteers in a chapel hall: its till export for 2023
	// and 2024, one row per item line (a receipt of three items has three rows). Open Wednesdays
	// and Saturdays 10:00-14:00, and Fridays too from March 2024; closed over Christmas and New
	// Year and for two weeks in August while the hall is decorated. Breakfast until 11:30,
	// lunches from 11:45. A concession (pensioners, carers, students) takes 25% off every line of
	// the receipt. Prices went up in January 2024. PLU codes are three digits with leading
	// zeros on the till. A voided line is keyed as a quantity of -1. Mince pies in November and
	// December only; soup in the colder months.
	const menu = [
		// PLU, item, category, price 2023, price 2024
		['001', 'Tea', 'Hot Drinks', 1.2, 1.3],
		['002', 'Filter Coffee', 'Hot Drinks', 1.5, 1.6],
		['003', 'Flat White', 'Hot Drinks', 2.2, 2.4],
		['004', 'Latte', 'Hot Drinks', 2.2, 2.4],
		['005', 'Cappuccino', 'Hot Drinks', 2.2, 2.4],
		['006', 'Hot Chocolate', 'Hot Drinks', 2.0, 2.2],
		['007', 'Herbal Tea', 'Hot Drinks', 1.3, 1.4],
		['010', 'Squash', 'Cold Drinks', 0.5, 0.5],
		['011', 'Can of Pop', 'Cold Drinks', 1.0, 1.1],
		['012', 'Fruit Juice', 'Cold Drinks', 1.2, 1.3],
		['013', 'Bottled Water', 'Cold Drinks', 0.8, 0.9],
		['020', 'Victoria Sponge', 'Cakes & Bakes', 2.0, 2.2],
		['021', 'Scone with Jam & Cream', 'Cakes & Bakes', 2.2, 2.5],
		['022', "Millionaire's Shortbread", 'Cakes & Bakes', 1.8, 2.0],
		['023', 'Carrot Cake', 'Cakes & Bakes', 2.2, 2.4],
		['024', 'Flapjack', 'Cakes & Bakes', 1.5, 1.6],
		['025', 'Lemon Drizzle', 'Cakes & Bakes', 2.0, 2.2],
		['026', 'Mince Pie', 'Cakes & Bakes', 1.0, 1.0],
		['030', 'Bacon Butty', 'Breakfast', 3.0, 3.3],
		['031', 'Toast & Jam', 'Breakfast', 1.5, 1.6],
		['032', 'Porridge', 'Breakfast', 2.0, 2.2],
		['040', 'Soup of the Day', 'Lunches', 3.5, 3.8],
		['041', 'Jacket Potato', 'Lunches', 4.0, 4.5],
		['042', 'Cheese & Ham Toastie', 'Lunches', 3.8, 4.0],
		['043', 'Beans on Toast', 'Lunches', 2.8, 3.0],
		['044', "Ploughman's", 'Lunches', 4.5, 5.0],
		['045', 'Sausage Roll', 'Lunches', 2.0, 2.2],
		['050', "Kids' Lunch Box", 'Kids', 3.0, 3.0],
		['051', 'Babyccino', 'Kids', 0.5, 0.5]
	];
	const byCat = (c) => menu.filter((m) => m[2] === c);
	const volunteers = {
		Wednesday: [["Bridget O'Sullivan", 5], ['Ken Dobson', 4], ['Aisha Rahman', 2]],
		Friday: [['Pat McAllister', 5], ['Aisha Rahman', 3]],
		Saturday: [['Tom Willoughby', 4], ["Jean D'Souza", 4], ['Ken Dobson', 1]]
	};
	const closed = (t) =>
		between(t, day(2023, 8, 9), day(2023, 8, 23)) ||
		between(t, day(2024, 8, 7), day(2024, 8, 21)) ||
		between(t, day(2023, 12, 22), day(2024, 1, 3)) ||
		between(t, day(2022, 12, 22), day(2023, 1, 3)) ||
		between(t, day(2024, 12, 21), day(2024, 12, 31)) ||
		BANK_HOLIDAYS.has(isoDate(t));
	const rows = [];
	let receipt = 30412;
	for (const t of eachDay(day(2023, 1, 1), day(2024, 12, 31))) {
		const dow = t.getUTCDay();
		const y = t.getUTCFullYear();
		const m = t.getUTCMonth() + 1;
		const dayName = dow === 3 ? 'Wednesday' : dow === 5 ? 'Friday' : dow === 6 ? 'Saturday' : null;
		if (!dayName) continue;
		if (dayName === 'Friday' && t < day(2024, 3, 1)) continue;
		if (closed(t)) continue;
		const cold = m <= 3 || m >= 10;
		const summer = m >= 6 && m <= 8;
		const dayF = dayName === 'Saturday' ? 1.45 : dayName === 'Friday' ? 0.8 : 1;
		const monthF = [0.85, 0.85, 0.95, 1, 1, 1, 1.1, 1.15, 1, 0.95, 0.95, 1.25][m - 1];
		const n = poisson(3.5 * dayF * monthF * (y === 2024 ? 1.08 : 1));
		const vols = volunteers[dayName];
		const volAm = weighted(vols);
		const volPm = rand() < 0.7 ? volAm : weighted(vols);
		const stamps = [];
		for (let k = 0; k < n; k++) stamps.push(clamp(Math.round(normal(12 * 60, 65)), 10 * 60, 13 * 60 + 55));
		stamps.sort((a, b) => a - b);
		for (const mins of stamps) {
			const stamp = new Date(addMinutes(t, mins).getTime() + int(0, 59) * 1000);
			const concession = rand() < 0.27;
			const pay = weighted([['Card', y === 2024 ? 64 : 55], ['Cash', y === 2024 ? 30 : 40], ['Voucher', 5]]);
			const eat = rand() < 0.035 ? null : rand() < (summer ? 0.42 : 0.28) ? 'Takeaway' : 'Eat in';
			const lines = [];
			const add = (it, q = 1) => {
				const existing = lines.find((l) => l.it === it);
				if (existing) existing.qty += q;
				else lines.push({ it, qty: q });
			};
			// a drink most of the time
			if (rand() < 0.86) {
				const drink = rand() < (summer ? 0.3 : 0.1)
					? weighted(byCat('Cold Drinks').map((d) => [d, d[1] === 'Squash' ? 3 : 2]))
					: weighted(byCat('Hot Drinks').map((d) => [d, { Tea: 9, 'Filter Coffee': 5, 'Flat White': 6, Latte: 5, Cappuccino: 4, 'Hot Chocolate': cold ? 4 : 1.5, 'Herbal Tea': 2 }[d[1]]]));
				add(drink, weighted([[1, 62], [2, 28], [3, 7], [4, 3]]));
			}
			const r = rand();
			if (mins < 11 * 60 + 30 && r < 0.4) add(weighted(byCat('Breakfast').map((d) => [d, d[1] === 'Bacon Butty' ? 5 : d[1] === 'Porridge' ? (cold ? 3 : 0.5) : 2])), weighted([[1, 80], [2, 20]]));
			else if (mins >= 11 * 60 + 45 && r < 0.55) add(weighted(byCat('Lunches').map((d) => [d, d[1] === 'Soup of the Day' ? (cold ? 7 : 1.5) : d[1] === 'Jacket Potato' ? 4 : d[1] === "Ploughman's" ? (summer ? 3 : 1.5) : 3])), weighted([[1, 78], [2, 22]]));
			if (rand() < 0.42) add(weighted(byCat('Cakes & Bakes').map((d) => [d, d[1] === 'Mince Pie' ? (m >= 11 ? 8 : 0) : d[1] === 'Scone with Jam & Cream' ? (summer ? 6 : 3.5) : 3])), weighted([[1, 75], [2, 20], [3, 5]]));
			if (rand() < 0.1) add(pick(byCat('Kids')));
			if (lines.length === 0) add(menu[0]);
			receipt += 1;
			for (const l of lines) {
				const [plu, item, cat, p23, p24] = l.it;
				const unit = y === 2024 ? p24 : p23;
				rows.push({ receipt, stamp, plu, item, cat, qty: l.qty, unit, total: round2(l.qty * unit * (concession ? 0.75 : 1)), pay, concession, vol: mins < 12 * 60 ? volAm : volPm, eat });
				if (rand() < 0.004) rows.push({ receipt, stamp, plu, item, cat, qty: -1, unit, total: round2(-unit * (concession ? 0.75 : 1)), pay, concession, vol: mins < 12 * 60 ? volAm : volPm, eat });
			}
		}
	}
	writeCsv(
		OUT,
		'community_cafe_tills.csv',
		['Receipt No', 'Date/Time', 'PLU', 'Item', 'category', 'Qty', 'Unit Price (£)', 'Line Total (£)', 'payMethod', 'Concession', 'Volunteer', 'eat_in_takeaway'],
		rows.map((r) => [r.receipt, isoStamp(r.stamp), r.plu, r.item, r.cat, r.qty, r.unit.toFixed(2), r.total.toFixed(2), r.pay, r.concession ? 'Yes' : 'No', r.vol, r.eat])
	);
}

// ------------------------------------------------------------------ football club subs (2023/24-2024/25)
{
	// Ashby Wanderers JFC, a youth football club: its subscription payments for the 2023/24 and
	// 2024/25 seasons, one row per payment due, as exported by the club treasurer on 31 May 2025.
	// A player pays the season's subs at once (Annual, due 1 September) or in three termly
	// instalments (due 1 September, 1 January, 1 April). Subs by age group: U8-U10 £120, U11-U12
	// £150, U13-U16 £180 a season in 2023/24, £10 more in 2024/25; a younger brother or sister
	// gets 10% off (Sibling Discount). Paid Date and Amount Paid are empty while a payment is
	// unpaid; a few paid only part. member_no is the club's five-digit number with leading
	// zeros, 'TBC' for a player on trial who has not been given one yet. Kit Ordered says the
	// player ordered the season's kit (paid for separately, not in these amounts).
	const FIRST_KIDS = ['Oliver', 'Amelia', 'Harry', 'Isla', 'Jack', 'Ava', 'Noah', 'Mia', 'Leo', 'Freya', 'Oscar', 'Lily', 'George', 'Grace', 'Charlie', 'Evie', 'Theo', 'Arthur', 'Alfie', 'Ruby', 'Henry', 'Daisy', 'Finley', 'Poppy', 'Archie', 'Sienna', 'Jacob', 'Maisie', 'Riley', 'Olivia', 'Mason', 'Isabella', 'Ethan', 'Zara', 'Logan', 'Erin', 'Kai', 'Aaliyah', 'Reuben', 'Niamh', 'Tyler', 'Hannah', 'Dylan', 'Molly', 'Ibrahim', 'Layla', 'Zac', 'Phoebe'];
	const SURN = ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'Hughes', "O'Brien", "O'Connor", "D'Arcy", 'Murphy', 'Nowak', 'Mensah', 'Ali', 'Hussain', 'Fletcher', 'Gibson', 'Holmes', "O'Neill", 'Marshall', 'Palmer', 'Quinn', 'Sutton', 'Webb', 'Chapman', 'Barker', 'Lloyd', 'Pearce'];
	const PARENT_FIRST = ['Sarah', 'David', 'Helen', 'Michael', 'Claire', 'Richard', 'Karen', 'Peter', 'Emma', 'Mark', 'Julie', 'Andrew', 'Rachel', 'Paul', 'Gemma', 'Simon', 'Laura', 'Gareth', 'Nicola', 'Tariq', 'Priya', 'Marek', 'Kwame', 'Fatima', 'Rhys', 'Siobhan', 'Lee', 'Donna', 'Stuart', 'Kelly'];
	const girlsFirst = new Set(['Amelia', 'Isla', 'Ava', 'Mia', 'Freya', 'Lily', 'Grace', 'Evie', 'Ruby', 'Daisy', 'Poppy', 'Sienna', 'Maisie', 'Olivia', 'Isabella', 'Zara', 'Erin', 'Aaliyah', 'Niamh', 'Hannah', 'Molly', 'Layla', 'Phoebe']);
	const boysFirst = FIRST_KIDS.filter((f) => !girlsFirst.has(f));
	const girls = [...girlsFirst];
	const used = new Set();
	const usedParents = new Set();
	const families = [];
	const players = [];
	let memberSeq = 412;
	// families with one to three children playing; age in 2023/24 (U8 = under 8 on 31 August)
	for (let f = 0; f < 200; f++) {
		let surname;
		let parent;
		do {
			surname = pick(SURN);
			parent = `${pick(PARENT_FIRST)} ${surname}`;
		} while (usedParents.has(parent));
		usedParents.add(parent);
		const nKids = weighted([[1, 78], [2, 19], [3, 3]]);
		const fam = { parent, kids: [] };
		const ages = [];
		for (let k = 0; k < nKids; k++) ages.push(int(6, 15));
		ages.sort((a, b) => b - a);
		for (const a of ages) {
			const girl = rand() < 0.22;
			let name;
			do name = `${pick(girl ? girls : boysFirst)} ${surname}`;
			while (used.has(name));
			used.add(name);
			// age group in 2023/24: U(a+1), clamped to U8-U16 (a 6-year-old plays in U8)
			const p = { name, girl, ag23: clamp(a + 1, 8, 16), family: fam, member: pad(memberSeq++, 5), eldest: fam.kids.length === 0, joined: rand() < 0.18 ? '2024/25' : '2023/24', left: rand() < 0.12 };
			if (p.joined === '2024/25' && rand() < 0.45) p.ag23 = 7; // a new U8 in 2024/25
			fam.kids.push(p);
			players.push(p);
		}
		families.push(fam);
	}
	const teamOf = (p, ag) => {
		if (p.girl && (ag === 12 || ag === 14 || ag === 13)) return ag === 12 || ag === 13 ? 'U13 Girls' : 'U14 Girls';
		if (ag <= 11 && ag >= 9) return `U${ag} ${p.member.endsWith('1') || p.member.endsWith('3') || p.member.endsWith('5') || p.member.endsWith('7') || p.member.endsWith('9') ? 'Blues' : 'Whites'}`;
		return `U${ag}`;
	};
	const rows = [];
	const exportDay = day(2025, 5, 31);
	for (const season of ['2023/24', '2024/25']) {
		const y0 = season === '2023/24' ? 2023 : 2024;
		for (const p of players) {
			if (season === '2023/24' && p.joined === '2024/25') continue; // joined in 2024/25
			if (season === '2024/25' && p.left) continue;
			const ag = season === '2023/24' ? p.ag23 : p.ag23 + 1;
			if (ag > 16) continue; // aged out
			const base = (ag <= 10 ? 120 : ag <= 12 ? 150 : 180) + (season === '2024/25' ? 10 : 0);
			const sibling = !p.eldest;
			const due = round2(base * (sibling ? 0.9 : 1));
			const plan = rand() < 0.4 ? 'Annual' : 'Termly';
			const kit = rand() < (season === '2024/25' ? 0.62 : 0.35);
			const payer = p.family.parent;
			const method = weighted([['Bank Transfer', 55], ['Card', 22], ['Cash', 16], ['Cheque', 4]]);
			const dues = plan === 'Annual' ? [[day(y0, 9, 1), due]] : [[day(y0, 9, 1), round2(due / 3)], [day(y0 + 1, 1, 1), round2(due / 3)], [day(y0 + 1, 4, 1), round2(due - 2 * round2(due / 3))]];
			const memberNo = p.joined === '2024/25' && rand() < 0.35 ? 'TBC' : p.member;
			const slack = rand() < 0.15 ? 3 : 1; // a few families always late
			for (const [dueDate, amount] of dues) {
				const late = Math.round(Math.abs(normal(0, 12)) * slack) + int(-20, 5);
				let paidDate = addDays(dueDate, late);
				let paid = amount;
				if (paidDate > exportDay) paidDate = null;
				if (paidDate && rand() < (season === '2024/25' && dueDate.getUTCMonth() === 3 ? 0.14 : 0.035)) paidDate = null; // unpaid
				if (paidDate === null) paid = null;
				else if (rand() < 0.025) paid = round2(amount * pick([0.5, 0.6, 0.8]));
				rows.push({ season, p, memberNo, ag, team: teamOf(p, ag), payer, plan, dueDate, amount, paid, paidDate, method: paidDate ? (rand() < 0.9 ? method : weighted([['Bank Transfer', 55], ['Card', 22], ['Cash', 16], ['Cheque', 4]])) : null, sibling, kit });
			}
		}
	}
	rows.sort((a, b) => a.dueDate - b.dueDate || a.p.member.localeCompare(b.p.member));
	writeCsv(
		OUT,
		'football_club_subs.csv',
		['payment_id', 'Season', 'member_no', 'Player Name', 'Age Group', 'Team', 'Parent/Guardian', 'Plan', 'Due Date', 'Amount Due (£)', 'Amount Paid (£)', 'paidDate', 'Pay Method', 'Sibling Discount', 'kitOrdered'],
		rows.map((r, i) => [
			i + 1,
			r.season,
			r.memberNo,
			r.p.name,
			`U${r.ag}`,
			r.team,
			r.payer,
			r.plan,
			isoDate(r.dueDate),
			r.amount.toFixed(2),
			r.paid === null ? null : r.paid.toFixed(2),
			r.paidDate ? isoDate(r.paidDate) : null,
			r.method,
			r.sibling ? 'Yes' : 'No',
			r.kit ? 'Yes' : 'No'
		])
	);
}

// ------------------------------------------------------------------ EV home charging (2023-2024)
{
	// A household in Leicester with two electric cars, an MG4 (64 kWh battery, the longer
	// commute) and a Nissan Leaf (40 kWh, school runs and town): one row per charging session
	// from 1 January 2023 to 31 December 2024. At home on Octopus Intelligent Go: off-peak 7.5p
	// per kWh in 2023 and 7p in 2024 from 23:30 to 05:30, peak 30p (2023) and 24.5p (2024) when a
	// car is topped up in the day. The MG4 also charges free at work (tariff empty) and both use
	// public rapid chargers on long trips (tariff empty, 69p-79p a kWh). Cost is in pence. Cars use
	// more per mile in winter. A session logged by hand now and then lacks the unplug time or the
	// miles since the last charge; a charger fault gives 0 kWh.
	const cars = {
		MG4: { battery: 64, every: 1.9, daily: 13, milesPerKwh: { summer: 4.0, winter: 3.1 } },
		'Nissan Leaf': { battery: 40, every: 1.6, daily: 19, milesPerKwh: { summer: 4.2, winter: 3.3 } }
	};
	const publicSites = ['Tesla Supercharger Leicester Forest East', 'Ionity Rugby Services', 'Gridserve Electric Forecourt Braintree', 'InstaVolt Costa Loughborough', 'Osprey Markfield'];
	const rows = [];
	const notesPool = [['granny cable', 3], ['Octopus extra slot', 6], ['topped up before trip', 5], ['ICEd bay, waited', 2], ['app said 100% but car said 98', 2]];
	for (const [car, c] of Object.entries(cars)) {
		let t = addDays(day(2023, 1, 1), int(0, 1));
		let lastPct = 60;
		let gap = 2;
		while (t <= day(2024, 12, 31)) {
			const m = t.getUTCMonth() + 1;
			const y = t.getUTCFullYear();
			const dow = t.getUTCDay();
			const winter = m <= 3 || m >= 11;
			const mpk = winter ? c.milesPerKwh.winter : c.milesPerKwh.summer;
			const summerHol = between(t, day(y, 7, 22), day(y, 8, 31));
			const trip = rand() < (summerHol ? 0.22 : 0.05);
			let location;
			if (trip) location = 'Public';
			else if (car === 'MG4' && dow >= 2 && dow <= 4 && rand() < 0.3) location = 'Work';
			else location = 'Home';
			const startPct = clamp(Math.round(location === 'Public' ? normal(18, 7) : normal(lastPct - gap * c.daily * (winter ? 1.2 : 1), 8)), 4, 85);
			let endPct;
			let plugIn;
			let unplug;
			let tariff = null;
			let note = rand() < 0.06 ? weighted(notesPool) : null;
			if (location === 'Home') {
				const peak = rand() < (winter ? 0.09 : 0.06) || note === 'topped up before trip';
				tariff = peak ? 'Peak' : 'Off-peak';
				endPct = peak ? clamp(startPct + int(15, 40), startPct + 5, 100) : weighted([[80, 60], [90, 20], [100, 20]]);
				if (endPct <= startPct) endPct = clamp(startPct + int(5, 15), 0, 100);
				const startMin = peak ? int(9 * 60, 18 * 60) : int(17 * 60 + 30, 23 * 60 + 20);
				plugIn = addMinutes(t, startMin);
				const kwhNeeded = ((endPct - startPct) / 100) * c.battery / 0.9;
				const hours = Math.max(kwhNeeded / 7, 0.5);
				const startCharge = peak ? plugIn : addMinutes(t, 23 * 60 + 30);
				unplug = addMinutes(startCharge, Math.round(hours * 60) + (peak ? int(5, 60) : int(30, 420)));
				if (!peak && unplug < addMinutes(t, 24 * 60 + 7 * 60)) unplug = addMinutes(t, 24 * 60 + 6 * 60 + int(30, 150));
			} else if (location === 'Work') {
				endPct = clamp(startPct + int(20, 45), 0, 100);
				plugIn = addMinutes(t, int(8 * 60, 9 * 60 + 30));
				unplug = addMinutes(plugIn, int(4 * 60, 8 * 60 + 30));
				if (note !== 'ICEd bay, waited') note = rand() < 0.02 ? 'free at work' : note === 'granny cable' ? null : note;
			} else {
				endPct = clamp(Math.round(normal(80, 5)), startPct + 20, 100);
				plugIn = addMinutes(t, int(8 * 60, 19 * 60));
				const kwhNeeded = ((endPct - startPct) / 100) * c.battery / 0.92;
				unplug = addMinutes(plugIn, Math.round((kwhNeeded / (car === 'MG4' ? 85 : 42)) * 60) + int(3, 15));
				if (note === 'granny cable' || note === 'Octopus extra slot') note = null;
			}
			if (note === 'Octopus extra slot' && location !== 'Home') note = null;
			let kwh = round2((((endPct - startPct) / 100) * c.battery) / (location === 'Public' ? 0.92 : 0.9) * clamp(normal(1, 0.03), 0.92, 1.08));
			if (rand() < 0.008) {
				kwh = 0;
				endPct = startPct;
				note = 'charger fault';
			}
			const rate = location === 'Home' ? (tariff === 'Peak' ? (y === 2023 ? 30 : 24.5) : y === 2023 ? 7.5 : 7) : location === 'Work' ? 0 : pick([69, 74, 79]);
			const cost = Math.round(kwh * rate);
			const gapDays = Math.max(1, Math.round(c.every * clamp(normal(1, 0.35), 0.4, 2)));
			const miles = Math.round(((lastPct - startPct) / 100) * c.battery * mpk * clamp(normal(1, 0.05), 0.85, 1.15));
			rows.push({ car, plugIn, unplug: rand() < 0.02 ? null : unplug, location, site: location === 'Public' ? pick(publicSites) : null, kwh, startPct, endPct, tariff, cost, miles: rand() < 0.04 || miles < 0 ? null : miles, note });
			lastPct = endPct;
			gap = trip ? 1 : gapDays;
			t = addDays(t, gap);
		}
	}
	rows.sort((a, b) => a.plugIn - b.plugIn);
	writeCsv(
		OUT,
		'ev_home_charging.csv',
		['Session', 'Plugged In', 'Unplugged', 'car', 'Location', 'Public Site', 'kWh Added', 'Start %', 'End %', 'tariff', 'cost_p', 'milesSinceLast', 'Notes'],
		rows.map((r, i) => [i + 1, isoStamp(r.plugIn), r.unplug ? isoStamp(r.unplug) : null, r.car, r.location, r.site, r.kwh.toFixed(2), r.startPct, r.endPct, r.tariff, r.cost, r.miles, r.note])
	);
}
