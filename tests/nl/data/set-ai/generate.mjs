// Deterministic generator for the set AI evaluation tables (a florist's order book, a district
// council's planning register, one person's home blood pressure diary). No dependencies. Run from
// the repo root: node tests/nl/data/set-ai/generate.mjs
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { addDays, clamp, day, isoDate, isoStamp, pad, randomTools, round1, uniqueNamer, writeCsv } from '../csv-tools.mjs';

const OUT = dirname(fileURLToPath(import.meta.url));

const { rand, int, pick, weighted, normal, poisson } = randomTools(20261219);

const dow = (t) => t.getUTCDay();
const month = (t) => t.getUTCMonth() + 1;
/** The day itself or the next one the shop delivers on (not Sundays, Christmas Day or Boxing Day). */
const nextWorkday = (t) => {
	let d = t;
	while (dow(d) === 0 || isoDate(d).slice(5) === '12-25' || isoDate(d).slice(5) === '12-26') d = addDays(d, 1);
	return d;
};

// ------------------------------------------------------------------ flower orders (2023-2024)
{
	// Fern & Foxglove, a florist's shop in a market town: its order book for 3 January 2023 to
	// 31 December 2024, one row per order. The shop is open Monday to Saturday; orders come in by
	// phone, in the shop, by email or through the website (the website on Sundays too); deliveries
	// and collections are Monday to Saturday. Peaks before Valentine's Day, Mother's Day (19 March
	// 2023, 10 March 2024) and Christmas; weddings from April to September, booked months ahead
	// (wedding packages ordered in 2024 for weddings in 2025 are in the book and not yet paid for,
	// so paidBy is empty on them); funerals more in the winter. Prices went up from 1 March 2024
	// (by the order date): £5 on most sized items, the delivery charge £1 (£5 to £6 in town, £8 to
	// £9 to the villages). A collected order has no delivery charge (empty); the funeral directors'
	// and the hotel's orders are delivered free (0). The funeral directors and The Old Rectory
	// Hotel (a standing order for its reception every Monday) pay on account, website orders
	// online, weddings by bank transfer. Maureen O'Sullivan collects a posy for her mother's grave
	// every other Friday from 3 March 2023 and pays cash. Niamh O'Hara joined as a florist on 4
	// September 2023.
	const priceOf = {
		'Hand-tied Bouquet': { Small: 30, Medium: 45, Large: 65, Luxury: 90 },
		'Vase Arrangement': { Small: 40, Medium: 55, Large: 75 },
		'Basket Arrangement': { Small: 35, Medium: 50, Large: 70 },
		'Funeral Wreath': { Small: 65, Medium: 85, Large: 110 }
	};
	const fixedPrice = { 'Dozen Red Roses': 55, Posy: 22, 'Orchid Plant': 28, 'Christmas Wreath': 40, 'Table Centrepiece': 35, 'Reception Arrangement': 75, Buttonhole: 8 };
	const directors = ['Hartley & Sons Funeral Directors', 'Co-op Funeralcare', 'Greenwood Funeral Service'];
	const newName = uniqueNamer(pick);
	const people = [];
	const person = () => {
		if (people.length > 40 && rand() < 0.3) return pick(people);
		const p = newName();
		people.push(p);
		return p;
	};
	for (let i = 0; i < 3; i++) person();
	people[0] = "Maureen O'Sullivan";
	people[1] = "Patrick D'Arcy";
	const orders = [];
	const rise = (t) => t >= day(2024, 3, 1);
	const florist = (t) => {
		if (t >= day(2023, 9, 4)) return weighted([['Hazel Pryce', 42], ['Jodie Marsh', 33], ["Niamh O'Hara", 25]]);
		return weighted([['Hazel Pryce', 55], ['Jodie Marsh', 45]]);
	};
	const deliveryCharge = (t) => (weighted([['town', 64], ['village', 36]]) === 'town' ? 5 : 8) + (rise(t) ? 1 : 0);
	const mothersDay = { 2023: day(2023, 3, 19), 2024: day(2024, 3, 10) };
	const season = [0.85, 0.95, 1.0, 1.0, 1.1, 1.05, 0.95, 0.85, 0.95, 1.0, 1.05, 1.15];
	const dayMean = [0.4, 1.9, 1.7, 1.7, 1.9, 2.6, 2.3];
	const START = day(2023, 1, 3);
	const END = day(2024, 12, 31);

	function addOrder(o) {
		orders.push(o);
	}

	// an everyday order (also the peaks), taken on day t
	function everyday(t, occasion) {
		const sunday = dow(t) === 0;
		const via = sunday ? 'Website' : weighted([['Phone', 36], ['In Shop', 30], ['Website', 29], ['Email', 5]]);
		let arrangement;
		let size = null;
		if (occasion === "Valentine's") arrangement = weighted([['Dozen Red Roses', 55], ['Hand-tied Bouquet', 40], ['Posy', 5]]);
		else if (occasion === 'Christmas') arrangement = weighted([['Christmas Wreath', 45], ['Table Centrepiece', 30], ['Hand-tied Bouquet', 20], ['Orchid Plant', 5]]);
		else if (occasion === 'Sympathy') arrangement = weighted([['Hand-tied Bouquet', 40], ['Vase Arrangement', 25], ['Basket Arrangement', 20], ['Posy', 10], ['Orchid Plant', 5]]);
		else if (occasion === 'Get Well') arrangement = weighted([['Hand-tied Bouquet', 40], ['Posy', 25], ['Basket Arrangement', 20], ['Orchid Plant', 15]]);
		else arrangement = weighted([['Hand-tied Bouquet', 62], ['Vase Arrangement', 14], ['Basket Arrangement', 10], ['Posy', 6], ['Orchid Plant', 8]]);
		let price;
		if (priceOf[arrangement]) {
			const sizes = Object.keys(priceOf[arrangement]);
			size = weighted(sizes.map((s, i) => [s, [30, 42, 22, 6][i]]));
			if (occasion === "Valentine's" && arrangement === 'Hand-tied Bouquet') size = weighted([['Medium', 40], ['Large', 40], ['Luxury', 20]]);
			if (occasion === "Mother's Day" && arrangement === 'Hand-tied Bouquet') size = weighted([['Small', 20], ['Medium', 50], ['Large', 25], ['Luxury', 5]]);
			price = priceOf[arrangement][size] + (rise(t) ? 5 : 0);
		} else {
			price = fixedPrice[arrangement] + (rise(t) ? (arrangement === 'Posy' || arrangement === 'Orchid Plant' ? 3 : 5) : 0);
			if (arrangement === 'Dozen Red Roses' && occasion === "Valentine's") price += 10;
		}
		const collected = via === 'In Shop' ? rand() < 0.75 : rand() < (occasion === "Valentine's" || occasion === "Mother's Day" ? 0.35 : 0.18);
		let due;
		if (occasion === "Valentine's") due = t > day(t.getUTCFullYear(), 2, 14) ? t : day(t.getUTCFullYear(), 2, 14);
		else if (occasion === "Mother's Day") {
			const md = mothersDay[t.getUTCFullYear()];
			due = addDays(md, -weighted([[1, 70], [2, 30]]));
			if (due < t) due = t;
		} else {
			const lead = weighted([[0, 40], [1, 33], [2, 10], [3, 7], [5, 5], [8, 5]]);
			due = nextWorkday(addDays(t, lead));
		}
		if (dow(due) === 0) due = addDays(due, -1);
		const paidBy = via === 'Website' ? 'Online' : via === 'In Shop' ? weighted([['Card', 78], ['Cash', 22]]) : weighted([['Card', 93], ['Cash', 7]]);
		const card = collected && via === 'In Shop' ? rand() < 0.55 : rand() < (occasion === null ? 0.7 : 0.92);
		addOrder({ t, due, occasion, arrangement, size, price, charge: collected ? null : deliveryCharge(t), collected, paidBy, customer: person(), via, florist: florist(t), card });
	}

	function funeral(t) {
		const byDirector = rand() < 0.42;
		const arrangement = weighted([['Funeral Wreath', 36], ['Funeral Spray', 26], ['Letters Tribute', 12], ['Casket Spray', 8], ['Posy', 8], ['Hand-tied Bouquet', 10]]);
		let size = null;
		let price;
		if (priceOf[arrangement]) {
			size = weighted(Object.keys(priceOf[arrangement]).map((s, i) => [s, [30, 45, 25, 5][i]]));
			price = priceOf[arrangement][size] + (rise(t) ? 5 : 0);
		} else if (arrangement === 'Letters Tribute') price = weighted([[3, 50], [4, 15], [5, 10], [6, 10], [7, 15]]) * (rise(t) ? 50 : 45);
		else if (arrangement === 'Funeral Spray') price = int(8, 16) * 10 + (rise(t) ? 10 : 0);
		else if (arrangement === 'Casket Spray') price = int(18, 32) * 10 + (rise(t) ? 10 : 0);
		else price = fixedPrice[arrangement] + (rise(t) ? 3 : 0);
		const via = byDirector ? weighted([['Phone', 60], ['Email', 40]]) : weighted([['Phone', 50], ['In Shop', 25], ['Website', 25]]);
		const due = nextWorkday(addDays(t, int(3, 14)));
		addOrder({
			t,
			due,
			occasion: 'Funeral',
			arrangement,
			size,
			price,
			charge: byDirector ? 0 : deliveryCharge(t),
			collected: false,
			paidBy: byDirector ? 'Account' : via === 'Website' ? 'Online' : via === 'In Shop' ? weighted([['Card', 75], ['Cash', 25]]) : 'Card',
			customer: byDirector ? weighted([[directors[0], 50], [directors[1], 30], [directors[2], 20]]) : person(),
			via,
			florist: florist(t),
			card: rand() < 0.97
		});
	}

	for (let t = START; t <= END; t = addDays(t, 1)) {
		const y = t.getUTCFullYear();
		const m = month(t);
		const s = isoDate(t).slice(5);
		const closed = s === '12-25' || s === '12-26' || s === '01-01';
		if (closed) continue;
		const growth = y === 2024 ? 1.08 : 1;
		let n = poisson(dayMean[dow(t)] * season[m - 1] * growth);
		const pairs = [
			['Birthday', 30],
			['Anniversary', 9],
			['Sympathy', 10],
			['Get Well', 7],
			['New Baby', 6],
			['Thank You', 8],
			[null, 22]
		];
		for (let k = 0; k < n; k++) everyday(t, weighted(pairs));
		// funerals: more in the winter
		const fm = [1.35, 1.3, 1.1, 1.0, 0.9, 0.85, 0.8, 0.8, 0.85, 0.95, 1.05, 1.25][m - 1];
		if (dow(t) !== 0) for (let k = poisson(0.55 * fm); k > 0; k--) funeral(t);
		// Valentine's Day: from 1 to 14 February, most on the last days
		if (m === 2 && t.getUTCDate() <= 14) for (let k = poisson([1, 1, 1, 1, 1, 1.5, 2, 2.5, 3, 4, 6, 9, 14, 8][t.getUTCDate() - 1] * growth); k > 0; k--) everyday(t, "Valentine's");
		// Mother's Day: the ten days before
		const md = mothersDay[y];
		const toMd = Math.round((md - t) / 86400000);
		if (toMd >= 1 && toMd <= 10 && dow(t) !== 0) for (let k = poisson([0, 12, 10, 8, 6, 5, 4, 3, 2, 2, 1.5][toMd] * growth); k > 0; k--) everyday(t, "Mother's Day");
		// Christmas: 1 to 23 December
		if (m === 12 && t.getUTCDate() <= 23 && dow(t) !== 0) for (let k = poisson((t.getUTCDate() >= 15 ? 4 : 2.2) * growth); k > 0; k--) everyday(t, 'Christmas');
		// Maureen O'Sullivan's posy for her mother's grave, every other Friday from 3 March 2023
		if (dow(t) === 5 && t >= day(2023, 3, 3) && Math.round((t - day(2023, 3, 3)) / 86400000) % 14 === 0 && rand() < 0.9) {
			addOrder({ t, due: t, occasion: null, arrangement: 'Posy', size: null, price: fixedPrice.Posy + (rise(t) ? 3 : 0), charge: null, collected: true, paidBy: 'Cash', customer: "Maureen O'Sullivan", via: 'In Shop', florist: florist(t), card: false });
		}
		// The Old Rectory Hotel's standing order, every Monday but the first two weeks of January
		if (dow(t) === 1 && !(m === 1 && t.getUTCDate() <= 14)) {
			addOrder({ t, due: t, occasion: 'Corporate', arrangement: 'Reception Arrangement', size: null, price: fixedPrice['Reception Arrangement'] + (rise(t) ? 5 : 0), charge: 0, collected: false, paidBy: 'Account', customer: 'The Old Rectory Hotel', via: 'Email', florist: florist(t), card: false });
		}
	}
	// weddings: booked 2 to 10 months ahead for a Saturday (now and then a Friday) from April to
	// September; those booked before 3 January 2023 are not in this book
	for (const y of [2023, 2024, 2025]) {
		for (let w = day(y, 4, 1); w <= day(y, 9, 30); w = addDays(w, 1)) {
			if (dow(w) !== 6 && dow(w) !== 5) continue;
			const peak = [0, 0, 0, 0.35, 0.6, 0.8, 0.85, 0.8, 0.55][month(w) - 1];
			if (rand() > peak * (dow(w) === 5 ? 0.25 : 1)) continue;
			const t = addDays(w, -int(60, 300));
			if (t < START || t > END || dow(t) === 0) continue;
			const pkg = rand() < 0.78;
			const price = pkg ? int(38, 190) * 10 + (rise(t) ? 50 : 0) : int(9, 16) * 10 + (rise(t) ? 5 : 0);
			addOrder({
				t,
				due: w,
				occasion: 'Wedding',
				arrangement: pkg ? 'Wedding Package' : 'Bridal Bouquet',
				size: null,
				price,
				charge: pkg ? deliveryCharge(t) : null,
				collected: !pkg,
				paidBy: w > END ? null : pkg ? 'Bank Transfer' : weighted([['Card', 70], ['Bank Transfer', 30]]),
				customer: person(),
				via: weighted([['In Shop', 45], ['Email', 35], ['Phone', 20]]),
				florist: 'Hazel Pryce',
				card: false
			});
		}
	}
	orders.sort((a, b) => a.t - b.t || a.due - b.due);
	writeCsv(
		OUT,
		'flower_orders.csv',
		['Order No', 'Order Date', 'Delivery Date', 'occasion', 'Arrangement', 'Size', 'Price (£)', 'delivery_charge', 'Collected', 'paidBy', 'Customer', 'Order Via', 'Florist', 'Card Message'],
		orders.map((o, i) => [pad(i + 1, 5), isoDate(o.t), isoDate(o.due), o.occasion, o.arrangement, o.size, o.price.toFixed(2), o.charge === null ? null : o.charge.toFixed(2), o.collected ? 'Yes' : 'No', o.paidBy, o.customer, o.via, o.florist, o.card ? 'Yes' : 'No'])
	);
}

// ------------------------------------------------------------------ planning applications (2023-2024)
{
	// Wealdon District Council: its planning register for the six parishes of the Hadlow ward, one
	// row per application received from 3 January 2023 to 31 December 2024. References are
	// YY/NNNNN/SUFFIX, numbered across the whole district (so this ward's numbers have gaps) with
	// the leading zeros kept; the suffix gives the type (HOU householder, FUL full, OUT outline,
	// LBC listed building consent, TPO / TCA tree works on a protected tree or in a conservation
	// area, ADV advertisement, LDC lawful development certificate). Fees rose on 6 December 2023
	// (by the date received): householder £206 to £258, full and outline £462 to £578 a new home
	// (£462 to £578 with none), advertisement £132 to £165, certificate £231 to £289; tree works
	// and listed building consent carry no fee. Householder applications peak in the spring and
	// summer, tree works in the autumn and winter. An application not yet decided is 'Pending' with
	// no decision date or level; a withdrawn one has neither either. The parish council is not
	// consulted on tree works or certificates (empty). Appeals are against refusals; the appeal
	// result is empty while the appeal is undecided or when there was none. Sunita Rao left on 30
	// June 2024 and Declan O'Shea took her cases from 1 July 2024; Graham Pike, the tree officer,
	// handles every tree works application; Rebecca Thorne, the principal officer, every major one
	// (ten or more new homes).
	const parishes = {
		'Much Hadlow': ['High Street', 'Church Lane', 'Mill Road', 'Station Approach', 'Orchard Way', 'Maltings Close', 'London Road'],
		'Little Hadlow': ['The Street', 'Pound Lane', 'Forge Close'],
		"Bishop's Wick": ['Market Place', 'Bridge Street', "St Mary's Lane", 'Wick Road', 'Cloisters'],
		Coldharbour: ['Coldharbour Lane', 'Heath Road'],
		'Stanton Parva': ['Manor Lane', 'Church Green', 'Vicarage Road'],
		'Elmstead Green': ['Green Lane', 'Elm Close', 'Hop Garden Way']
	};
	const parishWeights = [['Much Hadlow', 34], ['Little Hadlow', 11], ["Bishop's Wick", 21], ['Coldharbour', 9], ['Stanton Parva', 14], ['Elmstead Green', 11]];
	const conservation = { "Bishop's Wick": 0.6, 'Stanton Parva': 0.5, 'Much Hadlow': 0.25, 'Little Hadlow': 0.1, Coldharbour: 0, 'Elmstead Green': 0.15 };
	const houseNames = ['Rose Cottage', 'The Old Forge', 'Hop Kiln Barn', "Smith's Farm", 'The Old Vicarage', 'Yew Tree House', "Miller's Barn", 'Oast House', 'The Granary', 'Glebe Cottage'];
	const trees = ['Oak', 'Ash', 'Beech', 'Sycamore', 'Horse Chestnut', 'Lime', 'Willow', 'Leylandii', 'Silver Birch', 'Walnut', 'Cherry'];
	const hou = ['Single storey rear extension', 'Two storey side extension', 'Loft conversion with rear dormer window', 'Erection of detached double garage', 'Front porch', 'Single storey side and rear extensions', 'Replacement conservatory', 'Installation of air source heat pump', 'Garden room and raised decking', 'Conversion of garage to habitable room', 'New vehicular access and dropped kerb', 'First floor extension over garage', 'Solar panels on front roof slope'];
	const lbc = ['Replacement of timber sash windows', 'Internal alterations to form en-suite', 'Re-roofing in natural clay tiles', 'Repairs to chimney stack', 'Installation of secondary glazing', 'Removal of internal wall and insertion of beam', 'Replacement front door'];
	const ldc = ['Certificate of lawfulness for proposed single storey rear extension', 'Certificate of lawfulness for proposed outbuilding', 'Certificate of lawfulness for proposed loft conversion', 'Certificate of lawfulness for existing use as a dwelling'];
	const adv = ['Non-illuminated fascia sign', 'Illuminated fascia and projecting signs', 'Replacement signage', 'Free-standing advertisement board'];
	const officers = ['Rebecca Thorne', 'Tom Adeyemi'];
	const typeWeights = [['HOU', 44], ['FUL', 17], ['TREE', 15], ['LBC', 7], ['LDC', 6], ['OUT', 4], ['ADV', 3]];
	const typeName = { HOU: 'Householder', FUL: 'Full', OUT: 'Outline', LBC: 'Listed Building Consent', TPO: 'Tree Works', TCA: 'Tree Works', ADV: 'Advertisement', LDC: 'Lawful Development Certificate' };
	const targetWeeks = { HOU: 8, FUL: 8, OUT: 8, LBC: 8, TPO: 8, TCA: 6, ADV: 8, LDC: 8 };
	const season = [0.85, 0.9, 1.05, 1.1, 1.15, 1.1, 1.05, 0.95, 1.0, 1.0, 0.95, 0.75];
	const treeSeason = [1.3, 1.2, 0.9, 0.6, 0.5, 0.5, 0.6, 0.8, 1.1, 1.5, 1.6, 1.2];
	const END = day(2024, 12, 31);
	const rows = [];
	const counter = { 2023: 0, 2024: 0 };
	for (let t = day(2023, 1, 3); t <= END; t = addDays(t, 1)) {
		if (dow(t) === 0 || dow(t) === 6) continue;
		const s = isoDate(t).slice(5);
		if (s >= '12-24' || s === '01-01') continue;
		const y = t.getUTCFullYear();
		const doy = Math.round((t - day(y, 1, 1)) / 86400000);
		const n = poisson(2.75 * (y === 2024 ? 1.04 : 1));
		for (let k = 0; k < n; k++) {
			let kind = weighted(typeWeights);
			const m = month(t);
			// seasonality by thinning: householder and other built works in spring/summer, trees in autumn/winter
			if (kind === 'TREE' ? rand() > treeSeason[m - 1] / 1.6 : rand() > season[m - 1] / 1.15) continue;
			const parish = weighted(parishWeights);
			const inCa = rand() < conservation[parish];
			if (kind === 'TREE') kind = rand() < 0.55 && conservation[parish] > 0 ? 'TCA' : 'TPO';
			if (kind === 'LBC' && conservation[parish] < 0.2 && rand() < 0.6) kind = 'HOU';
			counter[y] = Math.max(counter[y] + int(1, 4), Math.round(doy * 5.3));
			const ref = `${String(y).slice(2)}/${pad(counter[y], 5)}/${kind}`;
			const streets = parishes[parish];
			const site = rand() < 0.14 ? `${pick(houseNames)}, ${pick(streets)}` : `${int(1, 96)} ${pick(streets)}`;
			let homes = 0;
			let proposal;
			if (kind === 'HOU') proposal = pick(hou);
			else if (kind === 'LBC') proposal = parish === "Bishop's Wick" && rand() < 0.06 ? "Repairs to the tower of St Mary's Church" : pick(lbc);
			else if (kind === 'LDC') proposal = pick(ldc);
			else if (kind === 'ADV') proposal = parish === "Bishop's Wick" && rand() < 0.25 ? "Replacement pub signage at The Bishop's Arms" : pick(adv);
			else if (kind === 'TPO' || kind === 'TCA') {
				const tree = pick(trees);
				proposal = weighted([
					[`Fell 1no. ${tree}`, 25],
					[`Crown reduce ${tree} by 2m`, 25],
					[`Crown lift ${tree} to 5m`, 15],
					[`Fell ${int(2, 4)}no. ${tree}`, 10],
					['Fell Ash (ash dieback)', 15],
					[`Pollard ${tree}`, 10]
				]);
			} else if (kind === 'OUT') {
				homes = weighted([[int(2, 9), 72], [int(10, 40), 28]]);
				proposal = `Outline application for up to ${homes} dwellings (all matters reserved)`;
			} else {
				const w = weighted([['homes', 38], ['barn', 14], ['shop', 6], ['agri', 14], ['replace', 12], ['solar', 4], ['hall', 3], ['stable', 9]]);
				if (w === 'homes') {
					homes = weighted([[1, 44], [2, 22], [int(3, 9), 28], [int(10, 30), 6]]);
					proposal = homes === 1 ? 'Erection of detached dwelling with parking' : `Erection of ${homes} dwellings with associated access and parking`;
				} else if (w === 'barn') {
					homes = 1;
					proposal = 'Change of use of agricultural barn to dwelling';
				} else if (w === 'shop') {
					homes = 1;
					proposal = 'Change of use of shop (Class E) to dwelling';
				} else proposal = { agri: 'Erection of agricultural storage building', replace: 'Demolition and replacement dwelling', solar: 'Ground mounted solar array', hall: 'Extension to village hall', stable: 'Erection of stable block and menage' }[w];
			}
			const major = homes >= 10;
			const baseObj = { HOU: 0.7, FUL: 2 + homes * 1.2, OUT: 6 + homes * 1.1, LBC: 0.2, TPO: 0.4, TCA: 0.3, ADV: 0.3, LDC: 0.1 }[kind];
			const objections = poisson(major ? baseObj + 18 : baseObj);
			const pcConsulted = !['TPO', 'TCA', 'LDC'].includes(kind);
			const pc = pcConsulted ? weighted([['Support', objections > 5 ? 8 : 30], ['No Comment', objections > 5 ? 12 : 45], ['Object', objections > 5 ? 80 : 25]]) : null;
			let approve = { HOU: 0.92, FUL: 0.78, OUT: 0.62, LBC: 0.9, TPO: 0.95, TCA: 0.98, ADV: 0.9, LDC: 0.86 }[kind];
			approve -= Math.min(0.3, objections * 0.01) + (pc === 'Object' ? 0.08 : 0);
			const withdrawn = rand() < (kind === 'OUT' || kind === 'FUL' ? 0.08 : 0.04);
			const committee = !withdrawn && (major || objections >= 10 || (pc === 'Object' && rand() < 0.3));
			const weeks = major ? 13 : targetWeeks[kind];
			const target = addDays(t, weeks * 7);
			let decided = addDays(t, Math.round(weeks * 7 * clamp(normal(0.82, 0.22), 0.45, 2.2)) + (committee ? int(14, 40) : 0));
			while (dow(decided) === 0 || dow(decided) === 6) decided = addDays(decided, 1);
			if (withdrawn) decided = addDays(t, int(20, 70));
			const stuck = rand() < 0.012;
			let decision = withdrawn ? 'Withdrawn' : rand() < approve ? 'Approved' : 'Refused';
			if (!withdrawn && (decided > END || stuck)) decision = 'Pending';
			if (withdrawn && decided > END) decision = 'Pending';
			const isDecided = decision === 'Approved' || decision === 'Refused';
			const appeal = decision === 'Refused' && rand() < (kind === 'FUL' || kind === 'OUT' ? 0.5 : 0.28);
			let appealResult = null;
			if (appeal && addDays(decided, int(140, 320)) <= END) appealResult = rand() < 0.32 ? 'Allowed' : 'Dismissed';
			const officer = kind === 'TPO' || kind === 'TCA' ? 'Graham Pike' : major ? 'Rebecca Thorne' : weighted([[officers[0], 36], [officers[1], 36], [t >= day(2024, 7, 1) ? "Declan O'Shea" : 'Sunita Rao', 28]]);
			const newFee = t >= day(2023, 12, 6);
			const fee = { HOU: newFee ? 258 : 206, FUL: (newFee ? 578 : 462) * Math.max(1, homes), OUT: (newFee ? 578 : 462) * Math.max(1, homes), LBC: 0, TPO: 0, TCA: 0, ADV: newFee ? 165 : 132, LDC: newFee ? 289 : 231 }[kind];
			rows.push([ref, isoDate(t), isoDate(target), isDecided ? isoDate(decided) : null, parish, site, typeName[kind], proposal, homes, decision, isDecided ? (committee ? 'Committee' : 'Delegated') : null, officer, objections, pc, appeal ? 'Yes' : 'No', appealResult, fee, inCa || kind === 'TCA' ? 'Yes' : 'No']);
		}
	}
	writeCsv(OUT, 'planning_applications.csv', ['Reference', 'Date Received', 'Target Date', 'decision_date', 'Parish', 'Site Address', 'applicationType', 'Proposal', 'New Homes', 'Decision', 'decisionLevel', 'Case Officer', 'objections', 'Parish Council View', 'Appeal Lodged', 'appeal_result', 'Fee (£)', 'Conservation Area'], rows);
}

// ------------------------------------------------------------------ blood pressure diary (2023-2024)
{
	// One man's home blood pressure and weight diary, kept from 9 January 2023 (after his GP asked
	// him to monitor it) to 31 December 2024, one row per reading on an upper-arm monitor: in the
	// morning before breakfast and in the evening, not every day; away on holiday 12 to 25 August
	// 2023 and 7 to 20 September 2024 (no readings). He weighs himself on some mornings only
	// (weight empty otherwise). Amlodipine 5 mg from 12 June 2023, 10 mg from 5 February 2024;
	// Meds Taken and Dose (mg) are empty before he started it. A reading that looks high is often
	// taken again a few minutes later. Blood pressure runs higher in the winter and in the
	// morning; weight falls from about 96 kg to about 87 kg over the two years, with a rise over
	// each Christmas.
	const rows = [];
	const start = day(2023, 1, 9);
	const end = day(2024, 12, 31);
	const medsFrom = day(2023, 6, 12);
	const doubleFrom = day(2024, 2, 5);
	const away = (t) => (t >= day(2023, 8, 12) && t <= day(2023, 8, 25)) || (t >= day(2024, 9, 7) && t <= day(2024, 9, 20));
	const total = Math.round((end - start) / 86400000);
	let missedYesterday = false;
	for (let t = start, i = 0; t <= end; t = addDays(t, 1), i++) {
		if (away(t)) continue;
		const m = month(t);
		const winter = [5, 4.5, 3, 1, -1, -2.5, -3.5, -3, -1.5, 0.5, 2.5, 4.5][m - 1];
		const onMeds = t >= medsFrom;
		const dose = !onMeds ? null : t >= doubleFrom ? 10 : 5;
		const frac = i / total;
		const xmas = (m === 12 && t.getUTCDate() >= 20) || (m === 1 && t.getUTCDate() <= 20) ? 1.4 : 0;
		const weightTrue = 96 - 9 * frac + xmas + 0.6 * Math.sin((i / 365) * 2 * Math.PI);
		const sysBase = 151 - 4 * frac - (onMeds ? 9 : 0) - (dose === 10 ? 6 : 0) + winter;
		const taken = onMeds ? rand() > 0.06 : null;
		const sessions = [];
		const weekend = dow(t) === 0 || dow(t) === 6;
		if (rand() < (i < 60 ? 0.97 : 0.86)) sessions.push('Morning');
		if (rand() < (i < 60 ? 0.9 : 0.62)) sessions.push('Evening');
		for (const session of sessions) {
			const morning = session === 'Morning';
			const hour = morning ? (weekend ? int(7, 9) : int(6, 7)) : int(20, 22);
			let when = new Date(t.getTime() + hour * 3600000 + int(0, 59) * 60000 + int(0, 59) * 1000);
			const note = weighted([
				[null, 560],
				['after run', morning ? 0 : 22],
				['after coffee', morning ? 18 : 6],
				['stressed at work', morning || weekend ? 4 : 16],
				['felt dizzy', onMeds ? 9 : 2],
				['headache', 8],
				["bad night's sleep", morning ? 14 : 0],
				['after gym', morning ? 0 : 8],
				['cuff slipped', 5],
				['after wine', morning ? 0 : 9],
				['cold', 4]
			]);
			const bump = { 'after run': 6, 'after coffee': 5, 'stressed at work': 8, headache: 4, "bad night's sleep": 5, 'after gym': 4, 'cuff slipped': 12, 'after wine': -3, 'felt dizzy': -14, cold: 3 }[note] ?? 0;
			const missedBump = onMeds && (!taken || missedYesterday) ? 7 : 0;
			const arm = rand() < 0.9 ? 'Left' : 'Right';
			const read = (extra) => {
				const sys = Math.round(sysBase + (morning ? 4 : -3) + bump + missedBump + (arm === 'Right' ? 3 : 0) + extra + normal(0, 7.5));
				const dia = Math.round(sys * 0.56 + 10 + normal(0, 4.5) - (note === 'felt dizzy' ? 3 : 0));
				const pulse = Math.round(67 + (morning ? -3 : 2) + ({ 'after run': 22, 'after gym': 16, 'after coffee': 6, 'stressed at work': 7, 'felt dizzy': -4, 'after wine': 5 }[note] ?? 0) - 4 * frac + normal(0, 5.5));
				return { sys, dia, pulse };
			};
			const first = read(0);
			const ihb = rand() < 0.018;
			const weigh = morning && rand() < (i < 120 ? 0.45 : 0.62);
			rows.push({ when, session, ...first, arm, weight: weigh ? round1(weightTrue + normal(0, 0.45)) : null, taken, dose, ihb, note });
			if (first.sys >= 150 && rand() < 0.45) {
				when = new Date(when.getTime() + int(3, 8) * 60000 + int(0, 59) * 1000);
				rows.push({ when, session, ...read(-6), arm, weight: null, taken, dose, ihb: false, note: 'repeat' });
			}
		}
		missedYesterday = taken === false;
	}
	writeCsv(
		OUT,
		'bp_readings.csv',
		['Reading Taken', 'time_of_day', 'Systolic (mmHg)', 'diastolic', 'pulseBpm', 'Arm', 'weight_kg', 'Meds Taken', 'Dose (mg)', 'Irregular Heartbeat', 'Note'],
		rows.map((r) => [isoStamp(r.when), r.session, r.sys, r.dia, r.pulse, r.arm, r.weight === null ? null : r.weight.toFixed(1), r.taken === null ? null : r.taken ? 'Yes' : 'No', r.dose, r.ihb ? 'Yes' : 'No', r.note])
	);
}
