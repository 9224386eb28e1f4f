// Deterministic generator for the set P evaluation tables (one person's bank transactions over
// three accounts, a small pottery studio's website analytics export, a Highland car rental
// company's rentals). No dependencies.
// Run from the repo root: node tests/nl/data/set-p/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round1, round2, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20250729);
const DAY_MS = 86400000;
const HOUR_MS = 3600000;


// ------------------------------------------------------------------ bank transactions (2022-2024)
{
	const CUR = 'Current Account';
	const CC = 'Credit Card';
	const SAV = 'Savings';
	// every transaction: { date, seq, account, desc, merchant, category, out, in, type, recurring, notes }
	const txns = [];
	let seq = 0;
	function add(date, account, desc, merchant, category, amount, type, recurring, notes = null) {
		const out = amount < 0 ? round2(-amount) : null;
		const inn = amount > 0 ? round2(amount) : null;
		txns.push({ date, seq: seq++, account, desc, merchant, category, out, inn, type, recurring, notes });
	}
	/** The last weekday on or before the date (salary and direct debits move off weekends). */
	const weekdayOnOrBefore = (d) => {
		while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d = addDays(d, -1);
		return d;
	};
	const weekdayOnOrAfter = (d) => {
		while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d = addDays(d, 1);
		return d;
	};
	const card = (merchant, raw) => `CARD PAYMENT TO ${raw ?? merchant.toUpperCase()}`;
	const shopNo = () => ` ${int(1000, 4999)}`;

	// [merchant, raw text, category, weight per month, amount: () => £, share on the credit card]
	const everyday = [
		['Tesco', 'TESCO STORES', 'Groceries', 4.2, () => clamp(normal(58, 18), 12, 140), 0.05],
		["Sainsbury's", 'SAINSBURYS S/MKTS', 'Groceries', 2.2, () => clamp(normal(52, 16), 9, 120), 0.05],
		['Aldi', 'ALDI', 'Groceries', 1.8, () => clamp(normal(41, 12), 8, 95), 0],
		['Co-op', 'CO-OP GROUP', 'Groceries', 4.5, () => clamp(normal(11, 5), 2.5, 35), 0],
		['Costa Coffee', 'COSTA COFFEE', 'Eating Out', 4, () => clamp(normal(4.1, 1.1), 2.2, 9.5), 0],
		['Pret A Manger', 'PRET A MANGER', 'Eating Out', 2.5, () => clamp(normal(7.6, 2.2), 3, 15), 0],
		["Nando's", 'NANDOS', 'Eating Out', 0.8, () => clamp(normal(24, 8), 9, 55), 0.3],
		['The Kings Arms', 'THE KINGS ARMS', 'Eating Out', 1.6, () => clamp(normal(27, 12), 4.5, 80), 0.2],
		['Deliveroo', 'DELIVEROO', 'Eating Out', 1.7, () => clamp(normal(26, 7), 11, 48), 0.4],
		['Wagamama', 'WAGAMAMA', 'Eating Out', 0.5, () => clamp(normal(31, 9), 12, 60), 0.4],
		['First Bus', 'FIRST BUS', 'Transport', 3.5, () => pick([2, 2, 2.5, 4.5, 4.5]), 0],
		['GWR', 'GWR TICKET OFFICE', 'Transport', 0.9, () => clamp(normal(38, 18), 9, 120), 0.5],
		['Uber', 'UBER *TRIP', 'Transport', 1.3, () => clamp(normal(13, 5), 5.5, 38), 0.2],
		['Amazon', 'AMAZON.CO.UK*', 'Shopping', 2.6, () => clamp(Math.exp(normal(3, 0.7)), 4.99, 240), 0.85],
		['John Lewis', 'JOHN LEWIS', 'Shopping', 0.35, () => clamp(Math.exp(normal(3.9, 0.6)), 12, 420), 0.9],
		['Primark', 'PRIMARK', 'Shopping', 0.4, () => clamp(normal(28, 12), 6, 75), 0.2],
		['IKEA', 'IKEA BRISTOL', 'Shopping', 0.15, () => clamp(Math.exp(normal(3.8, 0.8)), 8, 380), 0.8],
		['Waterstones', 'WATERSTONES', 'Shopping', 0.45, () => clamp(normal(15, 6), 4.99, 45), 0.3],
		['Odeon', 'ODEON CINEMAS', 'Entertainment', 0.9, () => clamp(normal(13, 4), 6.99, 28), 0.2],
		['Ticketmaster', 'TICKETMASTER UK', 'Entertainment', 0.3, () => clamp(normal(58, 22), 18, 150), 0.9],
		['Steam', 'STEAM PURCHASE', 'Entertainment', 0.4, () => clamp(normal(17, 10), 2.99, 60), 0.3],
		['Boots', 'BOOTS', 'Health', 1.1, () => clamp(normal(12, 6), 2.5, 45), 0.1],
		['Specsavers', 'SPECSAVERS', 'Health', 0.06, () => clamp(normal(140, 40), 25, 260), 0.7],
		['Smile Dental', 'SMILE DENTAL CARE', 'Health', 0.17, () => clamp(normal(55, 20), 23.8, 140), 0]
	];
	const notesFor = {
		'Eating Out': ['split with Sam', 'team lunch', 'birthday drinks', 'date night'],
		Shopping: ['present for mum', 'new kettle', 'returned later', 'christmas presents', 'work shoes'],
		Entertainment: ['concert tickets', 'cinema with Jo'],
		Travel: ['holiday', 'weekend away', 'wedding trip'],
		Health: ['new glasses', 'check-up']
	};

	const start = day(2022, 1, 1);
	const end = day(2024, 12, 31);
	for (let t = start; t <= end; t = addDays(t, 1)) {
		const y = t.getUTCFullYear();
		const m = t.getUTCMonth() + 1;
		const d = t.getUTCDate();
		const daysInMonth = new Date(Date.UTC(y, m, 0)).getUTCDate();
		const dow = t.getUTCDay();
		const ym = y * 100 + m;
		// ---- the fixed monthly payments, on their day (moved to a weekday where banks do that)
		if (d === 1) {
			const rent = ym < 202307 ? 1095 : 1150;
			add(t, CUR, 'STANDING ORDER OAKFIELD LETTINGS RENT', 'Oakfield Lettings', 'Rent', -rent, 'Standing Order', true);
			if (ym >= 202203)
				add(t, CUR, 'DIRECT DEBIT PUREGYM LTD', 'PureGym', 'Subscriptions', ym < 202401 ? -24.99 : -27.99, 'Direct Debit', true);
		}
		if (isoDate(weekdayOnOrAfter(day(y, m, 5))) === isoDate(t)) {
			const energy = ym < 202204 ? 78 : ym < 202210 ? 104 : ym < 202404 ? 139 : 112;
			add(t, CUR, 'DIRECT DEBIT OCTOPUS ENERGY', 'Octopus Energy', 'Bills', -energy, 'Direct Debit', true);
		}
		if (isoDate(weekdayOnOrAfter(day(y, m, 8))) === isoDate(t))
			add(t, CUR, 'DIRECT DEBIT WESSEX WATER', 'Wessex Water', 'Bills', y === 2022 ? -34 : y === 2023 ? -36.5 : -39, 'Direct Debit', true);
		if (d === 9)
			add(t, CC, 'NETFLIX.COM', 'Netflix', 'Subscriptions', ym < 202404 ? -10.99 : -12.99, 'Card', true);
		if (isoDate(weekdayOnOrAfter(day(y, m, 11))) === isoDate(t))
			add(t, CUR, 'DIRECT DEBIT VIRGIN MEDIA', 'Virgin Media', 'Bills', ym < 202304 ? -32 : ym < 202404 ? -35.5 : -38, 'Direct Debit', true);
		if (isoDate(weekdayOnOrAfter(day(y, m, 15))) === isoDate(t) && m !== 2 && m !== 3) {
			const tax = ym < 202304 ? 148.2 : ym < 202404 ? 155.6 : 163.35;
			add(t, CUR, 'DIRECT DEBIT BRISTOL CITY COUNCIL', 'Bristol City Council', 'Bills', -tax, 'Direct Debit', true);
		}
		if (d === 17)
			add(t, CC, 'SPOTIFY UK', 'Spotify', 'Subscriptions', ym < 202307 ? -10.99 : -11.99, 'Card', true);
		if (d === 19 && ym >= 202303 && ym <= 202311)
			add(t, CC, 'DISNEY PLUS', 'Disney+', 'Subscriptions', -7.99, 'Card', true);
		if (isoDate(weekdayOnOrAfter(day(y, m, 20))) === isoDate(t))
			add(t, CUR, 'DIRECT DEBIT THREE MOBILE', 'Three', 'Bills', ym < 202209 ? -18 : -15, 'Direct Debit', true);
		// salary on the 28th (the Friday before when it falls on a weekend), December bonus
		if (isoDate(weekdayOnOrBefore(day(y, m, 28))) === isoDate(t)) {
			const pay = ym < 202204 ? 2640.12 : ym < 202304 ? 2712.4 : ym < 202404 ? 2868.55 : 3031.9;
			add(t, CUR, 'BRIGHTWAVE LTD SALARY', 'Brightwave Ltd', 'Income', pay, 'Bank Credit', true);
			if (m === 12 && y >= 2023)
				add(t, CUR, 'BRIGHTWAVE LTD BONUS', 'Brightwave Ltd', 'Income', y === 2023 ? 650 : 820, 'Bank Credit', false, 'annual bonus');
		}
		// the monthly savings transfer the day after payday, both sides
		if (isoDate(addDays(weekdayOnOrBefore(day(y, m, 28)), 1)) === isoDate(t)) {
			const save = y === 2022 ? 250 : y === 2023 ? 300 : 400;
			add(t, CUR, 'TRANSFER TO SAVINGS 40118822', null, 'Transfer', -save, 'Transfer', true);
			add(t, SAV, 'TRANSFER FROM CURRENT ACCOUNT', null, 'Transfer', save, 'Transfer', true);
		}
		// ---- everyday spending
		const isHoliday = (m === 8 && d >= 10 && d <= 20) || (m === 12 && d >= 24 && d <= 28);
		const weekendBoost = dow === 0 || dow === 6 ? 1.35 : 0.86;
		const xmas = m === 12 && d < 24 ? 1.25 : 1;
		for (const [merchant, raw, category, perMonth, amount, ccShare] of everyday) {
			let mean = (perMonth * 12) / 365;
			if (category === 'Eating Out' || category === 'Entertainment') mean *= weekendBoost;
			if (category === 'Shopping') mean *= xmas * (m === 11 || m === 12 ? 1.6 : 1);
			if (merchant === 'First Bus' || merchant === 'Costa Coffee' || merchant === 'Pret A Manger')
				mean *= dow === 0 || dow === 6 ? 0.2 : 1.3;
			if (isHoliday) mean *= 0.3;
			const n = poisson(mean);
			for (let k = 0; k < n; k++) {
				const onCC = rand() < ccShare;
				const amt = round2(amount());
				const contactless = !onCC && amt <= 100 && rand() < 0.75;
				const notes = notesFor[category] && rand() < 0.05 ? pick(notesFor[category]) : null;
				add(
					t,
					onCC ? CC : CUR,
					onCC ? `${raw}${raw.endsWith('*') ? int(10000, 99999) : ''}` : card(merchant, `${raw}${shopNo()}`),
					merchant,
					category,
					-amt,
					onCC ? 'Card' : contactless ? 'Contactless' : 'Card',
					false,
					notes
				);
				// some Amazon orders go back
				if (merchant === 'Amazon' && onCC && rand() < 0.08) {
					const back = addDays(t, int(4, 20));
					if (back <= end) add(back, CC, 'AMAZON.CO.UK REFUND', 'Amazon', 'Shopping', amt, 'Refund', false);
				}
			}
		}
		// cash machine
		if (rand() < 1.3 / 30)
			add(t, CUR, `CASH WITHDRAWAL LINK ATM ${pick(['BROADMEAD', 'CLIFTON', 'GLOUCESTER RD'])}`, null, 'Cash', -pick([10, 20, 20, 30, 40, 50, 100]), 'ATM', false);
		// friends paying back their share
		if (rand() < 0.8 / 30) {
			const who = pick(['S JONES', 'J PATEL', 'M OKAFOR', 'L BROWN']);
			add(t, CUR, `FASTER PAYMENT FROM ${who}`, null, 'Income', round2(clamp(normal(22, 12), 5, 80)), 'Faster Payment', false, rand() < 0.5 ? pick(['dinner', 'tickets', 'taxi', 'bills share']) : null);
		}
		// trips away, on the credit card: flights booked ahead, hotels and rentals
		if (rand() < (m >= 5 && m <= 9 ? 1.6 : 0.7) / 30) {
			const [merchant, raw, lo, mu] = weighted([
				[['easyJet', 'EASYJET', 45, 140], 3],
				[['Airbnb', 'AIRBNB * HM', 80, 320], 2],
				[['Premier Inn', 'PREMIER INN', 55, 110], 2.5],
				[['Trainline', 'TRAINLINE.COM', 20, 70], 2],
				[['Highland Car Hire', 'HIGHLAND CAR HIRE', 120, 300], y === 2022 ? 0 : 0.6]
			]);
			const amt = round2(clamp(normal(mu, mu * 0.35), lo, mu * 3));
			add(t, CC, raw, merchant, 'Travel', -amt, 'Card', false, rand() < 0.15 ? pick(notesFor.Travel) : null);
		}
		// savings interest, paid on the last day of the month
		if (d === daysInMonth) txns.push({ date: t, seq: seq++, account: SAV, interestDay: true });
		// the credit card is paid off in full from the current account on the 22nd
		if (isoDate(weekdayOnOrAfter(day(y, m, 22))) === isoDate(t))
			txns.push({ date: t, seq: seq++, account: CC, payoffDay: true });
	}

	// running balances, in date order (credits before debits on a day, as banks list them)
	txns.sort((a, b) => a.date - b.date || a.seq - b.seq);
	const balance = { [CUR]: 1846.31, [CC]: 0, [SAV]: 4200 };
	const rows = [];
	const finish = (x) => {
		balance[x.account] = round2(balance[x.account] - (x.out ?? 0) + (x.inn ?? 0));
		rows.push(x);
		x.balance = balance[x.account];
	};
	for (const x of txns) {
		if (x.interestDay) {
			const rate = x.date < day(2022, 10, 1) ? 0.006 : x.date < day(2023, 6, 1) ? 0.025 : 0.041;
			const interest = round2((balance[SAV] * rate) / 12);
			finish({ date: x.date, account: SAV, desc: 'INTEREST PAID', merchant: null, category: 'Interest', out: null, inn: interest, type: 'Interest', recurring: true, notes: null });
		} else if (x.payoffDay) {
			const owed = round2(-balance[CC]);
			if (owed > 0) {
				finish({ date: x.date, account: CUR, desc: 'PAYMENT TO CREDIT CARD ****4417', merchant: null, category: 'Transfer', out: owed, inn: null, type: 'Transfer', recurring: true, notes: null });
				finish({ date: x.date, account: CC, desc: 'PAYMENT RECEIVED - THANK YOU', merchant: null, category: 'Transfer', out: null, inn: owed, type: 'Transfer', recurring: true, notes: null });
			}
		} else finish(x);
	}
	writeCsv(
		OUT,
		'bank_transactions.csv',
		['txn_id', 'Transaction Date', 'Description', 'merchant', 'Category', 'Paid Out (£)', 'Paid In (£)', 'runningBalance', 'Account', 'pmt_type', 'Recurring', 'Notes'],
		rows.map((x, i) => [
			`TX-${pad(i + 1, 6)}`,
			isoDate(x.date),
			x.desc,
			x.merchant,
			x.category,
			x.out,
			x.inn,
			x.balance,
			x.account,
			x.type,
			x.recurring ? 'Yes' : 'No',
			x.notes
		])
	);
}

// ------------------------------------------------------------------ website analytics (2023-2024)
{
	// A pottery studio's website: GA export, daily, by landing page, source / medium, device and
	// country: one row per combination that had sessions that day.
	// [page, weight, bounce chance, conversion chance, order value]
	const pages = [
		['/', 30, 0.38, 0.03, () => pick([28, 32, 65])],
		['/shop', 14, 0.33, 0.07, () => pick([28, 28, 32, 56, 60])],
		['/shop/mugs', 10, 0.36, 0.08, () => pick([28, 28, 32, 56, 84])],
		['/shop/planters', 0, 0.4, 0.06, () => pick([35, 42, 77])],
		['/workshops', 13, 0.35, 0.06, () => pick([65, 65, 130, 95])],
		['/gift-vouchers', 4, 0.3, 0.12, () => pick([25, 50, 50, 90])],
		['/blog/how-to-glaze-pottery', 10, 0.74, 0.005, () => 28],
		['/blog/beginner-wheel-tips', 6, 0.7, 0.01, () => 65],
		['/contact', 4, 0.55, 0, () => 0],
		['/about', 3, 0.5, 0, () => 0]
	];
	const sources = [
		['google / organic', 40, 0, 0.62],
		['(direct) / (none)', 22, -0.05, 0.4],
		['instagram.com / referral', 12, 0.08, 0.85],
		['facebook.com / referral', 6, 0.05, 0.78],
		['newsletter / email', 4, -0.15, 0.12],
		['google / cpc', 0, 0.1, 0.7],
		['bing / organic', 3, 0, 0.65],
		['etsy.com / referral', 2, -0.05, 0.6]
	];
	const countries = [
		['United Kingdom', 82],
		['United States', 5],
		['Ireland', 3],
		['Germany', 2],
		['France', 1.5],
		['Australia', 1.5],
		['Canada', 1.5],
		['Netherlands', 1],
		[null, 2.5]
	];
	const groups = new Map();
	const start = day(2023, 1, 1);
	const end = day(2024, 12, 31);
	for (let t = start; t <= end; t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const dom = t.getUTCDate();
		const dow = t.getUTCDay();
		const yrs = (t - start) / (365.25 * DAY_MS);
		const isCpc = (m >= 11) || (t >= day(2024, 3, 1) && t <= day(2024, 4, 30));
		// the newsletter goes out on the first Thursday of the month
		const newsletterDay = dow === 4 && dom <= 7;
		const newsletterTail = dom <= 10 && !newsletterDay;
		const season = m === 11 ? 1.5 : m === 12 ? 1.8 : m === 1 ? 0.85 : m >= 6 && m <= 8 ? 0.9 : 1;
		const mean = 2.0 * (1 + 0.45 * yrs) * season * (dow === 0 ? 1.2 : dow === 6 ? 1.05 : 0.95);
		const n = poisson(mean) + (newsletterDay ? poisson(6) : 0);
		for (let k = 0; k < n; k++) {
			const src = newsletterDay && rand() < 0.55
				? sources[4]
				: weighted(sources.map((s) => [s, s[0] === 'google / cpc' ? (isCpc ? 14 : 0) : s[0] === 'newsletter / email' ? (newsletterTail ? 3 : 0.6) : s[1]]));
			const page = weighted(
				pages.map((p) => {
					let w = p[1];
					if (p[0] === '/shop/planters') w = t >= day(2023, 9, 14) ? 5 : 0;
					if (p[0] === '/gift-vouchers' && (m === 11 || m === 12)) w *= 4;
					if (p[0].startsWith('/blog') && src[0].includes('organic')) w *= 3;
					if (p[0].startsWith('/blog') && src[0] === 'google / cpc') w = 0;
					if (p[0] === '/workshops' && src[0] === 'newsletter / email') w *= 3;
					return [p, w];
				})
			);
			const device = weighted([
				['mobile', 100 * src[3]],
				['desktop', 100 * (1 - src[3]) * 0.85],
				['tablet', 100 * (1 - src[3]) * 0.15 + 2]
			]);
			const country = weighted(countries);
			const bounceP = clamp(page[2] + src[2] + (device === 'mobile' ? 0.06 : 0), 0.05, 0.95);
			const bounced = rand() < bounceP;
			const pv = bounced ? 1 : 2 + poisson(page[0].startsWith('/shop') ? 2.2 : 1.4);
			const dur = bounced ? 0 : Math.round(clamp(Math.exp(normal(Math.log(45 * pv), 0.55)), 8, 2400));
			const conv = !bounced && country !== null && rand() < page[3] * (src[0] === 'newsletter / email' ? 2.2 : 1) * 2.2;
			const rev = conv ? page[4]() + (rand() < 0.3 ? pick([28, 32, 12]) : 0) : 0;
			const isNew = rand() < (src[0] === 'newsletter / email' ? 0.1 : src[0] === '(direct) / (none)' ? 0.45 : 0.78);
			const key = [isoDate(t), page[0], src[0], device, country].join('|');
			let g = groups.get(key);
			if (!g) {
				g = { date: isoDate(t), page: page[0], src: src[0], device, country, s: 0, nu: 0, pv: 0, b: 0, dur: 0, tx: 0, rev: 0 };
				groups.set(key, g);
			}
			g.s++;
			g.nu += isNew ? 1 : 0;
			g.pv += pv;
			g.b += bounced ? 1 : 0;
			g.dur += dur;
			g.tx += conv ? 1 : 0;
			g.rev += rev;
		}
	}
	const rows = [...groups.values()].map((g) => [
		g.date,
		g.page,
		g.src,
		g.device,
		g.country,
		g.s,
		g.nu,
		g.pv,
		round1((100 * g.b) / g.s).toFixed(1),
		round1(g.dur / g.s).toFixed(1),
		g.tx,
		g.rev.toFixed(2)
	]);
	writeCsv(
		OUT,
		'site_analytics.csv',
		['Date', 'landingPage', 'Source / Medium', 'Device Category', 'Country', 'Sessions', 'newUsers', 'pageviews', 'Bounce Rate (%)', 'Avg Session Duration (s)', 'txns', 'Revenue (£)'],
		rows
	);
}

// ------------------------------------------------------------------ car rentals (2022-2024)
{
	// [branch, opens, weight]
	const branches = [
		['Inverness Airport', day(2022, 1, 1), 4.5],
		['Inverness City', day(2022, 1, 1), 3.5],
		['Aviemore', day(2023, 5, 2), 2.2]
	];
	// [class, models, base daily rate £, weight, from]
	const classes = [
		['Economy', ['Toyota Aygo X', 'Kia Picanto'], 33, 24, day(2022, 1, 1)],
		['Compact', ['Volkswagen Golf', 'Ford Focus'], 42, 27, day(2022, 1, 1)],
		['SUV', ['Nissan Qashqai', 'Kia Sportage'], 59, 22, day(2022, 1, 1)],
		['Estate', ['Skoda Octavia Estate'], 53, 9, day(2022, 1, 1)],
		['Van', ['Ford Transit Custom'], 71, 6, day(2022, 1, 1)],
		['Premium', ['BMW 3 Series', 'Mercedes C-Class'], 92, 6, day(2022, 1, 1)],
		['Electric', ['Kia Niro EV', 'Polestar 2'], 64, 7, day(2023, 6, 1)]
	];
	const rentals = [];
	const start = day(2022, 4, 1);
	const end = day(2024, 12, 31);
	const exportAt = new Date(day(2025, 1, 1).getTime() + 9 * HOUR_MS);
	for (let t = start; t <= end; t = addDays(t, 1)) {
		const m = t.getUTCMonth() + 1;
		const y = t.getUTCFullYear();
		const dow = t.getUTCDay();
		const yrs = (t - start) / (365.25 * DAY_MS);
		const season = [0.55, 0.55, 0.7, 0.95, 1.2, 1.6, 2.0, 2.0, 1.35, 0.95, 0.6, 0.75][m - 1];
		for (const [branch, opens, bw] of branches) {
			if (t < opens) continue;
			const mean = 0.16 * bw * season * (1 + 0.12 * yrs) * (dow === 5 || dow === 6 ? 1.25 : 0.95);
			const n = poisson(branch === 'Aviemore' && (m === 1 || m === 2) ? mean * 1.8 : mean);
			for (let k = 0; k < n; k++) {
				const business = rand() < (branch === 'Inverness City' ? 0.3 : branch === 'Inverness Airport' ? 0.2 : 0.08) * (m >= 6 && m <= 8 ? 0.6 : 1.2);
				const cls = weighted(
					classes.map((c) => {
						let w = t >= c[4] ? c[3] : 0;
						if (c[0] === 'Van') w *= business ? 3 : branch === 'Aviemore' ? 0.3 : 0.7;
						if (c[0] === 'Premium') w *= business ? 2.2 : 0.8;
						if (c[0] === 'SUV' && (m <= 3 || m >= 11)) w *= 1.7;
						if (c[0] === 'Electric' && branch === 'Aviemore') w *= 0.4;
						return [c, w];
					})
				);
				const hour =
					branch === 'Inverness Airport'
						? weighted([[int(6, 9), 3], [int(10, 16), 5], [int(17, 22), 3]])
						: weighted([[int(8, 9), 3], [int(10, 16), 5], [int(17, 18), 1.5]]);
				const pickup = new Date(t.getTime() + hour * HOUR_MS + int(0, 11) * 5 * 60000);
				const booked = business
					? weighted([[1, 4], [2, 4], [3, 3], [4, 1.5], [5, 1]])
					: cls[0] === 'Van'
						? weighted([[1, 5], [2, 3], [3, 1]])
						: clamp(Math.round(Math.exp(normal(m >= 6 && m <= 8 ? 1.75 : 1.3, 0.55))), 1, 21);
				// returned around the same time of day, a few early or late
				let retMs = pickup.getTime() + booked * DAY_MS + Math.round(normal(-1.5, 2.2)) * HOUR_MS + int(0, 11) * 5 * 60000;
				if (rand() < 0.04) retMs += int(1, 2) * DAY_MS; // kept it longer
				retMs = Math.max(retMs, pickup.getTime() + 3 * HOUR_MS);
				const ret = new Date(retMs);
				const out = ret > exportAt; // still out when the data was exported
				const hours = (ret - pickup) / HOUR_MS;
				const days = out ? booked : Math.max(1, Math.ceil((hours - 1) / 24));
				const factor = (m >= 6 && m <= 8 ? 1.35 : m === 4 || m === 5 || m === 9 ? 1.12 : m === 10 ? 1 : 0.86) * (1 + 0.06 * (y - 2022)) * (days >= 7 ? 0.88 : 1);
				const rate = Math.round(cls[2] * factor * Math.exp(normal(0, 0.05))) - 0.01;
				const age = business
					? Math.round(clamp(normal(41, 10), 23, 68))
					: rand() < 0.11
						? int(21, 24)
						: Math.round(clamp(normal(46, 14), 25, 84));
				const cover = rand() < (age < 25 ? 0.6 : business ? 0.15 : 0.38);
				const perDayKm = business ? normal(95, 40) : cls[0] === 'Van' ? normal(70, 35) : normal(165, 70);
				const km = out || rand() < 0.02 ? null : Math.round(clamp(perDayKm * Math.min(hours / 24, days) * (0.7 + 0.6 * rand()), 6, 9000));
				const damageP = 0.035 + (age < 25 ? 0.05 : 0) + (cls[0] === 'Van' ? 0.04 : 0) + (m <= 2 || m === 12 ? 0.02 : 0);
				const damage = out ? null : rand() < damageP;
				const total = round2(rate * days + (cover ? 14.5 * days : 0) + (age < 25 ? 9 * days : 0));
				rentals.push({
					pickup,
					ret: out ? null : ret,
					branch,
					cls: cls[0],
					model: pick(cls[1]),
					type: business ? 'Business' : 'Personal',
					age,
					rate,
					days,
					km,
					cover,
					total,
					damage
				});
			}
		}
	}
	rentals.sort((a, b) => a.pickup - b.pickup);
	writeCsv(
		OUT,
		'car_rentals.csv',
		['rental_id', 'Pickup Time', 'Return Time', 'Branch', 'car_class', 'Model', 'customerType', 'drv_age', 'Daily Rate (£)', 'days', 'km', 'Extra Cover', 'Total (£)', 'Damage Reported'],
		rentals.map((r, i) => [
			`RN-${20001 + i}`,
			isoStamp(r.pickup),
			r.ret ? isoStamp(r.ret) : null,
			r.branch,
			r.cls,
			r.model,
			r.type,
			r.age,
			r.rate.toFixed(2),
			r.days,
			r.km,
			r.cover ? 'Yes' : 'No',
			r.total.toFixed(2),
			r.damage === null ? null : r.damage ? 'Yes' : 'No'
		])
	);
}
