// Deterministic generator for the set Q evaluation tables (one household's grocery receipt line
// items, a small consultancy's timesheet entries, an online homeware shop's product reviews).
// No dependencies.
// Run from the repo root: node tests/nl/data/set-q/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20251003);
const DAY_MS = 86400000;
const HOUR_MS = 3600000;


/** A shelf price: rounded to the nearest 5p, then a penny off (1.49, 2.24), never below 10p. */
const shelfPrice = (x) => Math.max(0.1, round2(Math.round(x * 20) / 20 - (x >= 1 ? 0.01 : 0)));

// ------------------------------------------------------------------ grocery receipts (2023-2024)
{
	// A household of two (Sam and Alex) in Leeds: a big weekly shop, mostly on Saturday, and a few
	// top-ups in the week. One row per receipt line.
	// [item, aisle, base price £ (a mid-priced shop, Jan 2023), weight in a big shop, weight in a
	// top-up, max qty]
	const items = [
		['Bananas', 'Fruit & Veg', 0.95, 9, 3, 2],
		['Apples 6pk', 'Fruit & Veg', 1.6, 6, 1, 2],
		['Carrots 1kg', 'Fruit & Veg', 0.55, 5, 0.5, 2],
		['Potatoes 2kg', 'Fruit & Veg', 1.35, 5, 0.3, 1],
		['Broccoli', 'Fruit & Veg', 0.6, 5, 0.5, 2],
		['Onions 1kg', 'Fruit & Veg', 0.85, 4, 0.3, 1],
		['Cherry Tomatoes', 'Fruit & Veg', 1.1, 5, 1, 2],
		['Avocados 2pk', 'Fruit & Veg', 1.5, 3, 1, 2],
		['Strawberries 400g', 'Fruit & Veg', 2.25, 2, 1, 2],
		['Salad Bag', 'Fruit & Veg', 0.9, 4, 1.5, 2],
		['Semi-Skimmed Milk 4 Pints', 'Dairy & Eggs', 1.45, 8, 6, 2],
		['Free Range Eggs 12pk', 'Dairy & Eggs', 2.7, 5, 1, 1],
		['Mature Cheddar 400g', 'Dairy & Eggs', 3.2, 4, 0.8, 2],
		['Greek Yogurt 500g', 'Dairy & Eggs', 1.5, 5, 1, 3],
		['Butter 250g', 'Dairy & Eggs', 1.99, 3, 0.8, 2],
		['Oat Milk 1L', 'Dairy & Eggs', 1.6, 3, 2, 3],
		['Sourdough Loaf', 'Bakery', 2.2, 3, 2, 1],
		['Wholemeal Bread', 'Bakery', 1.15, 5, 4, 2],
		['Croissants 4pk', 'Bakery', 1.6, 2, 1.5, 2],
		['Bagels 5pk', 'Bakery', 1.3, 2, 0.5, 2],
		['Chicken Breast 1kg', 'Meat & Fish', 6.5, 4, 0.8, 2],
		['Beef Mince 500g', 'Meat & Fish', 3.4, 4, 0.8, 2],
		['Salmon Fillets 2pk', 'Meat & Fish', 4.25, 3, 0.5, 2],
		['Pork Sausages 8pk', 'Meat & Fish', 2.5, 3, 0.5, 2],
		['Smoked Bacon', 'Meat & Fish', 2.1, 2, 0.5, 1],
		['Frozen Peas 1kg', 'Frozen', 1.3, 2, 0.2, 1],
		['Fish Fingers 10pk', 'Frozen', 2.1, 2, 0.2, 1],
		['Vanilla Ice Cream 1L', 'Frozen', 2.5, 1.5, 0.8, 2],
		['Margherita Pizza', 'Frozen', 2.75, 2, 1, 2],
		['Fusilli Pasta 500g', 'Cupboard', 0.75, 4, 0.5, 3],
		['Basmati Rice 1kg', 'Cupboard', 1.9, 2, 0.3, 1],
		['Chopped Tomatoes 400g', 'Cupboard', 0.45, 4, 0.5, 4],
		['Baked Beans 4pk', 'Cupboard', 2.2, 2, 0.3, 1],
		['Porridge Oats 1kg', 'Cupboard', 1.1, 2, 0.3, 1],
		['Olive Oil 500ml', 'Cupboard', 4.2, 1, 0.1, 1],
		['Coffee Beans 500g', 'Cupboard', 5.5, 2, 0.5, 1],
		['Tea Bags 80', 'Cupboard', 2.4, 2, 0.5, 1],
		['Peanut Butter', 'Cupboard', 1.9, 1.5, 0.2, 1],
		['Crisps Multipack', 'Snacks', 1.85, 3, 1.5, 2],
		['Dark Chocolate', 'Snacks', 1.25, 3, 2.5, 3],
		['Digestive Biscuits', 'Snacks', 1.1, 2, 1, 2],
		['Orange Juice 1L', 'Drinks', 1.4, 3, 1, 2],
		['Sparkling Water 4pk', 'Drinks', 1.1, 2, 0.5, 2],
		['Cola 2L', 'Drinks', 2.0, 1.5, 1, 2],
		['Red Wine', 'Alcohol', 7.5, 1.5, 1.2, 2],
		['Lager 4pk', 'Alcohol', 5.25, 1.2, 1.2, 2],
		['Prosecco', 'Alcohol', 8.0, 0.5, 0.8, 2],
		['Washing Up Liquid', 'Household', 1.3, 1, 0.1, 1],
		['Toilet Roll 9pk', 'Household', 4.5, 1.2, 0.4, 1],
		['Laundry Detergent', 'Household', 6.5, 0.8, 0.1, 1],
		['Bin Bags', 'Household', 2.0, 0.8, 0.1, 1],
		['Toothpaste', 'Toiletries', 1.6, 0.8, 0.3, 2],
		['Shampoo', 'Toiletries', 3.2, 0.6, 0.1, 1],
		['Shower Gel', 'Toiletries', 1.75, 0.8, 0.1, 2]
	];
	// [shop, price factor, chance an item is on offer]
	const shops = {
		Asda: [0.92, 0.2],
		Lidl: [0.84, 0.12],
		Morrisons: [1.0, 0.22],
		Waitrose: [1.36, 0.15],
		'M&S Food': [1.3, 0.18],
		Spar: [1.2, 0.08]
	};
	/** Food prices still rose through 2023 (about +9%), then levelled off in 2024. */
	const inflation = (t) => {
		const yrs = (t - day(2023, 1, 1)) / (365.25 * DAY_MS);
		return yrs < 1 ? 1 + 0.09 * yrs : 1.09 + 0.015 * (yrs - 1);
	};
	const lines = [];
	let receiptNo = 0;
	function shopTrip(t, shop, nItems, isBig) {
		const [factor, offerP] = shops[shop];
		const shopper = weighted([
			['Sam', isBig ? 5 : 4],
			['Alex', isBig ? 4 : 5],
			[null, 0.6]
		]);
		const payment = weighted([
			['Contactless', isBig ? 1 : 6],
			['Card', isBig ? 6 : 1.5],
			['Apple Pay', t >= day(2023, 3, 1) ? 3 : 0.5],
			['Cash', shop === 'Spar' ? 2 : 0.4],
			[null, 0.7]
		]);
		const receipt = `RC-${pad(++receiptNo, 5)}`;
		const xmas = t.getUTCMonth() === 11 && t.getUTCDate() >= 15 && t.getUTCDate() <= 24;
		const summer = t.getUTCMonth() >= 5 && t.getUTCMonth() <= 7;
		const chosen = new Set();
		for (let k = 0; k < nItems && chosen.size < items.length; k++) {
			const it = weighted(
				items
					.filter((x) => !chosen.has(x))
					.map((x) => {
						let w = isBig ? x[3] : x[4];
						if (xmas && (x[1] === 'Alcohol' || x[1] === 'Snacks')) w *= 2.5;
						if (summer && (x[0].startsWith('Strawberries') || x[0].startsWith('Vanilla'))) w *= 3;
						if (summer && (x[0] === 'Lager 4pk' || x[0] === 'Salad Bag')) w *= 1.8;
						// moved to oat milk in 2024
						if (x[0] === 'Oat Milk 1L') w *= t >= day(2024, 1, 1) ? 2.5 : 0.6;
						if (x[0] === 'Semi-Skimmed Milk 4 Pints' && t >= day(2024, 1, 1)) w *= 0.5;
						return [x, w];
					})
			);
			chosen.add(it);
			const offer = rand() < offerP * (shop === 'Asda' && it[1] === 'Alcohol' ? 1.8 : 1);
			let unit = shelfPrice(it[2] * factor * inflation(t) * Math.exp(normal(0, 0.03)));
			if (offer) unit = shelfPrice(unit * pick([0.67, 0.75, 0.75, 0.8, 0.5]));
			const qty = offer && rand() < 0.5 ? Math.min(it[5] + 1, 2 + int(0, 1)) : int(1, it[5]);
			lines.push({
				receipt,
				shop,
				date: t,
				item: it[0],
				// the receipt app did not recognise some lines and left them without an aisle
				aisle: rand() < 0.035 ? null : it[1],
				qty,
				unit,
				total: round2(qty * unit),
				offer,
				payment,
				shopper
			});
		}
	}
	const start = day(2023, 1, 1);
	const end = day(2024, 12, 31);
	for (let t = day(2022, 12, 31); t <= end; t = addDays(t, 7)) {
		// the week starting on t, a Saturday
		const y = t.getUTCFullYear();
		const m = t.getUTCMonth() + 1;
		const away = (m === 8 && t.getUTCDate() >= 6 && t.getUTCDate() <= 14) || rand() < 0.03;
		if (!away) {
			// the big shop: Asda until summer 2023, then mostly Lidl; Waitrose now and then
			const isLidlEra = t >= day(2023, 7, 1);
			const shop = weighted([
				['Asda', isLidlEra ? 1.2 : 7],
				['Lidl', isLidlEra ? 7 : 1],
				['Morrisons', 1],
				['Waitrose', y === 2024 ? 0.4 : 0.8]
			]);
			const bigDay = addDays(t, weighted([[0, 7], [1, 2.5], [6, 1]]));
			if (bigDay >= start && bigDay <= end)
				shopTrip(bigDay, shop, clamp(4 + poisson(10), 5, 26), true);
		}
		const topUps = poisson(away ? 0.1 : 1.05);
		for (let k = 0; k < topUps; k++) {
			const d = addDays(t, int(1, 6));
			if (d < start || d > end) continue;
			const shop = weighted([
				['Spar', 4],
				['M&S Food', 3],
				['Lidl', t >= day(2023, 7, 1) ? 1.5 : 0.5],
				['Waitrose', 1]
			]);
			shopTrip(d, shop, 1 + poisson(1.7), false);
		}
	}
	lines.sort((a, b) => a.date - b.date || a.receipt.localeCompare(b.receipt));
	writeCsv(
		OUT,
		'grocery_receipts.csv',
		['line_id', 'Receipt No', 'Shop', 'purchase_date', 'Item', 'Aisle', 'qty', 'pri', 'Line Total (£)', 'On Offer', 'paymentMethod', 'shopper'],
		lines.map((l, i) => [
			`GL-${pad(i + 1, 5)}`,
			l.receipt,
			l.shop,
			isoDate(l.date),
			l.item,
			l.aisle,
			l.qty,
			l.unit.toFixed(2),
			l.total.toFixed(2),
			l.offer ? 'Yes' : 'No',
			l.payment,
			l.shopper
		])
	);
}

// ------------------------------------------------------------------ timesheets (2023-2024)
{
	// A five-person data consultancy in Manchester. One row per person, day and piece of work.
	// [employee, hourly rate 2023, hourly rate 2024, starts, leaves]
	const staff = [
		['Hannah Price', 165, 175, day(2023, 1, 1), null],
		['Oliver Grant', 125, 130, day(2023, 1, 1), null],
		['Maya Patel', 95, 105, day(2023, 1, 1), null],
		['Ben Okafor', 95, 100, day(2023, 1, 1), day(2024, 5, 31)],
		['Chloe Evans', 65, 70, day(2023, 10, 2), null]
	];
	// [project, client (null: internal), from, to, weight, is billable]
	const projects = [
		['Supply Chain Review', 'Harbour Foods', day(2023, 1, 9), day(2023, 8, 25), 5, true],
		['Warehouse Dashboard', 'Harbour Foods', day(2024, 2, 5), day(2024, 10, 31), 5, true],
		['Housing Data Audit', 'Northgate Council', day(2023, 3, 1), day(2023, 12, 15), 4, true],
		['Digital Strategy', 'Northgate Council', day(2024, 1, 8), day(2024, 12, 20), 3.5, true],
		['Pricing Model', 'Bramble Energy', day(2023, 1, 3), day(2024, 6, 28), 4, true],
		['CRM Migration', 'Kingfisher Travel', day(2023, 6, 5), day(2024, 3, 29), 5, true],
		['Fundraising Analytics', "St Anne's Hospice", day(2024, 4, 2), day(2024, 12, 20), 2, false],
		['Internal', null, day(2023, 1, 1), day(2024, 12, 31), 1.6, false],
		['Business Development', null, day(2023, 1, 1), day(2024, 12, 31), 1.2, false],
		['Training', null, day(2023, 1, 1), day(2024, 12, 31), 0.7, false]
	];
	const clientTasks = [
		['Analysis', 6],
		['Meetings', 4],
		['Development', 4],
		['Report Writing', 3],
		['Workshop', 1.5],
		['Travel', 1.2]
	];
	const notes = {
		Meetings: ['weekly check-in', 'steering group', 'kick-off meeting', 'client call'],
		Travel: ['train to Leeds', 'site visit', 'train delayed'],
		Workshop: ['requirements workshop', 'training session for client staff'],
		'Report Writing': ['draft report', 'final report', 'exec summary'],
		Analysis: ['data cleaning', 'model review', 'QA of figures'],
		Development: ['dashboard build', 'pipeline fixes', 'data migration scripts'],
		Admin: ['expenses', 'timesheets', 'IT setup'],
		Proposal: ['tender response', 'pitch deck'],
		Training: ['SQL course', 'Power BI certification', 'conference']
	};
	const bankHolidays = new Set([
		'2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29',
		'2023-08-28', '2023-12-25', '2023-12-26', '2024-01-01', '2024-03-29', '2024-04-01',
		'2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'
	]);
	const exportAt = new Date(day(2024, 12, 31).getTime() + 17 * HOUR_MS);
	const entries = [];
	const start = day(2023, 1, 2);
	const end = day(2024, 12, 31);
	for (let t = start; t <= end; t = addDays(t, 1)) {
		const dow = t.getUTCDay();
		if (dow === 0 || dow === 6 || bankHolidays.has(isoDate(t))) continue;
		const y = t.getUTCFullYear();
		const m = t.getUTCMonth() + 1;
		const holidayP = m === 8 || (m === 12 && t.getUTCDate() > 20) ? 0.3 : 0.08;
		for (const [name, r23, r24, from, to] of staff) {
			if (t < from || (to && t > to)) continue;
			if (rand() < holidayP) continue;
			// most days are logged as one entry, some split in two or three
			const parts = weighted([[1, 9], [2, 2], [3, 0.25]]);
			const dayHours = clamp(normal(name === 'Hannah Price' ? 7.6 : 7.2, 0.7), 4, 10);
			const shares = Array.from({ length: parts }, () => 0.5 + rand());
			const shareSum = shares.reduce((x, v) => x + v, 0);
			const live = projects.filter((p) => t >= p[2] && t <= p[3]);
			for (let k = 0; k < parts; k++) {
				const p = weighted(
					live.map((x) => {
						let w = x[4];
						if (name === 'Hannah Price' && x[0] === 'Business Development') w *= 4;
						if (name === 'Chloe Evans' && x[0] === 'Training') w *= 3;
						if (name === 'Chloe Evans' && x[1] === 'Bramble Energy') w *= 0.2;
						if (name === 'Ben Okafor' && x[0] === 'CRM Migration') w *= 2.5;
						if (name === 'Maya Patel' && x[1] === 'Northgate Council') w *= 2;
						return [x, w];
					})
				);
				const [project, client, , , , billableProject] = p;
				let task;
				if (project === 'Internal') task = weighted([['Admin', 5], ['Meetings', 2]]);
				else if (project === 'Business Development') task = weighted([['Proposal', 4], ['Meetings', 2], ['Travel', 0.6]]);
				else if (project === 'Training') task = 'Training';
				else task = weighted(clientTasks.map(([tk, w]) => [tk, tk === 'Development' && name === 'Hannah Price' ? 0.3 : w]));
				let hours = clamp(Math.round(((dayHours * shares[k]) / shareSum) * 4) / 4, 0.5, 10);
				if (task === 'Travel') hours = clamp(Math.round(normal(2, 0.8) * 4) / 4, 0.5, 4.5);
				// travel to clients is billed only to Harbour Foods (in the contract)
				const billable = billableProject && (task !== 'Travel' || client === 'Harbour Foods');
				// logged at the end of the day, or some days later (from 9am)
				const late = weighted([[0, 6], [1, 2], [2, 1], [4, 0.8], [7, 0.4]]);
				const submitted = new Date(
					addDays(t, late).getTime() +
						int(late === 0 ? 16 * 60 : 9 * 60, 19 * 60) * 60000 +
						int(0, 59) * 1000
				);
				const recent = submitted > exportAt || t >= day(2024, 12, 16);
				entries.push({
					date: t,
					name,
					project,
					client,
					hours,
					billable,
					rate: billable ? (y === 2023 ? r23 : r24) : null,
					task,
					// the last fortnight is not approved yet; a few entries were sent back
					approved: recent ? false : rand() > 0.012,
					note: rand() < 0.22 && notes[task] ? pick(notes[task]) : null,
					submitted: submitted > exportAt ? exportAt : submitted
				});
			}
		}
	}
	entries.sort((a, b) => a.submitted - b.submitted);
	writeCsv(
		OUT,
		'timesheets.csv',
		['entry_id', 'Employee', 'project', 'Client', 'work_date', 'Hours', 'Billable', 'Rate (£/hr)', 'taskType', 'Approved', 'Notes', 'Submitted At'],
		entries.map((e, i) => [
			50001 + i,
			e.name,
			e.project,
			e.client,
			isoDate(e.date),
			e.hours,
			e.billable ? 'Yes' : 'No',
			e.rate,
			e.task,
			e.approved ? 'Yes' : 'No',
			e.note,
			isoStamp(e.submitted)
		])
	);
}

// ------------------------------------------------------------------ product reviews (2022-2024)
{
	// An Irish online homeware shop that ships to the UK and the EU. One row per review.
	// [product, brand, category, list price €, mean stars, popularity, on sale from]
	const products = [
		["Nordic Chef's Knife 20cm", 'Kestrel', 'Kitchen', 49, 4.6, 5, day(2022, 1, 1)],
		['Cast Iron Skillet 26cm', 'Ironvale', 'Kitchen', 39, 4.4, 6, day(2022, 1, 1)],
		['Bamboo Cutting Board Set', 'Greenleaf', 'Kitchen', 24, 4.2, 5, day(2022, 1, 1)],
		['Electric Milk Frother', 'Brewlux', 'Kitchen', 29, 3.3, 6, day(2022, 1, 1)],
		['Pour-Over Coffee Kettle', 'Brewlux', 'Kitchen', 45, 4.3, 3, day(2022, 1, 1)],
		['Linen Duvet Cover Double', 'Dunmore', 'Home', 89, 4.4, 4, day(2022, 1, 1)],
		['Blackout Curtains 2-Pack', 'Dunmore', 'Home', 55, 4.0, 4, day(2022, 1, 1)],
		['Memory Foam Pillow', 'Slumberwell', 'Home', 35, 3.6, 7, day(2022, 1, 1)],
		['Scented Soy Candle', 'Greenleaf', 'Home', 16, 4.3, 5, day(2022, 1, 1)],
		['Wireless Earbuds Pro', 'Voltix', 'Electronics', 79, 3.5, 8, day(2022, 1, 1)],
		['Smart LED Bulb 4-Pack', 'Voltix', 'Electronics', 34, 3.9, 5, day(2022, 1, 1)],
		['Portable Power Bank 20000mAh', 'Chargo', 'Electronics', 32, 4.1, 6, day(2022, 1, 1)],
		['Bluetooth Speaker Mini', 'Chargo', 'Electronics', 42, 4.2, 6, day(2023, 4, 1)],
		['Solar Garden Lights 10-Pack', 'Greenleaf', 'Garden', 27, 3.2, 5, day(2022, 1, 1)],
		['Expandable Garden Hose 30m', 'Ironvale', 'Garden', 36, 2.8, 4, day(2022, 1, 1)],
		['Bird Feeder Station', 'Wildnest', 'Garden', 44, 4.5, 3, day(2022, 1, 1)],
		['Insulated Water Bottle 750ml', 'Trailmark', 'Outdoors', 22, 4.5, 6, day(2022, 1, 1)],
		['Camping Hammock', 'Trailmark', 'Outdoors', 39, 4.3, 3, day(2023, 3, 1)]
	];
	const titles = {
		5: ['Love it!', 'Excellent', 'Perfect', 'Best purchase this year', 'Highly recommend', 'Five stars', 'Great value'],
		4: ['Very good', 'Happy with it', 'Good value', 'Does what it says', 'Nice quality'],
		3: ['OK', 'Does the job', 'Average', 'Fine for the price', 'Not bad'],
		2: ['Disappointed', 'Not great', 'Cheap feel', 'Expected better'],
		1: ['Broke after two weeks', 'Waste of money', 'Returned it', 'Stopped working', 'Awful']
	};
	const countries = [
		['Ireland', 34],
		['United Kingdom', 26],
		['Germany', 14],
		['France', 10],
		['Netherlands', 7],
		['Spain', 5],
		[null, 3]
	];
	/** Stars around a product's mean: most reviews are 5s, with a tail of angry 1s. */
	function stars(mean) {
		const p5 = clamp((mean - 2.6) / 2.2, 0.05, 0.85);
		const p1 = clamp((4.6 - mean) / 7, 0.02, 0.35);
		const rest = 1 - p5 - p1;
		return weighted([
			[5, p5],
			[4, rest * 0.5],
			[3, rest * 0.28],
			[2, rest * 0.22],
			[1, p1]
		]);
	}
	const reviews = [];
	const start = day(2022, 1, 1);
	const end = day(2024, 12, 31);
	for (let t = start; t <= end; t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const yrs = (t - start) / (365.25 * DAY_MS);
		// reviews follow orders: Christmas (read in January), Black Friday, and growth
		const season = m === 1 ? 1.5 : m === 12 ? 1.3 : m === 11 ? 1.2 : m >= 4 && m <= 7 ? 1.05 : 0.85;
		for (const [product, brand, cat, price, mean, pop, from] of products) {
			if (t < from) continue;
			let rate = (pop / 100) * 0.95 * season * (1 + 0.35 * yrs);
			if (cat === 'Garden') rate *= m >= 4 && m <= 8 ? 2.2 : m >= 11 || m <= 2 ? 0.25 : 0.8;
			if (cat === 'Outdoors') rate *= m >= 5 && m <= 8 ? 1.8 : 0.7;
			const n = poisson(rate);
			for (let k = 0; k < n; k++) {
				// the earbuds got a new version in March 2024 and better reviews
				const m2 = product === 'Wireless Earbuds Pro' && t >= day(2024, 3, 1) ? mean + 0.7 : mean;
				const s = stars(m2);
				const verified = rand() < (s === 1 ? 0.78 : 0.88);
				const sale = (m === 11 && t.getUTCDate() >= 20) || m === 12 || (m === 1 && t.getUTCDate() <= 20);
				const yearUp = t >= day(2023, 3, 1) ? 1.08 : 1;
				const discount = sale && rand() < 0.6 ? pick([0.8, 0.75, 0.7]) : rand() < 0.08 ? 0.9 : 1;
				const paid = verified ? round2(Math.round(price * yearUp * discount) - 0.01) : null;
				const helpful = Math.round(
					clamp(Math.exp(normal(s <= 2 ? 1.2 : s === 3 ? 0.4 : 0.2, 1.1)) - 1, 0, 240)
				);
				const recommend =
					rand() < 0.11 ? null : s >= 4 ? rand() < 0.96 : s === 3 ? rand() < 0.45 : rand() < 0.04;
				reviews.push({
					date: t,
					product,
					brand,
					cat,
					stars: s,
					verified,
					helpful,
					country: weighted(countries),
					paid,
					title: rand() < 0.12 ? null : pick(titles[s]),
					recommend
				});
			}
		}
	}
	reviews.sort((a, b) => a.date - b.date);
	writeCsv(
		OUT,
		'product_reviews.csv',
		['review_id', 'Product', 'brand', 'Category', 'stars', 'Verified Purchase', 'helpfulVotes', 'review_date', 'Country', 'Price Paid (€)', 'Title', 'Would Recommend'],
		reviews.map((r, i) => [
			`RV-${10001 + i}`,
			r.product,
			r.brand,
			r.cat,
			r.stars,
			r.verified ? 'Yes' : 'No',
			r.helpful,
			isoDate(r.date),
			r.country,
			r.paid === null ? null : r.paid.toFixed(2),
			r.title,
			r.recommend === null ? null : r.recommend ? 'Yes' : 'No'
		])
	);
}
