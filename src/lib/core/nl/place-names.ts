/**
 * Place names and the codes data files use for them: ISO 3166-1 country codes (two and three
 * letters), US state and territory postal codes, and continent codes. "airports in peru" reads
 * a column of country codes as 'PE'; "in california" a column of states as 'CA', or of ISO
 * regions as 'US-CA'. Names are lowercase; "/" separates other names of the same place.
 */

const COUNTRIES =
	'AF AFG afghanistan;AX ALA aland islands;AL ALB albania;DZ DZA algeria;AS ASM american samoa;' +
	'AD AND andorra;AO AGO angola;AI AIA anguilla;AQ ATA antarctica;AG ATG antigua and barbuda;' +
	'AR ARG argentina;AM ARM armenia;AW ABW aruba;AU AUS australia;AT AUT austria;' +
	'AZ AZE azerbaijan;BS BHS bahamas/the bahamas;BH BHR bahrain;BD BGD bangladesh;' +
	'BB BRB barbados;BY BLR belarus;BE BEL belgium;BZ BLZ belize;BJ BEN benin;BM BMU bermuda;' +
	'BT BTN bhutan;BO BOL bolivia;BA BIH bosnia and herzegovina/bosnia;BW BWA botswana;' +
	'BR BRA brazil;IO IOT british indian ocean territory;BN BRN brunei;BG BGR bulgaria;' +
	'BF BFA burkina faso;BI BDI burundi;CV CPV cape verde/cabo verde;KH KHM cambodia;' +
	'CM CMR cameroon;CA CAN canada;KY CYM cayman islands;CF CAF central african republic;' +
	'TD TCD chad;CL CHL chile;CN CHN china;CX CXR christmas island;CC CCK cocos islands;' +
	'CO COL colombia;KM COM comoros;CG COG congo/republic of the congo;' +
	'CD COD democratic republic of the congo/dr congo/drc;CK COK cook islands;' +
	'CR CRI costa rica;CI CIV ivory coast/cote d ivoire;HR HRV croatia;CU CUB cuba;' +
	'CW CUW curacao;CY CYP cyprus;CZ CZE czechia/czech republic;DK DNK denmark;' +
	'DJ DJI djibouti;DM DMA dominica;DO DOM dominican republic;EC ECU ecuador;EG EGY egypt;' +
	'SV SLV el salvador;GQ GNQ equatorial guinea;ER ERI eritrea;EE EST estonia;' +
	'SZ SWZ eswatini/swaziland;ET ETH ethiopia;FK FLK falkland islands;FO FRO faroe islands;' +
	'FJ FJI fiji;FI FIN finland;FR FRA france;GF GUF french guiana;PF PYF french polynesia;' +
	'GA GAB gabon;GM GMB gambia/the gambia;GE GEO georgia;DE DEU germany;GH GHA ghana;' +
	'GI GIB gibraltar;GR GRC greece;GL GRL greenland;GD GRD grenada;GP GLP guadeloupe;' +
	'GU GUM guam;GT GTM guatemala;GG GGY guernsey;GN GIN guinea;GW GNB guinea-bissau;' +
	'GY GUY guyana;HT HTI haiti;HN HND honduras;HK HKG hong kong;HU HUN hungary;' +
	'IS ISL iceland;IN IND india;ID IDN indonesia;IR IRN iran;IQ IRQ iraq;IE IRL ireland;' +
	'IM IMN isle of man;IL ISR israel;IT ITA italy;JM JAM jamaica;JP JPN japan;JE JEY jersey;' +
	'JO JOR jordan;KZ KAZ kazakhstan;KE KEN kenya;KI KIR kiribati;KP PRK north korea;' +
	'KR KOR south korea/korea;KW KWT kuwait;KG KGZ kyrgyzstan;LA LAO laos;LV LVA latvia;' +
	'LB LBN lebanon;LS LSO lesotho;LR LBR liberia;LY LBY libya;LI LIE liechtenstein;' +
	'LT LTU lithuania;LU LUX luxembourg;MO MAC macao/macau;MG MDG madagascar;MW MWI malawi;' +
	'MY MYS malaysia;MV MDV maldives;ML MLI mali;MT MLT malta;MH MHL marshall islands;' +
	'MQ MTQ martinique;MR MRT mauritania;MU MUS mauritius;YT MYT mayotte;MX MEX mexico;' +
	'FM FSM micronesia;MD MDA moldova;MC MCO monaco;MN MNG mongolia;ME MNE montenegro;' +
	'MS MSR montserrat;MA MAR morocco;MZ MOZ mozambique;MM MMR myanmar/burma;NA NAM namibia;' +
	'NR NRU nauru;NP NPL nepal;NL NLD netherlands/the netherlands/holland;NC NCL new caledonia;' +
	'NZ NZL new zealand;NI NIC nicaragua;NE NER niger;NG NGA nigeria;NU NIU niue;' +
	'NF NFK norfolk island;MK MKD north macedonia/macedonia;MP MNP northern mariana islands;' +
	'NO NOR norway;OM OMN oman;PK PAK pakistan;PW PLW palau;PS PSE palestine;PA PAN panama;' +
	'PG PNG papua new guinea;PY PRY paraguay;PE PER peru;PH PHL philippines;PN PCN pitcairn;' +
	'PL POL poland;PT PRT portugal;PR PRI puerto rico;QA QAT qatar;RE REU reunion;' +
	'RO ROU romania;RU RUS russia/russian federation;RW RWA rwanda;BL BLM saint barthelemy;' +
	'SH SHN saint helena;KN KNA saint kitts and nevis;LC LCA saint lucia;MF MAF saint martin;' +
	'PM SPM saint pierre and miquelon;VC VCT saint vincent and the grenadines;WS WSM samoa;' +
	'SM SMR san marino;ST STP sao tome and principe;SA SAU saudi arabia;SN SEN senegal;' +
	'RS SRB serbia;SC SYC seychelles;SL SLE sierra leone;SG SGP singapore;SX SXM sint maarten;' +
	'SK SVK slovakia;SI SVN slovenia;SB SLB solomon islands;SO SOM somalia;' +
	'ZA ZAF south africa;SS SSD south sudan;ES ESP spain;LK LKA sri lanka;SD SDN sudan;' +
	'SR SUR suriname;SJ SJM svalbard and jan mayen;SE SWE sweden;CH CHE switzerland;' +
	'SY SYR syria;TW TWN taiwan;TJ TJK tajikistan;TZ TZA tanzania;TH THA thailand;' +
	'TL TLS timor-leste/east timor;TG TGO togo;TK TKL tokelau;TO TON tonga;' +
	'TT TTO trinidad and tobago;TN TUN tunisia;TR TUR turkey/turkiye;TM TKM turkmenistan;' +
	'TC TCA turks and caicos islands;TV TUV tuvalu;UG UGA uganda;UA UKR ukraine;' +
	'AE ARE united arab emirates/uae;GB GBR united kingdom/uk/great britain/britain;' +
	'US USA united states/united states of america/usa/us/the us/america;' +
	'UM UMI united states minor outlying islands;UY URY uruguay;UZ UZB uzbekistan;' +
	'VU VUT vanuatu;VA VAT vatican city/holy see;VE VEN venezuela;VN VNM vietnam/viet nam;' +
	'VG VGB british virgin islands;VI VIR us virgin islands;WF WLF wallis and futuna;' +
	'EH ESH western sahara;YE YEM yemen;ZM ZMB zambia;ZW ZWE zimbabwe;XK XKX kosovo';

const US_STATES =
	'AL alabama;AK alaska;AZ arizona;AR arkansas;CA california;CO colorado;CT connecticut;' +
	'DE delaware;DC district of columbia/washington dc;FL florida;GA georgia;HI hawaii;' +
	'ID idaho;IL illinois;IN indiana;IA iowa;KS kansas;KY kentucky;LA louisiana;ME maine;' +
	'MD maryland;MA massachusetts;MI michigan;MN minnesota;MS mississippi;MO missouri;' +
	'MT montana;NE nebraska;NV nevada;NH new hampshire;NJ new jersey;NM new mexico;' +
	'NY new york/new york state;NC north carolina;ND north dakota;OH ohio;OK oklahoma;' +
	'OR oregon;PA pennsylvania;RI rhode island;SC south carolina;SD south dakota;' +
	'TN tennessee;TX texas;UT utah;VT vermont;VA virginia;WA washington/washington state;' +
	'WV west virginia;WI wisconsin;WY wyoming;PR puerto rico;GU guam;VI us virgin islands;' +
	'AS american samoa;MP northern mariana islands';

const CONTINENTS =
	'AF africa;AN antarctica;AS asia;EU europe;NA north america;OC oceania;SA south america';

export interface PlaceCode {
	/** The code as data files write it ('PE', 'PER', 'CA'). */
	code: string;
	/** Names of the place, lowercase ("peru"; "united states", "usa", "the us"). */
	names: string[];
}

function parse(list: string, codes: number): PlaceCode[][] {
	const out: PlaceCode[][] = Array.from({ length: codes }, () => []);
	for (const entry of list.split(';')) {
		const parts = entry.split(' ');
		const names = parts
			.slice(codes)
			.join(' ')
			.split('/')
			.map((n) => n.trim());
		for (let k = 0; k < codes; k++) out[k].push({ code: parts[k], names });
	}
	return out;
}

/** What people call a country's things ("norwegian cities", "French airports"), by ISO code. */
const DEMONYMS =
	'AF afghan;AL albanian;DZ algerian;AR argentine/argentinian;AM armenian;AU australian;' +
	'AT austrian;AZ azerbaijani;BD bangladeshi;BY belarusian;BE belgian;BO bolivian;' +
	'BA bosnian;BR brazilian;BG bulgarian;KH cambodian;CM cameroonian;CA canadian;CL chilean;' +
	'CN chinese;CO colombian;CR costa rican;HR croatian;CU cuban;CY cypriot;CZ czech;DK danish;' +
	'DO dominican;EC ecuadorian;EG egyptian;SV salvadoran;EE estonian;ET ethiopian;FJ fijian;' +
	'FI finnish;FR french;GE georgian;DE german;GH ghanaian;GR greek;GT guatemalan;HT haitian;' +
	'HN honduran;HU hungarian;IS icelandic;IN indian;ID indonesian;IR iranian;IQ iraqi;' +
	'IE irish;IL israeli;IT italian;JM jamaican;JP japanese;JO jordanian;KZ kazakh;KE kenyan;' +
	'KR korean/south korean;KP north korean;KW kuwaiti;LV latvian;LB lebanese;LY libyan;' +
	'LT lithuanian;LU luxembourgish;MG malagasy;MY malaysian;ML malian;MT maltese;' +
	'MX mexican;MD moldovan;MN mongolian;MA moroccan;MZ mozambican;MM burmese;NP nepali/nepalese;' +
	'NL dutch;NZ new zealand;NI nicaraguan;NG nigerian;NO norwegian;PK pakistani;PA panamanian;' +
	'PY paraguayan;PE peruvian;PH filipino/philippine;PL polish;PT portuguese;QA qatari;' +
	'RO romanian;RU russian;SA saudi;SN senegalese;RS serbian;SG singaporean;SK slovak;' +
	'SI slovenian;SO somali;ZA south african;ES spanish;LK sri lankan;SD sudanese;SE swedish;' +
	'CH swiss;SY syrian;TW taiwanese;TZ tanzanian;TH thai;TN tunisian;TR turkish;UG ugandan;' +
	'UA ukrainian;AE emirati;GB british;US american;UY uruguayan;UZ uzbek;VE venezuelan;' +
	'VN vietnamese;YE yemeni;ZM zambian;ZW zimbabwean';

function withDemonyms(countries: PlaceCode[]): PlaceCode[] {
	const byCode = new Map<string, string[]>();
	for (const entry of DEMONYMS.split(';')) {
		const [code, ...rest] = entry.split(' ');
		byCode.set(code, rest.join(' ').split('/'));
	}
	return countries.map((c) => ({ ...c, names: [...c.names, ...(byCode.get(c.code) ?? [])] }));
}

const [ISO2_PLAIN, ISO3_PLAIN] = parse(COUNTRIES, 2);
const ISO2 = withDemonyms(ISO2_PLAIN);
const ISO3 = ISO3_PLAIN.map((c, k) => ({ ...c, names: ISO2[k].names }));

/**
 * The Olympic (IOC) country codes sports data writes ('GER', 'NED', 'SUI') where they differ
 * from ISO 3166 alpha-3, by the country's alpha-2 code; the other countries use their alpha-3.
 */
const IOC_CODES =
	'DZ ALG;AO ANG;AG ANT;AW ARU;AS ASA;BS BAH;BD BAN;BB BAR;BM BER;BT BHU;BZ BIZ;BW BOT;' +
	'BN BRU;BG BUL;BF BUR;KH CAM;KY CAY;CG CGO;TD CHA;CL CHI;CR CRC;HR CRO;DK DEN;SV ESA;FJ FIJ;' +
	'GM GAM;GW GBS;GQ GEQ;DE GER;GR GRE;GD GRN;GT GUA;GN GUI;HT HAI;HN HON;ID INA;IR IRI;VI ISV;' +
	'VG IVB;SA KSA;KW KUW;LV LAT;LY LBA;LS LES;LB LIB;MG MAD;MY MAS;MW MAW;MN MGL;MC MON;MU MRI;' +
	'MR MTN;MM MYA;NI NCA;NL NED;NP NEP;NG NGR;NE NIG;OM OMA;PY PAR;PH PHI;PS PLE;PT POR;PR PUR;' +
	'ZA RSA;WS SAM;SC SEY;SG SIN;KN SKN;SI SLO;SB SOL;LK SRI;SD SUD;CH SUI;TZ TAN;TO TGA;TG TOG;' +
	'TW TPE;AE UAE;UY URU;VU VAN;VN VIE;VC VIN;ZM ZAM;ZW ZIM';

const IOC_BY_ISO2 = new Map(IOC_CODES.split(';').map((e) => e.split(' ') as [string, string]));
const IOC = ISO3.map((c, k) => ({ ...c, code: IOC_BY_ISO2.get(ISO2[k].code) ?? c.code }));

/** Every country with its names and demonyms, for columns that write countries out. */
export const COUNTRY_NAMES: readonly PlaceCode[] = ISO2;
const [STATES] = parse(US_STATES, 1);
const [CONTINENT_CODES] = parse(CONTINENTS, 1);

const COUNTRY_OR_CONTINENT = new Set(
	[...ISO2_PLAIN, ...CONTINENT_CODES].flatMap((c) => c.names.map((n) => n.toLowerCase()))
);

/** "Africa", "Peru": the name of a continent or a country (never a city's, say). */
export function isCountryOrContinent(name: string): boolean {
	return COUNTRY_OR_CONTINENT.has(name.trim().toLowerCase());
}

/** ISO regions of the United States ('US-CA'), as world data files write its states. */
const US_REGIONS: PlaceCode[] = STATES.map((s) => ({ code: `US-${s.code}`, names: s.names }));

/** An ISO 3166-2 region code of any country ('US-CA', 'GB-ENG', 'PE-LIM'). */
const ISO_REGION = /^[A-Z]{2}-[A-Z0-9]{1,3}$/;

export interface PlaceCodeSystem {
	places: PlaceCode[];
	/** Whether a value is written in this system (by default: is one of the places' codes). */
	isCode?: (value: string) => boolean;
}

/** The code systems, most specific first: a column is read in the first one that fits it. */
export const PLACE_CODE_SYSTEMS: ReadonlyArray<PlaceCodeSystem> = [
	{ places: CONTINENT_CODES },
	{ places: STATES },
	{ places: ISO2 },
	{ places: ISO3 },
	{ places: IOC },
	// a world table's regions: the US states among every country's regions
	{ places: US_REGIONS, isCode: (value) => ISO_REGION.test(value) }
];
