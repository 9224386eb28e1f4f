import type { TableSource } from '../harness/tables';
import type { EvalQuestion } from '../harness/types';

/**
 * Set AS: a blind set of questions over three tables the engine had not seen, CSV files of the
 * kind a person drops into the app on first use. The questions and reference answers were
 * written without reading or running the engine. The tables are synthetic but plausible,
 * written by a seeded, deterministic generator kept beside them
 * (tests/nl/data/set-as/generate.mjs, mulberry32 from tests/nl/data/csv-tools.mjs) and read from
 * this repository (`repoDir`). Columns as imported:
 * - cottage_bookings.csv (679 rows, Low Moor Farm Cottages near Helmsley, North York Moors: a
 *   farming couple's three holiday lets, one row per booking, from the reopening after lockdown
 *   (stays from 12 April 2021) to the end of 2024, with the bookings already taken for 2025,
 *   exported on 6 January 2025 at 09:30 (arrivals: 145 in 2021, 176 in 2022, 162 in 2023, 171 in
 *   2024, 25 in 2025); stays start on a Friday or a Monday as a rule; the Shepherd's Hut opens
 *   March to October only; rent is a nightly rate by season (highest at Easter, in the summer
 *   holidays and at Christmas) rising each year; Airbnb and Booking.com take 15% commission,
 *   Sykes Cottages 20%, direct bookings none (a 25% deposit, the balance six weeks before
 *   arrival)): "Booking Ref" (VARCHAR, 'LMF-0001' to 'LMF-0679' in the order the bookings were
 *   taken; the rows are in order of arrival), booked_on (TIMESTAMP, when the booking was made, 22
 *   February 2021 18:46:57 to 4 January 2025), Property (3: 'The Granary' 238 (sleeps 4, dogs
 *   welcome) | 'Swallow Barn' 222 (sleeps 6, hot tub, no dogs) | "Shepherd's Hut" 219 (sleeps
 *   2)), "Guest Name" (the lead guest, 633 names; regulars come back: 'Tariq Hussain' 8
 *   bookings, 'Janet Pritchard', 'Rosemary Lamb' and "Hilary O'Brien" 6 each, "Siobhan D'Arcy"
 *   5; 'Mum & Dad', the owners' parents, 3 free stays), arrival (DATE, 12 April 2021 to 25
 *   August 2025), departure (DATE), Nights (BIGINT, 2-14; 3 the most common, 144 of 7), Adults
 *   (BIGINT, 1-6), Kids (BIGINT, 0-4, more in the school holidays), dogs (BIGINT, 0-2; none at
 *   Swallow Barn), Source ('Airbnb' 247 | 'Booking.com' 163 | 'Direct' 159 | 'Sykes Cottages'
 *   110), "Rent (£)" (DOUBLE, the nightly rate times the nights before any discount,
 *   £150-£3,500; 0 for Mum & Dad), "Discount (£)" (DOUBLE, 10% of the rent for a week or more,
 *   £25 for a returning guest who books direct; on 174), "Cleaning Fee (£)" (DOUBLE, £30 the
 *   hut, £50 the Granary, £70 the barn a stay, £5 more from 2024; 0 for Mum & Dad), dogFee
 *   (BIGINT, whole pounds, £20 a dog a stay to 2022, £25 from 2023), "Total (£)" (DOUBLE, rent
 *   less discount plus the cleaning and dog fees, what the guest pays: £175-£3,225; £423,099.50
 *   over every row),
 *   "Paid So Far (£)" (DOUBLE, what the guest has paid, on cancelled bookings too; only the
 *   deposit on three upcoming direct bookings and on LMF-0617, a December 2024 stay whose
 *   balance is still owed), refund_p (BIGINT, pence refunded: on 27 of the 44 cancellations by
 *   each channel's rules, and 10000 on LMF-0443, a goodwill refund when the hot tub broke in
 *   August 2023; £12,189.25 in all), "Commission (£)" (DOUBLE, the channel's cut of what it
 *   kept, 0 for direct bookings; £50,686.56 in all), Status ('Stayed' 606 | 'Cancelled' 44 |
 *   'Upcoming' 24 | 'No Show' 5, paid in full), Review (BIGINT, the guest's stars, 1-5, on 316
 *   stays, most through the platforms; 221 fives; missing otherwise). No cleaner's wages,
 *   laundry, utilities or other costs, guests' addresses or ages.
 * - cake_orders.csv (848 rows, Whisk & Whimsy, Kerry Ashworth's home bakery in Chorley,
 *   Lancashire: her order book, one row per order, due from 5 January 2023 to 21 June 2025 (393
 *   in 2023, 361 in 2024, 94 in 2025), exported on 14 March 2025 at 18:05; most orders due on a
 *   Saturday, none on a Monday, none in two weeks off each August or from Christmas to New Year;
 *   prices up in January 2024; a deposit secures a cake (£20, half the price for a wedding
 *   cake), non-refundable; the rest paid on collection or delivery): "Order No" (BIGINT,
 *   1041-1888, in the order taken), Ordered (TIMESTAMP, when the order came in, mostly in the
 *   evening, 22 October 2021 (a wedding cake booked ahead) to 13 March 2025), customer_name (721
 *   names; 'The Daisy Café' orders brownies every week from September 2023 (57 orders); regulars
 *   such as 'Priya Patel' 10, 'Rachel Tucker' 9, "Fatima D'Arcy" 4, "Claire O'Connor" 4; "St
 *   Mary's PTA" 2 raffle cakes given free), Item (11: 'Birthday Cake' 289 | 'Cupcakes' 173 |
 *   'Brownie Box' 145 | 'Celebration Cake' 54 | 'Smash Cake' 36 | 'Christening Cake' 31 |
 *   'Cookie Box' 29 | 'Christmas Cake' 29 (November and December) | "Mother's Day Box" 25 (the
 *   days before Mothering Sunday) | 'Baby Shower Cake' 19 | 'Wedding Cake' 18), Flavour (11:
 *   'Chocolate' 223, 'Vanilla' 137, 'Biscoff' 125, 'Mixed' 92 (boxes) ... 'Fruit' 29 (Christmas
 *   cakes), 'Coffee & Walnut' 19), Tiers (BIGINT, 1-4; missing for cupcakes and boxes, 372), Qty
 *   (BIGINT, 1 for a cake, the number of cupcakes (6-48) or of boxes), "Due Date" (DATE, the day
 *   of collection or delivery; on order 1673 keyed a year early, 19 October 2023 for an order
 *   made on 12 August 2024), Fulfilment ('Collection' 579 | 'Delivery' 269), Delivery (DOUBLE,
 *   the delivery charge in pounds: empty for a collection, 0 when free (orders of £150 or more,
 *   The Daisy Café), £5 or £10 by distance (£6 or £12 from 2024), £40 for a wedding cake with
 *   setting up), "Price (£)" (DOUBLE, before delivery and discount, £14-£590, 0 on the two
 *   raffle cakes; £54,719 in all), "Discount (£)" (DOUBLE, 10% for friends, £5 for some
 *   regulars; on 50 orders), "Deposit (£)" (DOUBLE, 0 for cupcakes and boxes, £20 for a cake,
 *   half for a wedding cake), "Total Paid (£)" (DOUBLE, what has come in: all of it on completed
 *   orders but six still part-paid or unpaid, the deposit on booked ones, the deposit kept on
 *   cancellations (one given back); £52,803.10 in all), dietary ('Gluten Free' 27 | 'Nut Free'
 *   23 | 'Vegan' 21 | 'Dairy Free' 10; missing on 767), Source ('Facebook' 299 | 'Word of mouth'
 *   179 | 'Instagram' 168 | 'Repeat' 136 | 'Website' 45; missing on 21), Status ('Complete' 788
 *   | 'Cancelled' 32 | 'Booked' 28, due after the export). No ingredient, packaging or other
 *   costs, baking hours, customers' addresses or phone numbers, or what was written on a cake.
 * - karate_gradings.csv (1,168 rows, Kaizen Shotokan Karate Club, Swindon: its grading results,
 *   one row per member per grading; 20 gradings on the second Sunday of March, June, September
 *   and December, 10 March 2019 to 8 December 2024, none from June 2020 to March 2021
 *   (lockdown); 36 to 79 entries a grading; a member goes for the next grade after three months
 *   at a grade (six for the brown belts, a year for a black belt, two years for 2nd Dan; 16 years
 *   old at least for a black belt); brown belts grade in June and December, Dan grades in
 *   December; marked out of 30, 20 a pass): "Grading Date" (DATE), "Member No" (VARCHAR,
 *   'KZ-0001' to 'KZ-0354', 267 members; 'Kwame Murphy', 'Siobhan Smith' and 'Henry Khan' are
 *   each two members), Name (264 names), dob (DATE, date of birth, 1959 to 2018; ages 5 to 64 on
 *   the day), Sex ('F' 599 | 'M' 569), Jnr (BOOLEAN, from Yes/No, under 16 on the day; 559
 *   Yes), "Grade Sought" (11: '9th Kyu' 224, '8th Kyu' 192 ... '1st Kyu' 59, '1st Dan' 21,
 *   '2nd Dan' 7), Belt (the colour of the grade sought: 'Orange', 'Red', 'Yellow', 'Green',
 *   'Purple', 'Purple & White', 'Brown', 'Brown & White', 'Brown & Red', 'Black' for 1st and
 *   2nd Dan), Examiner ('Sensei Okafor' 839 (the chief instructor, kyu grades) | "Sensei
 *   O'Neill" 184 (the brown belts) | 'Sensei Bennett' 117 (kyu grades from September 2022) |
 *   'Sensei Harada' 28 (Dan grades)), Score (BIGINT, out of 30, 14-30, missing for the 50
 *   absent; 270 on David Quinn's 6th Kyu of 11 June 2023, a slip for 27), Result ('Pass' 961 |
 *   'Fail' 157 | 'Absent' 50), "Cert No" (VARCHAR, 'yy-nnnn' given with a pass, '19-0001' to
 *   '24-0170'; missing otherwise), "Fee (£)" (DOUBLE, by grade: £25-£35 a kyu grade, £90 and
 *   £110 a Dan grade to 2022, £5 (£10) more from 2023; 0 on 39 gradings of 10 juniors on a
 *   bursary), amountPaid (DOUBLE, what was paid: 0 on six fees not paid, one of March 2023 and
 *   five of December 2024), "Refund (£)" (DOUBLE, the fee given back to 29 of the absent who
 *   said beforehand, £975; missing otherwise). No training attendance, membership
 *   subscriptions, competitions, instructors' pay, addresses or licences.
 * Every column is kept as DuckDB's CSV import reads it (no `select`).
 */

export const SET_AS_TABLE_SOURCES: TableSource[] = [
	{
		name: 'cottage_bookings',
		humanName: 'Cottage bookings',
		repoDir: 'tests/nl/data/set-as',
		file: 'cottage_bookings.csv',
		format: 'csv'
	},
	{
		name: 'cake_orders',
		humanName: 'Cake orders',
		repoDir: 'tests/nl/data/set-as',
		file: 'cake_orders.csv',
		format: 'csv'
	},
	{
		name: 'karate_gradings',
		humanName: 'Karate gradings',
		repoDir: 'tests/nl/data/set-as',
		file: 'karate_gradings.csv',
		format: 'csv'
	}
];

export const SET_AS_QUESTIONS: EvalQuestion[] = [
	{
		id: 'as-cottage_bookings-01',
		question: 'how many bookings did we get in 2023',
		tables: ['cottage_bookings'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM cottage_bookings WHERE YEAR(arrival) = 2023`,
		note: 'Rows (bookings) with arrival in 2023: 162, 12 of them cancelled (150 without the cancellations). By booked_on in 2023 (164) is another reading.'
	},
	{
		id: 'as-cottage_bookings-02',
		question: 'how many nights was the barn let in 2024',
		tables: ['cottage_bookings'],
		tags: ['sum', 'filter-eq', 'time-year', 'fuzzy', 'synonym'],
		sql: `SELECT SUM(Nights) FROM cottage_bookings WHERE Property = 'Swallow Barn' AND YEAR(arrival) = 2024 AND Status <> 'Cancelled'`,
		note: "Nights summed over Property 'Swallow Barn' (the barn) with arrival in 2024, leaving out cancelled bookings: 257 nights (53 stays). With the cancelled ones (276) is another reading."
	},
	{
		id: 'as-cottage_bookings-03',
		question: 'how much commission have i paid airbnb',
		tables: ['cottage_bookings'],
		tags: ['sum', 'filter-eq'],
		sql: `SELECT SUM("Commission (£)") FROM cottage_bookings WHERE Source = 'Airbnb'`,
		note: "Commission (£) summed over Source 'Airbnb' (247 bookings): £23,122.80 (£810.57 of it on cancelled bookings, on what was kept)."
	},
	{
		id: 'as-cottage_bookings-04',
		question: 'which cottage brings in the most money',
		tables: ['cottage_bookings'],
		tags: ['sum', 'group-by', 'top-n', 'synonym'],
		sql: `SELECT Property FROM cottage_bookings WHERE Status <> 'Cancelled' GROUP BY Property ORDER BY SUM("Total (£)") DESC LIMIT 1`,
		note: "Total (£) summed per Property leaving out cancelled bookings, the most: Swallow Barn (£185,787; The Granary £138,017.50, Shepherd's Hut £73,375). Net of commission (£163,310.36) or what came in less refunds and commission (£165,799.14) it is Swallow Barn too; with the total is another reading."
	},
	{
		id: 'as-cottage_bookings-05',
		question: 'average length of stay',
		tables: ['cottage_bookings'],
		tags: ['avg', 'synonym'],
		sql: `SELECT AVG(Nights) FROM cottage_bookings WHERE Status <> 'Cancelled'`,
		note: 'Nights averaged over the 635 bookings not cancelled: 4.19 nights (median 4; over all 679 bookings 4.19 too).'
	},
	{
		id: 'as-cottage_bookings-06',
		question: 'what % of bookings come from airbnb',
		tables: ['cottage_bookings'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Source = 'Airbnb') * 1.0 / COUNT(*) FROM cottage_bookings`,
		isShare: true,
		note: "Source 'Airbnb' over all bookings: 247 of 679 (36.4%). Leaving out the cancellations (36.5%) is another reading."
	},
	{
		id: 'as-cottage_bookings-07',
		question: 'how many cancellations have there been',
		tables: ['cottage_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM cottage_bookings WHERE Status = 'Cancelled'`,
		note: "Status 'Cancelled': 44 bookings (Airbnb 15, Booking.com 15, Sykes Cottages 8, Direct 6)."
	},
	{
		id: 'as-cottage_bookings-08',
		question: 'how much have we refunded in total',
		tables: ['cottage_bookings'],
		tags: ['sum', 'metric'],
		sql: `SELECT SUM(refund_p) / 100.0 FROM cottage_bookings`,
		note: 'refund_p (pence) summed, divided by 100: £12,189.25 (28 refunds: 27 cancellations and a £100 goodwill refund on LMF-0443, a stay at Swallow Barn in August 2023 when the hot tub broke). The pence as pounds (1,218,925) is wrong.'
	},
	{
		id: 'as-cottage_bookings-09',
		question: 'bookings per month in 2024',
		tables: ['cottage_bookings'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', arrival) AS m, COUNT(*) FROM cottage_bookings WHERE YEAR(arrival) = 2024 GROUP BY m`,
		note: 'Rows per calendar month of arrival in 2024 (12 rows: January 6, February 8, March 16, April 15, May 22, June 18, July 17, August 15, September 18, October 19, November 7, December 10; 171 in all). Leaving out the 13 cancellations, or by month of booked_on, are other readings.'
	},
	{
		id: 'as-cottage_bookings-10',
		question: 'average review for the shepherds hut',
		tables: ['cottage_bookings'],
		tags: ['avg', 'filter-eq', 'fuzzy', 'quoting'],
		sql: `SELECT AVG(Review) FROM cottage_bookings WHERE Property = 'Shepherd''s Hut'`,
		note: 'Review averaged over Property "Shepherd\'s Hut" bookings that have one (95 of 219): 4.56 stars (median 5; 4.56 over all three lets too).'
	},
	{
		id: 'as-cottage_bookings-11',
		question: 'how many stays had dogs',
		tables: ['cottage_bookings'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: `SELECT COUNT(*) FROM cottage_bookings WHERE dogs > 0 AND Status <> 'Cancelled'`,
		note: 'Bookings with dogs above 0, leaving out cancellations: 147 (140 stayed, the rest upcoming or no-shows). With the cancelled ones (159), or the number of dogs (177), are other readings.'
	},
	{
		id: 'as-cottage_bookings-12',
		question: "what was the granary's occupancy in 2023",
		tables: ['cottage_bookings'],
		tags: ['share', 'sum', 'metric', 'filter-eq', 'time-year'],
		sql: `SELECT SUM(Nights) / 365.0 FROM cottage_bookings WHERE Property = 'The Granary' AND YEAR(arrival) = 2023 AND Status <> 'Cancelled'`,
		isShare: true,
		note: "Nights of Property 'The Granary' bookings arriving in 2023, leaving out cancellations, over the 365 days of the year: 260 / 365 = 71.2% (counting only the nights inside 2023 gives 260 too). Over the nights it could be let is another reading; the data has no closed days."
	},
	{
		id: 'as-cottage_bookings-13',
		question: 'who has stayed with us the most',
		tables: ['cottage_bookings'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT "Guest Name" FROM cottage_bookings WHERE Status <> 'Cancelled' GROUP BY "Guest Name" ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per Guest Name leaving out cancellations, the most: Tariq Hussain (8 stays, all at Swallow Barn; Janet Pritchard and Rosemary Lamb 6 each). With the count is another reading.'
	},
	{
		id: 'as-cottage_bookings-14',
		question: 'how much do guests still owe me',
		tables: ['cottage_bookings'],
		tags: ['sum', 'metric', 'synonym'],
		sql: `SELECT SUM("Total (£)" - "Paid So Far (£)") FROM cottage_bookings WHERE Status <> 'Cancelled'`,
		note: "Total (£) less Paid So Far (£) over bookings not cancelled: £2,040 (£416.25 left on LMF-0617, Daisy Taylor's direct stay of 19 December 2024, and £1,623.75 of balances on three upcoming direct bookings, not due yet). Only what is overdue (£416.25) is a narrower reading; cancelled direct bookings show a balance that is not owed."
	},
	{
		id: 'as-cottage_bookings-15',
		question: "list the granary's upcoming bookings with guest name, arrival date and nights",
		tables: ['cottage_bookings'],
		tags: ['rows-mode', 'filter-eq'],
		sql: `SELECT "Guest Name", arrival, Nights FROM cottage_bookings WHERE Property = 'The Granary' AND Status = 'Upcoming'`,
		note: "Property 'The Granary' with Status 'Upcoming': 8 rows of Guest Name, arrival and Nights (Pauline Jackson 22 January 2025, 4 nights; Ruby O'Connor 24 February, 4; Gareth Wood 22 March, 4; Janet Mitchell 7 April, 4; Simon Cox 11 April, 3; Paul Thompson 18 April, 3; Andrew Roberts 21 April, 7; Rosemary Lamb 28 April, 3). Arrivals after the export (6 January 2025) give the same rows."
	},
	{
		id: 'as-cottage_bookings-16',
		question: 'how many direct bookings between april and september 2024',
		tables: ['cottage_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM cottage_bookings WHERE Source = 'Direct' AND arrival >= DATE '2024-04-01' AND arrival < DATE '2024-10-01'`,
		note: "Source 'Direct' with arrival from 1 April to 30 September 2024: 32 bookings (2 of them cancelled). Up to the start of September (26) or by booked_on (29) are other readings."
	},
	{
		id: 'as-cottage_bookings-17',
		question: 'avg price per night at swallow barn in august 2024',
		tables: ['cottage_bookings'],
		tags: ['avg', 'metric', 'filter-eq', 'time-range'],
		sql: `SELECT SUM("Rent (£)") / SUM(Nights) FROM cottage_bookings WHERE Property = 'Swallow Barn' AND arrival >= DATE '2024-08-01' AND arrival < DATE '2024-09-01' AND Status <> 'Cancelled'`,
		note: "Rent (£) over Nights for Property 'Swallow Barn' stays arriving in August 2024, leaving out one cancellation: £250 a night (3 stays, 26 nights, all at the £250 peak rate; the average of each stay's rent per night is £250 too). Rent less the week-long discount (£229.81) is another reading."
	},
	{
		id: 'as-cottage_bookings-18',
		question: 'how many kids have stayed in total',
		tables: ['cottage_bookings'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM(Kids) FROM cottage_bookings WHERE Status = 'Stayed'`,
		note: "Kids summed over bookings with Status 'Stayed': 182 (in 120 stays). Leaving out only the cancellations (190, with upcoming stays and no-shows) is another reading."
	},
	{
		id: 'as-cottage_bookings-19',
		question: 'which month of the year gets the most bookings at the shepherds hut',
		tables: ['cottage_bookings'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain', 'quoting'],
		sql: `SELECT MONTHNAME(arrival) FROM cottage_bookings WHERE Property = 'Shepherd''s Hut' GROUP BY MONTHNAME(arrival) ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per month of arrival for Property "Shepherd\'s Hut" (open March to October), the most: September (32; May and June 30). Leaving out cancellations it is September too (30).'
	},
	{
		id: 'as-cottage_bookings-20',
		question: 'top 3 guests by total spent',
		tables: ['cottage_bookings'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT "Guest Name", SUM("Total (£)") AS spent FROM cottage_bookings WHERE Status <> 'Cancelled' GROUP BY "Guest Name" ORDER BY spent DESC LIMIT 3`,
		isOrdered: true,
		note: 'Total (£) summed per Guest Name leaving out cancellations, most first: Tariq Hussain £8,183, Janet Pritchard £5,561.50, Kwame Mensah £5,128.50. By what was paid less refunds the same three come first; the names alone is another reading.'
	},
	{
		id: 'as-cottage_bookings-21',
		question: 'how many bookings were made more than 6 months in advance',
		tables: ['cottage_bookings'],
		tags: ['aggregate-count', 'metric'],
		sql: `SELECT COUNT(*) FROM cottage_bookings WHERE booked_on < arrival - INTERVAL 6 MONTH`,
		note: 'booked_on more than six months before arrival: 51 bookings (48 leaving out cancellations; more than 180 days, 53).'
	},
	{
		id: 'as-cottage_bookings-22',
		question: "what's the most expensive stay we've had",
		tables: ['cottage_bookings'],
		tags: ['max', 'filter-eq'],
		sql: `SELECT MAX("Total (£)") FROM cottage_bookings WHERE Status = 'Stayed'`,
		note: "The highest Total (£) of a booking with Status 'Stayed': £3,225 (LMF-0545, Tariq Hussain, 14 nights at Swallow Barn from 16 August 2024; the highest of all bookings too). The row is another reading."
	},
	{
		id: 'as-cottage_bookings-23',
		question: 'how many no-shows have we had',
		tables: ['cottage_bookings'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM cottage_bookings WHERE Status = 'No Show'`,
		note: "Status 'No Show': 5 bookings (paid in full, nothing refunded)."
	},
	{
		id: 'as-cottage_bookings-24',
		question: 'how many bookings came in during january 2024',
		tables: ['cottage_bookings'],
		tags: ['aggregate-count', 'time-range'],
		sql: `SELECT COUNT(*) FROM cottage_bookings WHERE booked_on >= TIMESTAMP '2024-01-01' AND booked_on < TIMESTAMP '2024-02-01'`,
		note: 'booked_on (a timestamp) in January 2024: 15 bookings (for stays from 29 January 2024 to 21 July 2025). Arrivals in January 2024 (6) is another reading.'
	},
	{
		id: 'as-cottage_bookings-25',
		question: 'what did i take home in 2023 after commission and refunds',
		tables: ['cottage_bookings'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM("Paid So Far (£)" - refund_p / 100.0 - "Commission (£)") FROM cottage_bookings WHERE YEAR(arrival) = 2023`,
		note: 'Paid So Far (£) less refund_p / 100 less Commission (£) over bookings arriving in 2023, cancellations included for the money kept on them: £89,565.58 (£104,678 paid, £2,871 refunded, £12,241.42 commission). Total (£) less commission over the stays not cancelled (£86,201.94) is another reading.'
	},
	{
		id: 'as-cake_orders-01',
		question: 'how many orders did i have in 2024',
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'time-year'],
		sql: `SELECT COUNT(*) FROM cake_orders WHERE YEAR("Due Date") = 2024`,
		note: 'Due Date in 2024: 361 orders (348 leaving out the 13 cancelled). By Ordered (a timestamp) in 2024 (360) is another reading.'
	},
	{
		id: 'as-cake_orders-02',
		question: 'how much did i make in march 2024',
		tables: ['cake_orders'],
		tags: ['sum', 'time-range', 'synonym'],
		sql: `SELECT SUM("Total Paid (£)") FROM cake_orders WHERE "Due Date" >= DATE '2024-03-01' AND "Due Date" < DATE '2024-04-01'`,
		note: "Total Paid (£) summed over Due Date in March 2024: £2,376.50 (42 orders, 7 Mother's Day boxes among them; the one cancellation kept nothing). Price (£) plus Delivery less Discount (£) of the orders not cancelled is £2,376.50 too; by Ordered in March 2024 (£2,357) is another reading."
	},
	{
		id: 'as-cake_orders-03',
		question: 'whats my most popular flavour',
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT Flavour FROM cake_orders GROUP BY Flavour ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows per Flavour, the most: 'Chocolate' (223; Vanilla 137, Biscoff 125). With the count is another reading."
	},
	{
		id: 'as-cake_orders-04',
		question: 'how many wedding cakes have i done',
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'filter-eq'],
		sql: `SELECT COUNT(*) FROM cake_orders WHERE Item = 'Wedding Cake' AND Status = 'Complete'`,
		note: "Item 'Wedding Cake' with Status 'Complete': 15 (3 more booked for May and June 2025). All wedding cake orders (18) is another reading."
	},
	{
		id: 'as-cake_orders-05',
		question: 'average price of a birthday cake',
		tables: ['cake_orders'],
		tags: ['avg', 'filter-eq'],
		sql: `SELECT AVG("Price (£)") FROM cake_orders WHERE Item = 'Birthday Cake'`,
		note: "Price (£) averaged over Item 'Birthday Cake' (289 orders): £75.59 (median £60; £75.85 leaving out cancellations)."
	},
	{
		id: 'as-cake_orders-06',
		question: 'how many cupcakes have i made',
		tables: ['cake_orders'],
		tags: ['sum', 'filter-eq', 'metric'],
		sql: `SELECT SUM(Qty) FROM cake_orders WHERE Item = 'Cupcakes' AND Status = 'Complete'`,
		note: "Qty summed over Item 'Cupcakes' with Status 'Complete': 2,568 cupcakes (165 orders). Every cupcake order, booked and cancelled too (2,676), or the number of orders (173), are other readings."
	},
	{
		id: 'as-cake_orders-07',
		question: 'what % of orders are deliveries',
		tables: ['cake_orders'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Fulfilment = 'Delivery') * 1.0 / COUNT(*) FROM cake_orders`,
		isShare: true,
		note: "Fulfilment 'Delivery' over all orders: 269 of 848 (31.7%). Leaving out cancellations (31.4%) is another reading."
	},
	{
		id: 'as-cake_orders-08',
		question: 'total delivery charges in 2024',
		tables: ['cake_orders'],
		tags: ['sum', 'time-year'],
		sql: `SELECT SUM(Delivery) FROM cake_orders WHERE YEAR("Due Date") = 2024 AND Status <> 'Cancelled'`,
		note: 'Delivery (the charge in pounds: empty for a collection, 0 when free) summed over Due Date in 2024, leaving out cancellations: £706 (78 charged deliveries). With the cancelled orders (£760) is another reading.'
	},
	{
		id: 'as-cake_orders-09',
		question: 'how much has the daisy cafe spent with me',
		tables: ['cake_orders'],
		tags: ['sum', 'filter-eq', 'fuzzy'],
		sql: `SELECT SUM("Total Paid (£)") FROM cake_orders WHERE customer_name = 'The Daisy Café'`,
		note: "customer_name 'The Daisy Café' (weekly brownies from September 2023): Total Paid (£) summed: £3,930 (57 orders, 3 of them cancelled with nothing paid; 241 brownie boxes). Price (£) less discount of the orders not cancelled is £3,930 too."
	},
	{
		id: 'as-cake_orders-10',
		question:
			'show me orders that have been collected but not paid in full - order no, customer and how much is owed',
		tables: ['cake_orders'],
		tags: ['rows-mode', 'metric', 'filter-numeric'],
		sql: `SELECT "Order No", customer_name, "Price (£)" + COALESCE(Delivery, 0) - "Discount (£)" - "Total Paid (£)" AS owed FROM cake_orders WHERE Status = 'Complete' AND "Total Paid (£)" < "Price (£)" + COALESCE(Delivery, 0) - "Discount (£)"`,
		note: "Status 'Complete' with Total Paid (£) below Price (£) + Delivery - Discount (£): 6 rows of Order No, customer_name and the amount owed (1078 Emma Quinn £25, 1266 Helen Cooper £16, 1579 Helen Cooper £55, 1856 Emma Walker £33, 1865 Priya Patel £56, 1869 Sophie Johnson £18; £203 in all). Booked orders with only a deposit paid have not been collected."
	},
	{
		id: 'as-cake_orders-11',
		question: 'how much am i still owed',
		tables: ['cake_orders'],
		tags: ['sum', 'metric', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Price (£)" + COALESCE(Delivery, 0) - "Discount (£)" - "Total Paid (£)") FROM cake_orders WHERE Status = 'Complete'`,
		note: "Price (£) + Delivery - Discount (£) - Total Paid (£) summed over Status 'Complete': £203 (6 orders). With the balances of the 28 booked orders, not due yet (£1,936.50 more), is another reading; cancelled orders owe nothing."
	},
	{
		id: 'as-cake_orders-12',
		question: 'orders per month in 2024',
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'time-grain', 'time-year', 'trend'],
		sql: `SELECT DATE_TRUNC('month', "Due Date") AS m, COUNT(*) FROM cake_orders WHERE YEAR("Due Date") = 2024 GROUP BY m`,
		note: 'Rows per calendar month of Due Date in 2024 (12 rows: January 20, February 21, March 42, April 27, May 35, June 39, July 36, August 15 (two weeks off), September 38, October 25, November 27, December 36; 361 in all). By month of Ordered, or leaving out cancellations, are other readings.'
	},
	{
		id: 'as-cake_orders-13',
		question: 'how many vegan or gluten free orders have i had',
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'filter-list'],
		sql: `SELECT COUNT(*) FROM cake_orders WHERE dietary IN ('Vegan', 'Gluten Free')`,
		note: "dietary 'Vegan' or 'Gluten Free': 48 orders (Gluten Free 27, Vegan 21; 47 leaving out a cancellation)."
	},
	{
		id: 'as-cake_orders-14',
		question: 'how many orders came in after 10pm',
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'time-grain'],
		sql: `SELECT COUNT(*) FROM cake_orders WHERE HOUR(Ordered) >= 22`,
		note: 'Ordered (a timestamp) at 22:00 or later: 102 orders (32 of them after 23:00). From 21:00 (194) is not after 10pm.'
	},
	{
		id: 'as-cake_orders-15',
		question: 'how many orders have i still got to do',
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM cake_orders WHERE Status = 'Booked'`,
		note: "Status 'Booked' (due after the export on 14 March 2025): 28 orders, due up to 21 June 2025 (12 birthday cakes, 3 wedding cakes)."
	},
	{
		id: 'as-cake_orders-16',
		question: 'on average how many days notice do people give for birthday cakes',
		tables: ['cake_orders'],
		tags: ['avg', 'metric', 'filter-eq'],
		sql: `SELECT AVG(date_diff('day', CAST(Ordered AS DATE), "Due Date")) FROM cake_orders WHERE Item = 'Birthday Cake'`,
		note: "Days from the day of Ordered to Due Date averaged over Item 'Birthday Cake' (289 orders): 21.9 days (median 18). Order 1673 has its Due Date keyed a year early (19 October 2023 for an order of 12 August 2024, -298 days); leaving it out gives 23.0."
	},
	{
		id: 'as-cake_orders-17',
		question: 'top 5 customers by spend',
		tables: ['cake_orders'],
		tags: ['sum', 'group-by', 'top-n'],
		sql: `SELECT customer_name, SUM("Total Paid (£)") AS spent FROM cake_orders GROUP BY customer_name ORDER BY spent DESC LIMIT 5`,
		isOrdered: true,
		note: 'Total Paid (£) summed per customer_name, most first: The Daisy Café £3,930, Richard Quinn £630 (a wedding cake), Daisy Lamb £560, Rachel Tucker £534 (9 orders), Keith Wright £525. By the price of orders not cancelled Henry Sutton comes in third (£600, a wedding cake booked for May 2025 with the deposit paid), another reading; the names alone is another.'
	},
	{
		id: 'as-cake_orders-18',
		question: 'which day of the week are most cakes due',
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'group-by', 'top-n', 'time-grain'],
		sql: `SELECT DAYNAME("Due Date") FROM cake_orders GROUP BY DAYNAME("Due Date") ORDER BY COUNT(*) DESC LIMIT 1`,
		note: 'Rows per day of the week of Due Date, the most: Saturday (359; Friday 188). No orders are due on a Monday.'
	},
	{
		id: 'as-cake_orders-19',
		question: 'how much have i kept in deposits from cancelled orders',
		tables: ['cake_orders'],
		tags: ['sum', 'filter-eq', 'synonym'],
		sql: `SELECT SUM("Total Paid (£)") FROM cake_orders WHERE Status = 'Cancelled'`,
		note: "Total Paid (£) summed over Status 'Cancelled': £360 (32 cancellations; deposits kept on 18, one £20 deposit given back, boxes and cupcakes take none). The deposits asked for (£380) is another reading."
	},
	{
		id: 'as-cake_orders-20',
		question: 'whats the most ive charged for one order',
		tables: ['cake_orders'],
		tags: ['max', 'metric'],
		sql: `SELECT MAX("Price (£)" + COALESCE(Delivery, 0) - "Discount (£)") FROM cake_orders`,
		note: "The highest Price (£) + Delivery - Discount (£): £630 (order 1042, Richard Quinn's four-tier wedding cake of 5 August 2023, £590 and £40 delivery with setting up). Price (£) alone (£590) is another reading."
	},
	{
		id: 'as-cake_orders-21',
		question: 'how many cakes were 2 tiers or more',
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'filter-numeric'],
		sql: `SELECT COUNT(*) FROM cake_orders WHERE Tiers >= 2`,
		note: 'Tiers of 2 or more (empty for cupcakes and boxes): 98 (2 tiers 78, 3 tiers 17, 4 tiers 3; 94 leaving out cancellations).'
	},
	{
		id: 'as-cake_orders-22',
		question: 'how many orders came from my regulars',
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM cake_orders WHERE Source = 'Repeat'`,
		note: "Source 'Repeat': 136 orders (14 customers; 56 of them The Daisy Café's). Customers with more than one order is another reading."
	},
	{
		id: 'as-cake_orders-23',
		question: "how many orders has fatima d'arcy placed",
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'filter-eq', 'quoting'],
		sql: `SELECT COUNT(*) FROM cake_orders WHERE customer_name = 'Fatima D''Arcy'`,
		note: 'customer_name "Fatima D\'Arcy": 4 orders (other D\'Arcys and Fatimas are other customers).'
	},
	{
		id: 'as-cake_orders-24',
		question: 'average order value since january 2025',
		tables: ['cake_orders'],
		tags: ['avg', 'metric', 'time-since'],
		sql: `SELECT AVG("Price (£)" + COALESCE(Delivery, 0) - "Discount (£)") FROM cake_orders WHERE "Due Date" >= DATE '2025-01-01' AND Status <> 'Cancelled'`,
		note: 'Price (£) + Delivery - Discount (£) averaged over orders due from 1 January 2025, leaving out cancellations: £75.51 (92 orders). Price (£) alone (£72.64), or by Ordered from 1 January 2025 (£61.15), are other readings.'
	},
	{
		id: 'as-cake_orders-25',
		question: 'how many cakes have i given away free',
		tables: ['cake_orders'],
		tags: ['aggregate-count', 'filter-numeric', 'synonym'],
		sql: `SELECT COUNT(*) FROM cake_orders WHERE "Price (£)" = 0`,
		note: "Price (£) of 0: 2 (the raffle cakes given to St Mary's PTA, due 25 November 2023 and 13 July 2024)."
	},
	{
		id: 'as-karate_gradings-01',
		question: 'how many gradings were there in 2022',
		tables: ['karate_gradings'],
		tags: ['aggregate-distinct', 'time-year'],
		sql: `SELECT COUNT(DISTINCT "Grading Date") FROM karate_gradings WHERE YEAR("Grading Date") = 2022`,
		note: 'Distinct Grading Date in 2022: 4 (13 March, 12 June, 11 September, 11 December). Rows (227 entries) is another reading.'
	},
	{
		id: 'as-karate_gradings-02',
		question: 'whats our pass rate',
		tables: ['karate_gradings'],
		tags: ['share', 'filter-eq'],
		sql: `SELECT COUNT(*) FILTER (WHERE Result = 'Pass') * 1.0 / COUNT(*) FROM karate_gradings`,
		isShare: true,
		note: "Result 'Pass' over all 1,168 entries: 961 (82.3%). Leaving out the 50 absent (961 of 1,118, 86.0%) is another reading."
	},
	{
		id: 'as-karate_gradings-03',
		question: 'how many passed at the december 2024 grading',
		tables: ['karate_gradings'],
		tags: ['aggregate-count', 'filter-eq', 'time-range'],
		sql: `SELECT COUNT(*) FROM karate_gradings WHERE Result = 'Pass' AND "Grading Date" >= DATE '2024-12-01' AND "Grading Date" < DATE '2025-01-01'`,
		note: "Result 'Pass' at the grading of 8 December 2024: 60 of 75 (11 failed, 4 absent)."
	},
	{
		id: 'as-karate_gradings-04',
		question: 'how many black belts have we awarded',
		tables: ['karate_gradings'],
		tags: ['aggregate-count', 'filter-eq', 'synonym'],
		sql: `SELECT COUNT(*) FROM karate_gradings WHERE "Grade Sought" = '1st Dan' AND Result = 'Pass'`,
		note: "Grade Sought '1st Dan' (the black belt) with Result 'Pass': 16. With the 2nd Dan passes (Belt 'Black' too; 20) is another reading."
	},
	{
		id: 'as-karate_gradings-05',
		question: 'average score at brown belt gradings',
		tables: ['karate_gradings'],
		tags: ['avg', 'filter-contains'],
		sql: `SELECT AVG(Score) FROM karate_gradings WHERE Belt LIKE 'Brown%'`,
		note: "Score averaged over Belt 'Brown', 'Brown & White' and 'Brown & Red' (3rd to 1st Kyu, 176 scored; the absent have none): 23.29. 'Brown' alone (3rd Kyu, 23.25) is another reading."
	},
	{
		id: 'as-karate_gradings-06',
		question: 'how much did we take in grading fees in 2023',
		tables: ['karate_gradings'],
		tags: ['sum', 'metric', 'time-year'],
		sql: `SELECT SUM(amountPaid) - SUM(COALESCE("Refund (£)", 0)) FROM karate_gradings WHERE YEAR("Grading Date") = 2023`,
		note: 'amountPaid less Refund (£) over Grading Date in 2023: £7,375 (£7,725 paid, £350 refunded). The fees set (£7,760) or paid before refunds (£7,725) are other readings.'
	},
	{
		id: 'as-karate_gradings-07',
		question: 'which examiner has graded the most people',
		tables: ['karate_gradings'],
		tags: ['aggregate-count', 'group-by', 'top-n'],
		sql: `SELECT Examiner FROM karate_gradings GROUP BY Examiner ORDER BY COUNT(*) DESC LIMIT 1`,
		note: "Rows per Examiner, the most: Sensei Okafor (839; Sensei O'Neill 184, Sensei Bennett 117, Sensei Harada 28). With the count is another reading."
	},
	{
		id: 'as-karate_gradings-08',
		question: 'how many juniors graded in 2024',
		tables: ['karate_gradings'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM karate_gradings WHERE Jnr AND YEAR("Grading Date") = 2024`,
		note: 'Jnr = Yes with Grading Date in 2024: 123 entries. Different juniors (54) is another reading.'
	},
	{
		id: 'as-karate_gradings-09',
		question: 'how many under 10s were at the latest grading',
		tables: ['karate_gradings'],
		tags: ['aggregate-count', 'metric', 'time-relative'],
		sql: `SELECT COUNT(*) FROM karate_gradings WHERE "Grading Date" = (SELECT MAX("Grading Date") FROM karate_gradings) AND dob > "Grading Date" - INTERVAL 10 YEAR AND Result <> 'Absent'`,
		note: 'At the latest grading (8 December 2024), born less than 10 years before it, leaving out the absent: 14 (15 with one absent).'
	},
	{
		id: 'as-karate_gradings-10',
		question: 'which members have failed 5 or more times',
		tables: ['karate_gradings'],
		tags: ['aggregate-count', 'filter-eq', 'group-by', 'filter-numeric'],
		sql: `SELECT Name FROM karate_gradings WHERE Result = 'Fail' GROUP BY "Member No", Name HAVING COUNT(*) >= 5`,
		note: "Result 'Fail' counted per member (Member No), 5 or more: 5 rows of Name (Freya Cox 6, Callum Pritchard 6, Bethan Hughes 5, Evie Brown 5, Harry Cox 5). With the counts is another reading."
	},
	{
		id: 'as-karate_gradings-11',
		question: 'how many no-shows got a refund',
		tables: ['karate_gradings'],
		tags: ['aggregate-count', 'filter-missing', 'synonym'],
		sql: `SELECT COUNT(*) FROM karate_gradings WHERE Result = 'Absent' AND "Refund (£)" IS NOT NULL`,
		note: "Result 'Absent' with a Refund (£): 29 of the 50 absent (£975 refunded)."
	},
	{
		id: 'as-karate_gradings-12',
		question: "list everyone who hasn't paid for their grading - name, date and fee",
		tables: ['karate_gradings'],
		tags: ['rows-mode', 'filter-numeric', 'metric'],
		sql: `SELECT Name, "Grading Date", "Fee (£)" FROM karate_gradings WHERE amountPaid < "Fee (£)"`,
		note: 'amountPaid below Fee (£): 6 rows of Name, Grading Date and Fee (£) (Evie Brown 12 March 2023 £35; from 8 December 2024 Alfie Hussain £120, Aisha Wilson £40, Laura Fletcher £35, Lily Roberts £35, Callum Rose £30). Free bursary gradings are not unpaid.'
	},
	{
		id: 'as-karate_gradings-13',
		question: 'how much is owed in unpaid fees',
		tables: ['karate_gradings'],
		tags: ['sum', 'metric'],
		sql: `SELECT SUM("Fee (£)" - amountPaid) FROM karate_gradings`,
		note: 'Fee (£) less amountPaid summed: £295 (six unpaid fees, five of them from 8 December 2024).'
	},
	{
		id: 'as-karate_gradings-14',
		question: 'average age of people going for their black belt',
		tables: ['karate_gradings'],
		tags: ['avg', 'metric', 'filter-eq', 'synonym'],
		sql: `SELECT AVG(date_sub('year', dob, "Grading Date")) FROM karate_gradings WHERE "Grade Sought" = '1st Dan'`,
		note: "Age in whole years on the day (date_sub of dob to Grading Date) averaged over Grade Sought '1st Dan' (21 entries, ages 16 to 59): 36.7. Exact ages in years (37.1), or only those who turned up (35.3), are other readings."
	},
	{
		id: 'as-karate_gradings-15',
		question: 'pass rate by belt',
		tables: ['karate_gradings'],
		tags: ['share', 'group-by'],
		sql: `SELECT Belt, COUNT(*) FILTER (WHERE Result = 'Pass') * 1.0 / COUNT(*) FROM karate_gradings GROUP BY Belt`,
		isShare: true,
		note: "Result 'Pass' over all entries per Belt (10 rows: Orange 83.9%, Red 78.6%, Yellow 82.3%, Green 81.5%, Purple 86.1%, Purple & White 83.3%, Brown 85.7%, Brown & White 92.7%, Brown & Red 71.2%, Black 71.4%). Leaving out the absent is another reading."
	},
	{
		id: 'as-karate_gradings-16',
		question: 'how many women have passed a dan grading',
		tables: ['karate_gradings'],
		tags: ['aggregate-distinct', 'filter-eq', 'filter-contains', 'synonym'],
		sql: `SELECT COUNT(DISTINCT "Member No") FROM karate_gradings WHERE Sex = 'F' AND Result = 'Pass' AND "Grade Sought" LIKE '%Dan'`,
		note: "Different Member No with Sex 'F', Result 'Pass' and Grade Sought a Dan grade: 7 women (8 passes: seven 1st Dan, one 2nd Dan). Passes (8) is another reading."
	},
	{
		id: 'as-karate_gradings-17',
		question: 'how many different people have graded since 2023',
		tables: ['karate_gradings'],
		tags: ['aggregate-distinct', 'time-since'],
		sql: `SELECT COUNT(DISTINCT "Member No") FROM karate_gradings WHERE "Grading Date" >= DATE '2023-01-01'`,
		note: 'Distinct Member No with Grading Date from 1 January 2023: 142 (141 distinct names; two members share a name).'
	},
	{
		id: 'as-karate_gradings-18',
		question: 'average score in 2023',
		tables: ['karate_gradings'],
		tags: ['avg', 'time-year'],
		sql: `SELECT AVG(Score) FROM karate_gradings WHERE YEAR("Grading Date") = 2023`,
		note: "Score averaged over Grading Date in 2023 (223 scored entries): 24.14, pulled up by a slip, 270 for David Quinn's 6th Kyu on 11 June 2023 (27 meant); without it 23.04."
	},
	{
		id: 'as-karate_gradings-19',
		question: 'gradings per year',
		tables: ['karate_gradings'],
		tags: ['aggregate-distinct', 'group-by', 'time-grain'],
		sql: `SELECT YEAR("Grading Date") AS y, COUNT(DISTINCT "Grading Date") FROM karate_gradings GROUP BY y`,
		note: 'Distinct Grading Date per year (6 rows: 2019 4, 2020 1 (March, then lockdown), 2021 3 (from June), 2022 4, 2023 4, 2024 4).'
	},
	{
		id: 'as-karate_gradings-20',
		question: 'how did james get on at his gradings',
		tables: ['karate_gradings'],
		tags: ['rows-mode', 'filter-eq', 'fuzzy'],
		sql: `SELECT "Grading Date", "Grade Sought", Score, Result FROM karate_gradings WHERE Name = 'James Mensah'`,
		note: 'James is James Mensah (the only James, KZ-0122): 9 rows of Grading Date, Grade Sought, Score and Result, every one a pass (9th Kyu on 8 September 2019, 24 ... 1st Kyu on 11 June 2023, 23).'
	},
	{
		id: 'as-karate_gradings-21',
		question: 'how many orange belts were awarded in 2024',
		tables: ['karate_gradings'],
		tags: ['aggregate-count', 'filter-eq', 'time-year'],
		sql: `SELECT COUNT(*) FROM karate_gradings WHERE Belt = 'Orange' AND Result = 'Pass' AND YEAR("Grading Date") = 2024`,
		note: "Belt 'Orange' (9th Kyu) with Result 'Pass' and Grading Date in 2024: 30 (of 37 who went for it)."
	},
	{
		id: 'as-karate_gradings-22',
		question: 'pass rate juniors vs adults',
		tables: ['karate_gradings'],
		tags: ['share', 'group-by'],
		sql: `SELECT Jnr, COUNT(*) FILTER (WHERE Result = 'Pass') * 1.0 / COUNT(*) FROM karate_gradings GROUP BY Jnr`,
		isShare: true,
		note: "Result 'Pass' over all entries per Jnr (2 rows: juniors 464 of 559, 83.0%; adults 497 of 609, 81.6%). Leaving out the absent (87.9% and 84.2%) is another reading."
	},
	{
		id: 'as-karate_gradings-23',
		question: 'average number of people at a grading',
		tables: ['karate_gradings'],
		tags: ['avg', 'metric', 'aggregate-distinct'],
		sql: `SELECT COUNT(*) * 1.0 / COUNT(DISTINCT "Grading Date") FROM karate_gradings`,
		note: 'Rows over distinct Grading Date: 1,168 / 20 = 58.4 (36 to 79). Leaving out the absent (55.9) is another reading.'
	},
	{
		id: 'as-karate_gradings-24',
		question: 'how many people graded for free',
		tables: ['karate_gradings'],
		tags: ['aggregate-distinct', 'filter-numeric'],
		sql: `SELECT COUNT(DISTINCT "Member No") FROM karate_gradings WHERE "Fee (£)" = 0`,
		note: 'Distinct Member No with Fee (£) 0 (juniors on a bursary): 10 (39 free gradings). Gradings (39) is another reading.'
	},
	{
		id: 'as-karate_gradings-25',
		question: 'who got full marks at the december 2023 grading',
		tables: ['karate_gradings'],
		tags: ['rows-mode', 'filter-numeric', 'time-range'],
		sql: `SELECT Name FROM karate_gradings WHERE Score = 30 AND "Grading Date" >= DATE '2023-12-01' AND "Grading Date" < DATE '2024-01-01'`,
		note: 'Score 30 at the grading of 10 December 2023: 1 row, Lily Cooper (4th Kyu).'
	},
	{
		id: 'as-refuse-01',
		question: 'how much did i pay the cleaner last year',
		tables: ['cottage_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Cleaning Fee (£) is what guests were charged for cleaning; the cleaner's wages, laundry and other running costs are not recorded."
	},
	{
		id: 'as-refuse-02',
		question: 'which towns do most of our guests live in',
		tables: ['cottage_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: "Only the lead guest's name and the booking channel (Source); no addresses, towns or postcodes."
	},
	{
		id: 'as-refuse-03',
		question: 'how much electricity does the hot tub use',
		tables: ['cottage_bookings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No meter readings, utility bills or energy use; the hot tub appears only in the goodwill refund.'
	},
	{
		id: 'as-refuse-04',
		question: 'how much did i spend on ingredients in 2024',
		tables: ['cake_orders'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Prices, deposits and payments only; no ingredient, packaging or other costs.'
	},
	{
		id: 'as-refuse-05',
		question: 'how many hours did i spend baking last month',
		tables: ['cake_orders'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No baking or working times; Ordered is when the order came in and Due Date the day of collection or delivery.'
	},
	{
		id: 'as-refuse-06',
		question: "what's the daisy cafe's phone number",
		tables: ['cake_orders'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'No phone numbers, emails or addresses; only customer_name.'
	},
	{
		id: 'as-refuse-07',
		question: 'how many training sessions has james been to this year',
		tables: ['karate_gradings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only gradings are recorded; no training attendance or class registers.'
	},
	{
		id: 'as-refuse-08',
		question: 'how much do members pay in monthly subs',
		tables: ['karate_gradings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Only grading fees (Fee (£), amountPaid, Refund (£)); no membership subscriptions.'
	},
	{
		id: 'as-refuse-09',
		question: 'which members have won competitions',
		tables: ['karate_gradings'],
		tags: ['refuse'],
		shouldRefuse: true,
		note: 'Grading results only; no competitions, tournaments or medals.'
	}
];
