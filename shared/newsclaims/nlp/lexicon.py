"""Small hand-written word lists for the entity recogniser: places, demonyms, titles, dates.

These are general facts about English news (country names, the words for their peoples, the
titles that precede names), written for this project. They feed the tagger as features and the
rules that type NORP, DATE and roles. All entries are lower-case.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    """One entry per line or per comma; case-folded."""
    return frozenset(w.strip().lower() for line in text.splitlines() for w in line.split(",") if w.strip())


# Countries and the adjective/people words for them (demonyms are NORP, countries LOCATION).
COUNTRY_DEMONYMS: dict[str, list[str]] = {
    "afghanistan": ["afghan", "afghans"],
    "albania": ["albanian", "albanians"],
    "algeria": ["algerian", "algerians"],
    "angola": ["angolan", "angolans"],
    "argentina": ["argentine", "argentinian", "argentines", "argentinians"],
    "armenia": ["armenian", "armenians"],
    "australia": ["australian", "australians"],
    "austria": ["austrian", "austrians"],
    "azerbaijan": ["azerbaijani", "azerbaijanis", "azeri", "azeris"],
    "bahrain": ["bahraini", "bahrainis"],
    "bangladesh": ["bangladeshi", "bangladeshis"],
    "belarus": ["belarusian", "belarusians"],
    "belgium": ["belgian", "belgians"],
    "bolivia": ["bolivian", "bolivians"],
    "bosnia": ["bosnian", "bosnians"],
    "brazil": ["brazilian", "brazilians"],
    "britain": ["british", "briton", "britons"],
    "bulgaria": ["bulgarian", "bulgarians"],
    "burma": ["burmese"],
    "cambodia": ["cambodian", "cambodians"],
    "cameroon": ["cameroonian", "cameroonians"],
    "canada": ["canadian", "canadians"],
    "chad": ["chadian", "chadians"],
    "chile": ["chilean", "chileans"],
    "china": ["chinese"],
    "colombia": ["colombian", "colombians"],
    "congo": ["congolese"],
    "croatia": ["croatian", "croatians", "croat", "croats"],
    "cuba": ["cuban", "cubans"],
    "cyprus": ["cypriot", "cypriots"],
    "czech republic": ["czech", "czechs"],
    "czechia": [],
    "denmark": ["danish", "dane", "danes"],
    "ecuador": ["ecuadorian", "ecuadorians"],
    "egypt": ["egyptian", "egyptians"],
    "england": ["english"],
    "eritrea": ["eritrean", "eritreans"],
    "estonia": ["estonian", "estonians"],
    "ethiopia": ["ethiopian", "ethiopians"],
    "finland": ["finnish", "finn", "finns"],
    "france": ["french", "frenchman", "frenchmen"],
    "georgia": ["georgian", "georgians"],
    "germany": ["german", "germans"],
    "ghana": ["ghanaian", "ghanaians"],
    "greece": ["greek", "greeks"],
    "guatemala": ["guatemalan", "guatemalans"],
    "haiti": ["haitian", "haitians"],
    "honduras": ["honduran", "hondurans"],
    "hungary": ["hungarian", "hungarians"],
    "iceland": ["icelandic", "icelander", "icelanders"],
    "india": ["indian", "indians"],
    "indonesia": ["indonesian", "indonesians"],
    "iran": ["iranian", "iranians", "persian", "persians"],
    "iraq": ["iraqi", "iraqis"],
    "ireland": ["irish", "irishman"],
    "israel": ["israeli", "israelis"],
    "italy": ["italian", "italians"],
    "jamaica": ["jamaican", "jamaicans"],
    "japan": ["japanese"],
    "jordan": ["jordanian", "jordanians"],
    "kazakhstan": ["kazakh", "kazakhs"],
    "kenya": ["kenyan", "kenyans"],
    "korea": ["korean", "koreans"],
    "north korea": ["north korean", "north koreans"],
    "south korea": ["south korean", "south koreans"],
    "kosovo": ["kosovar", "kosovars"],
    "kuwait": ["kuwaiti", "kuwaitis"],
    "kyrgyzstan": ["kyrgyz"],
    "laos": ["laotian", "laotians", "lao"],
    "latvia": ["latvian", "latvians"],
    "lebanon": ["lebanese"],
    "liberia": ["liberian", "liberians"],
    "libya": ["libyan", "libyans"],
    "lithuania": ["lithuanian", "lithuanians"],
    "luxembourg": ["luxembourgish"],
    "malaysia": ["malaysian", "malaysians"],
    "mali": ["malian", "malians"],
    "mexico": ["mexican", "mexicans"],
    "moldova": ["moldovan", "moldovans"],
    "mongolia": ["mongolian", "mongolians"],
    "montenegro": ["montenegrin", "montenegrins"],
    "morocco": ["moroccan", "moroccans"],
    "mozambique": ["mozambican", "mozambicans"],
    "myanmar": [],
    "namibia": ["namibian", "namibians"],
    "nepal": ["nepali", "nepalese", "nepalis"],
    "netherlands": ["dutch", "dutchman"],
    "new zealand": ["new zealander", "new zealanders"],
    "nicaragua": ["nicaraguan", "nicaraguans"],
    "niger": ["nigerien", "nigeriens"],
    "nigeria": ["nigerian", "nigerians"],
    "norway": ["norwegian", "norwegians"],
    "oman": ["omani", "omanis"],
    "pakistan": ["pakistani", "pakistanis"],
    "palestine": ["palestinian", "palestinians"],
    "panama": ["panamanian", "panamanians"],
    "paraguay": ["paraguayan", "paraguayans"],
    "peru": ["peruvian", "peruvians"],
    "philippines": ["filipino", "filipinos", "philippine"],
    "poland": ["polish", "pole", "poles"],
    "portugal": ["portuguese"],
    "qatar": ["qatari", "qataris"],
    "romania": ["romanian", "romanians"],
    "russia": ["russian", "russians"],
    "rwanda": ["rwandan", "rwandans"],
    "saudi arabia": ["saudi", "saudis"],
    "scotland": ["scottish", "scot", "scots"],
    "senegal": ["senegalese"],
    "serbia": ["serbian", "serbians", "serb", "serbs"],
    "singapore": ["singaporean", "singaporeans"],
    "slovakia": ["slovak", "slovaks"],
    "slovenia": ["slovenian", "slovenians", "slovene", "slovenes"],
    "somalia": ["somali", "somalis"],
    "south africa": ["south african", "south africans"],
    "south sudan": ["south sudanese"],
    "spain": ["spanish", "spaniard", "spaniards"],
    "sri lanka": ["sri lankan", "sri lankans"],
    "sudan": ["sudanese"],
    "sweden": ["swedish", "swede", "swedes"],
    "switzerland": ["swiss"],
    "syria": ["syrian", "syrians"],
    "taiwan": ["taiwanese"],
    "tajikistan": ["tajik", "tajiks"],
    "tanzania": ["tanzanian", "tanzanians"],
    "thailand": ["thai", "thais"],
    "tibet": ["tibetan", "tibetans"],
    "tunisia": ["tunisian", "tunisians"],
    "turkey": ["turkish", "turk", "turks"],
    "turkiye": [],
    "turkmenistan": ["turkmen"],
    "uganda": ["ugandan", "ugandans"],
    "ukraine": ["ukrainian", "ukrainians"],
    "united arab emirates": ["emirati", "emiratis"],
    "united kingdom": [],
    "united states": ["american", "americans"],
    "united states of america": [],
    "uruguay": ["uruguayan", "uruguayans"],
    "uzbekistan": ["uzbek", "uzbeks"],
    "venezuela": ["venezuelan", "venezuelans"],
    "vietnam": ["vietnamese"],
    "wales": ["welsh"],
    "yemen": ["yemeni", "yemenis"],
    "zambia": ["zambian", "zambians"],
    "zimbabwe": ["zimbabwean", "zimbabweans"],
    "east timor": ["timorese"],
    "cote d'ivoire": ["ivorian", "ivorians"],
    "ivory coast": [],
    "sierra leone": ["sierra leonean"],
    "costa rica": ["costa rican", "costa ricans"],
    "el salvador": ["salvadoran", "salvadorans"],
    "dominican republic": ["dominican", "dominicans"],
    "puerto rico": ["puerto rican", "puerto ricans"],
    "hong kong": ["hongkonger", "hongkongers"],
    "macedonia": ["macedonian", "macedonians"],
    "north macedonia": [],
    "vatican": [],
    "europe": ["european", "europeans"],
    "africa": ["african", "africans"],
    "asia": ["asian", "asians"],
    "latin america": ["latin american", "latin americans"],
    "arabia": ["arab", "arabs", "arabian"],
    "scandinavia": ["scandinavian", "scandinavians"],
    "crimea": ["crimean"],
    "chechnya": ["chechen", "chechens"],
    "kurdistan": ["kurd", "kurds", "kurdish"],
    "catalonia": ["catalan", "catalans"],
    "flanders": ["flemish"],
    "bavaria": ["bavarian"],
    "texas": ["texan", "texans"],
    "california": ["californian", "californians"],
    "moscow": ["muscovite", "muscovites"],
    "london": ["londoner", "londoners"],
    "new york": ["new yorker", "new yorkers"],
    "the west": ["western", "westerner", "westerners"],
}

# Other places a news reader knows: short forms of countries, regions, capitals and big cities.
PLACES = _words(
    """
    us, u.s., usa, u.s.a., uk, u.k., america, britain, great britain, holland, dprk, prc, uae, drc,
    gaza, gaza strip, west bank, golan heights, kashmir, donbas, donbass, balkans, caucasus, sahel,
    middle east, far east, south east asia, southeast asia, east asia, central asia, south asia,
    north america, south america, central america, latin america, caribbean, antarctica, arctic,
    western europe, eastern europe, siberia, persian gulf, red sea, black sea, baltic, mediterranean,
    pacific, atlantic, indian ocean, pacific ocean, atlantic ocean, south china sea, english channel,
    kabul, tirana, algiers, buenos aires, yerevan, canberra, sydney, melbourne, vienna, baku, dhaka,
    minsk, brussels, la paz, sarajevo, brasilia, rio de janeiro, sao paulo, sofia, phnom penh, ottawa,
    toronto, montreal, vancouver, santiago, beijing, shanghai, hong kong, guangzhou, shenzhen, wuhan,
    bogota, havana, nicosia, prague, copenhagen, quito, cairo, alexandria, tallinn, addis ababa,
    helsinki, paris, marseille, lyon, tbilisi, berlin, munich, frankfurt, hamburg, cologne, accra,
    athens, budapest, reykjavik, new delhi, delhi, mumbai, kolkata, chennai, bangalore, jakarta,
    tehran, baghdad, basra, mosul, dublin, jerusalem, tel aviv, rome, milan, naples, venice, tokyo,
    osaka, kyoto, hiroshima, amman, astana, nairobi, pristina, kuwait city, bishkek, riga, beirut,
    tripoli, benghazi, vilnius, kuala lumpur, mexico city, chisinau, ulaanbaatar, rabat, casablanca,
    yangon, naypyidaw, kathmandu, amsterdam, the hague, rotterdam, wellington, auckland, christchurch,
    managua, abuja, lagos, oslo, islamabad, karachi, lahore, ramallah, panama city, lima, manila,
    warsaw, lisbon, doha, bucharest, moscow, st. petersburg, saint petersburg, kursk, belgorod,
    rostov, volgograd, kaliningrad, vladivostok, novosibirsk, yekaterinburg, kigali, riyadh, jeddah,
    mecca, medina, dakar, belgrade, singapore, bratislava, ljubljana, mogadishu, pretoria,
    johannesburg, cape town, durban, seoul, busan, pyongyang, madrid, barcelona, colombo, khartoum,
    stockholm, geneva, zurich, bern, damascus, aleppo, homs, idlib, raqqa, taipei, dushanbe,
    dar es salaam, bangkok, tunis, ankara, istanbul, kampala, kyiv, kiev, kharkiv, odesa, odessa,
    mariupol, donetsk, luhansk, lviv, kherson, zaporizhzhia, bakhmut, abu dhabi, dubai, london,
    manchester, liverpool, birmingham, edinburgh, glasgow, cardiff, belfast, washington,
    washington, d.c., new york, new york city, los angeles, chicago, houston, dallas, san francisco,
    seattle, boston, miami, atlanta, philadelphia, detroit, denver, phoenix, las vegas, new orleans,
    baltimore, montevideo, tashkent, caracas, hanoi, ho chi minh city, sanaa, aden, lusaka, harare,
    alabama, alaska, arizona, arkansas, california, colorado, connecticut, delaware, florida,
    hawaii, idaho, illinois, indiana, iowa, kansas, kentucky, louisiana, maine, maryland,
    massachusetts, michigan, minnesota, mississippi, missouri, montana, nebraska, nevada,
    new hampshire, new jersey, new mexico, north carolina, north dakota, ohio, oklahoma, oregon,
    pennsylvania, rhode island, south carolina, south dakota, tennessee, texas, utah, vermont,
    virginia, west virginia, wisconsin, wyoming, ontario, quebec, alberta, british columbia,
    queensland, new south wales, victoria, tasmania, bavaria, catalonia, andalusia, lombardy,
    sicily, sardinia, corsica, normandy, brittany, provence, punjab, kerala, bengal, tamil nadu,
    gujarat, xinjiang, tibet, guangdong, sichuan, hokkaido, okinawa, mindanao, luzon, java, bali,
    sumatra, borneo, aceh, papua, crimea, chechnya, dagestan, kosovo, transnistria, abkhazia,
    kurdistan, darfur, sinai, yukon, greenland, kowloon, macau, wonsan
    """
)

COUNTRIES = frozenset(COUNTRY_DEMONYMS)
DEMONYMS = frozenset(d for ds in COUNTRY_DEMONYMS.values() for d in ds)

# Religious, ethnic and political groups (NORP in DESIGN.md).
GROUPS = _words(
    """
    muslim, muslims, islamic, christian, christians, catholic, catholics, protestant, protestants,
    orthodox, jewish, jew, jews, hindu, hindus, buddhist, buddhists, sikh, sikhs, shia, shiite,
    shiites, sunni, sunnis, alawite, alawites, mormon, mormons, evangelical, evangelicals, anglican,
    anglicans, lutheran, lutherans, methodist, methodists, baptist, baptists, atheist, atheists,
    druze, yazidi, yazidis, rohingya, uyghur, uyghurs, uighur, uighurs, pashtun, pashtuns, hutu, tutsi,
    roma, bedouin, bedouins, maori, aboriginal, latino, latinos, latina, hispanic, hispanics,
    democrat, democrats, republican, republicans, communist, communists, socialist, socialists,
    conservative, conservatives, liberal, liberals, tory, tories, labourite, nazi, nazis, marxist,
    marxists, maoist, maoists, zionist, zionists, islamist, islamists, jihadist, jihadists,
    bolshevik, bolsheviks, soviet, soviets, pan-democrat, pan-democrats, pro-beijing
    """
)

MONTHS = _words(
    "january, february, march, april, may, june, july, august, september, october, november, december"
)
MONTH_ABBREVIATIONS = _words("jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec")
WEEKDAYS = _words("monday, tuesday, wednesday, thursday, friday, saturday, sunday")

# Words that make a title or a role when they precede a name ("Foreign Minister", "sculptor").
# Heads can end a role; modifiers only precede a head.
TITLE_HEADS = _words(
    """
    president, vice-president, minister, premier, chancellor, secretary, secretary-general,
    secretary general, spokesman, spokeswoman, spokesperson, king, queen, prince, princess, emperor,
    empress, pope, cardinal, archbishop, bishop, reverend, rev., father, rabbi, imam, ayatollah,
    sheikh, senator, sen., sen, congressman, congresswoman, representative, rep., rep, governor,
    gov., gov, mayor, general, gen., gen, colonel, col., lieutenant, lt., captain, capt., major,
    maj., sergeant, sgt., admiral, adm., commander, marshal, judge, justice, magistrate, attorney,
    prosecutor, ambassador, envoy, commissioner, chairman, chairwoman, chair, chief, director,
    head, leader, founder, co-founder, ceo, cfo, coo, chief executive, executive, manager, coach,
    mr., mr, mrs., mrs, ms., ms, dr., dr, prof., prof, professor, sir, dame, lord, lady, sheriff,
    officer, detective, inspector, constable, superintendent, dean, chancellor, provost, rector,
    mp, mep, lawmaker, legislator, councillor, councilor, alderman, deputy, president-elect,
    sculptor, artist, painter, author, writer, novelist, poet, journalist, reporter, editor,
    columnist, photographer, filmmaker, director, actor, actress, singer, musician, composer,
    rapper, comedian, architect, designer, scientist, researcher, physicist, chemist, biologist,
    economist, historian, analyst, expert, lawyer, attorney, doctor, surgeon, physician, nurse,
    astronaut, pilot, engineer, entrepreneur, businessman, businesswoman, billionaire, activist,
    campaigner, candidate, nominee, player, striker, goalkeeper, midfielder, defender, boxer,
    champion, teammate, striker, guard, forward, quarterback, pitcher, cyclist, athlete,
    sprinter, runner, owner, investor, banker, diplomat, negotiator, official, aide, adviser,
    advisor, counsel, spokesperson, strategist, pastor, priest, monk, nun, chaplain, colleague,
    commentator, presenter, host, anchor, blogger, student, teacher, principal, resident,
    whistleblower, defector, dissident, opposition leader, premier, viceroy, regent, tsar, czar,
    dictator, warlord, militant, commander-in-chief
    """
)
TITLE_MODIFIERS = _words(
    """
    prime, foreign, defense, defence, interior, finance, justice, health, education, trade,
    economy, economic, energy, environment, agriculture, transport, culture, labor,
    home, deputy, vice, acting, former, late, chief, senior, junior, assistant, associate,
    executive, general, lieutenant, major, brigadier, rear, first, second, grand, supreme,
    crown, state, federal, national, regional, district, county, city, ex, ex-, then, interim,
    presidential, press, communications, police, military, army, navy, air, force, security,
    intelligence, affairs, public, attorney, managing, founding, lead, principal, top, head,
    opposition, party, parliamentary, majority, minority, shadow, cabinet, colonel, staff,
    sergeant, field, information, science, technology, development, emergency, housing, immigration,
    sports, tourism, veterans, treasury, fellow, award-winning, renowned, famous, well-known,
    veteran, independent, local, young, elder, elderly, retired
    """
)

# Tokens whose last word marks an organisation ("Ltd", "Ministry", "University").
ORG_WORDS = _words(
    """
    inc, inc., ltd, ltd., llc, plc, corp, corp., co., corporation, company, group, holdings, bank,
    ministry, department, agency, commission, committee, council, parliament, assembly,
    court, tribunal, university, college, institute, school, academy, foundation,
    association, federation, union, league, party, movement, front, army, navy, forces, force,
    police, guard, service, services, bureau, authority, board, network, news, times, post, journal,
    herald, gazette, tribune, telegraph, magazine, press, broadcasting, radio, television, tv,
    studio, studios, airlines, airways, motors, industries, systems, technologies, labs, society,
    church, club, fc, team, brigade, battalion, regiment, division, corps, organization,
    organisation, alliance, coalition, center, centre, hospital, museum, orchestra, trust, fund,
    exchange, reserve, administration, cabinet, government
    """
)
LOC_WORDS = _words(
    """
    street, st., avenue, ave, road, boulevard, square, river, lake, mountain, mountains, mount,
    mt., island, islands, bay, gulf, sea, ocean, valley, desert, province, region, county, state,
    city, district, oblast, prefecture, peninsula, airport, station, bridge, park, strait, coast,
    canyon, falls, hills, heights, forest, beach, harbor, harbour, port, tower, towers, palace
    """
)
EVENT_WORDS = _words(
    """
    war, wars, revolution, election, elections, olympics, olympic games, games, cup, world cup,
    championship, championships, open, grand prix, summit, conference, festival, fair, expo,
    exhibition, awards, prize, marathon, tournament, crisis, massacre, uprising, protests,
    spring, referendum, battle, siege, invasion, offensive, attack, attacks, bombing, bombings,
    earthquake, hurricane, typhoon, cyclone, storm, tsunami, pandemic, epidemic, outbreak,
    crusade, holocaust, genocide, congress, forum, week, series, bowl, derby, rally, race, trials
"""
)
# Holidays are calendar dates, like "Christmas" or "Independence Day".
HOLIDAYS = _words(
    """
    christmas, christmas day, christmas eve, easter, new year, new year's day, new year's eve,
    thanksgiving, halloween, ramadan, eid, diwali, hanukkah, passover, yom kippur, lent,
    independence day, victory day, labor day, labour day, memorial day, boxing day, may day,
    valentine's day, good friday, waitangi day, anzac day, bastille day, australia day
    """
)

# A lower-case word between capitalised words that can still be part of one name.
NAME_CONNECTORS = _words(
    "of, the, de, del, della, der, den, van, von, da, do, dos, das, du, di, la, le, y, e, and, &, for, on, al, el, bin, ibn, bint, ben, in, at, upon, zu, ter"
)

# Given names: a strong cue that a capitalised pair is a person. Common across many languages.
FIRST_NAMES = _words(
    """
    aaron, abdul, abdullah, abu, adam, adrian, ahmed, ahmad, aisha, alan, albert, alberto, alex,
    alexander, alexandra, alexei, alexey, ali, alice, alicia, alison, amanda, amy, ana, anatoly,
    andre, andrea, andreas, andrei, andrew, andrey, andy, angela, angelina, anna, anne, anthony,
    antonio, arnold, arthur, ashley, barack, barbara, ben, benjamin, bernard, bill, bob, boris,
    brad, brian, bruce, carl, carlos, caroline, catherine, charles, charlie, chris, christian,
    christina, christine, christopher, claire, claudia, colin, craig, daniel, david, dennis, diana,
    diego, dmitry, dmitri, donald, dong, douglas, edward, elena, elizabeth, emily, emma, emmanuel,
    eric, erik, eva, fernando, francesco, francis, francisco, frank, fred, gary, george, gerhard,
    giorgio, giuseppe, gordon, grace, greg, gregory, hans, harry, hassan, helen, henry, hillary,
    hiroshi, hugo, hussein, ian, igor, ibrahim, ivan, jack, jacob, james, jan, jane, jason, javier,
    jean, jeff, jennifer, jeremy, jessica, jim, jimmy, joe, johann, john, jonathan, jorge, jose,
    joseph, juan, julia, julian, julie, justin, karen, karl, kate, katherine, keith, kevin, khalid,
    kim, kenneth, kyle, larry, laura, lee, leonid, linda, lisa, louis, luis, luke, marc, marco,
    margaret, maria, marie, mario, mark, martin, mary, matthew, maurice, michael, michel, michelle,
    miguel, mikhail, mohamed, mohammed, muhammad, mohammad, nancy, natalia, nathan, nicholas,
    nick, nicolas, nikolai, nina, olga, oliver, omar, oscar, pablo, patricia, patrick, paul,
    pedro, peter, philip, pierre, rachel, rafael, ralph, ramon, raymond, rebecca, richard, rick,
    robert, roberto, roger, ronald, rose, ruth, ryan, sam, samuel, sandra, sara, sarah, scott,
    sergei, sergey, sean, simon, sophie, stephen, steve, steven, susan, tanya, thomas, tim,
    timothy, tom, tony, valentina, valery, victor, viktor, vladimir, walter, wang, william,
    xavier, yuri, yusuf, zhang, vladislav, volodymyr, yevgeny, evgeny, oleg, pavel, roman, ruslan,
    svetlana, tatiana, yulia, irina, ekaterina, mustafa, recep, emmanuel, angela, olaf, friedrich,
    jacinda, justin, narendra, rahul, xi, li, hu, jiang, shinzo, fumio, yoshihide, moon, yoon,
    benjamin, naftali, yair, mahmoud, ismail, bashar, hafez, recep, kamala, joe, nancy, mitch,
    chuck, ted, marco, rand, bernie, elizabeth, pete, amy, cory, beto, elon, jeff, mark, sundar,
    satya, tim, warren, rupert, julian, edward, chelsea, greta, malala, nelson, desmond, kofi,
    ban, antonio, jens, ursula, charles, emmanuel, giorgia, pedro, mateusz, viktor, andrzej,
    daniel, marc, steve, tom, alice, andrew, james, lewis, hamish, jacques, francois, nicolas,
    jean-claude, jean-marie, jean-luc, jean-pierre, hamid, reza, javad, hassan, ali, kim, park,
    choi, cho, lam, chan, wong, leung, ho, chow, lau, ng, tsang, hui, tang, fan, yeung, lo, ip
    """
)

# Organisations news mentions by name without an organisation word: agencies, media, companies.
KNOWN_ORGS = _words(
    """
    united nations, un, u.n., nato, eu, european union, european commission, european parliament,
    world health organization, unicef, unesco, unhcr, imf, world bank, wto, opec, asean,
    african union, arab league, interpol, europol, red cross, red crescent, amnesty international,
    human rights watch, greenpeace, oxfam, doctors without borders, msf, iaea, icc, g7, g20, brics,
    fifa, uefa, ioc, nba, nfl, mlb, nhl, fbi, cia, nsa, nasa, pentagon, kremlin, congress, senate,
    white house, downing street, state department, justice department, supreme court, fsb, kgb,
    gru, mossad, hamas, hezbollah, taliban, al-qaeda, al qaeda, isis, isil, islamic state,
    wagner, wagner group, reuters, associated press, ap, afp, agence france-presse, bbc, cnn, fox news,
    msnbc, abc news, cbs news, nbc news, npr, pbs, al jazeera, sky news, bloomberg, tass, ria novosti,
    interfax, xinhua, yonhap, kcna, kyodo, itar-tass, rt, sputnik, the guardian, the times,
    the new york times, new york times, the washington post, washington post, wall street journal,
    the wall street journal, financial times, the economist, usa today, los angeles times,
    le monde, der spiegel, politico, axios, the telegraph, daily mail, the independent,
    newsweek, the atlantic, the new yorker, rolling stone, forbes,
    google, alphabet, apple, microsoft, amazon, facebook, instagram, whatsapp, twitter,
    x corp, youtube, tiktok, bytedance, netflix, tesla, spacex, openai, anthropic, nvidia, intel,
    amd, ibm, oracle, samsung, huawei, xiaomi, sony, nintendo, toyota, honda, nissan, volkswagen,
    bmw, mercedes-benz, daimler, ford, general motors, gm, chrysler, stellantis, boeing, airbus,
    lockheed martin, raytheon, gazprom, rosneft, lukoil, aeroflot, exxonmobil, exxon, chevron,
    bp, totalenergies, aramco, saudi aramco, walmart, costco, mcdonald's, starbucks,
    coca-cola, pepsico, nestle, unilever, pfizer, moderna, astrazeneca, johnson & johnson,
    goldman sachs, jpmorgan, jp morgan, morgan stanley, citigroup, hsbc, barclays, deutsche bank,
    ubs, credit suisse, mastercard, paypal, uber, airbnb, linkedin, reddit, wikipedia,
    wikileaks, wikinews, wikimedia, mozilla, yahoo, ebay, alibaba, tencent, baidu, telegram, spotify, disney,
    warner bros, paramount, sony pictures, emi, columbia records, scientology,
    labour, tories, sinn fein, kuomintang, likud, bjp, anc, cdu, spd, afd, fidesz, podemos,
    syriza, hamas, fatah, plo, ira, farc, eta, pkk, ypg, sdf, idf, kpa, pla, raf, rnc, dnc, gop
    """
)
# Products and works that are MISC: software, vehicles, devices.
KNOWN_MISC = _words(
    """
    windows, windows xp, windows 7, windows 10, windows 11, macos, ios, android, linux, chrome,
    google chrome, firefox, mozilla firefox, safari, internet explorer, iphone, ipad, ipod,
    macbook, playstation, xbox, kindle, chatgpt, bitcoin, ethereum, boeing 737, boeing 747,
    airbus a320, starlink, office, excel, photoshop, bible, koran, quran, torah, talmud
    """
)

# Words a Title Case headline leaves in lower case ("Monument to Soldiers in Kursk").
TITLE_CASE_EXEMPT = NAME_CONNECTORS | _words(
    "a, an, or, but, nor, to, by, with, from, as, vs, vs., via, per, into, onto, over"
)

# More given names, common in English-language news (US/UK census lists and frequent world names).
FIRST_NAMES = FIRST_NAMES | _words(
    """
    abigail, ada, adele, adriana, agnes, aidan, aiden, alana, alec, alejandro, alfred, alfredo, alina,
    allan, allen, allison, alma, alvin, amber, amelia, amir, amos, andrea, andres, angel, angelo, angus,
    anita, ann, annie, ansel, anton, april, archie, ariana, ariel, arlene, arturo, ashton, audrey, austin,
    ava, avery, barry, beatrice, becky, belinda, ben, benedict, bernadette, bert, beth, betty, beverly,
    bianca, billy, blake, bobby, bonnie, brandon, brenda, brendan, brent, brett, bridget, brittany, brooke,
    bryan, byron, caleb, calvin, cameron, camila, candice, cara, carla, carlo, carmen, carol, carole,
    carolyn, carrie, carter, casey, cassandra, cecilia, cedric, celia, chad, chandler, charlene, charlotte,
    chelsea, cheryl, chester, chloe, chuck, cindy, clara, clarence, clark, claude, clayton, clifford,
    clint, clive, cody, cole, colleen, connor, conor, conrad, constance, courtney, curtis, cynthia, dale,
    dallas, damian, damien, dan, dana, danielle, danny, darius, darlene, darren, darryl, dave, dawn, dean,
    debbie, deborah, debra, declan, delia, denise, derek, desmond, devin, dexter, dianne, dick, dolores,
    dominic, don, donna, dora, doris, dorothy, doug, duncan, dustin, dwayne, dwight, dylan, earl, eddie,
    edgar, edith, edmund, edna, eduardo, edwin, eileen, elaine, eleanor, eli, elijah, elise, eliza, ella,
    ellen, elliot, elliott, eloise, elsa, emilia, emilio, enrique, erica, erin, ernest, ernesto, esther,
    ethan, eugene, evan, evelyn, everett, faith, farah, fatima, felicity, felix, fiona, florence, floyd,
    frances, francesca, frankie, franklin, freddie, frederick, gabriel, gabriela, gabrielle, gail, gareth,
    gavin, gemma, gene, geoffrey, gerald, geraldine, gerard, gilbert, gina, glen, glenn, gloria, graham,
    grant, gwen, hailey, hal, hannah, harold, harriet, harrison, harvey, hazel, heather, hector, heidi,
    herbert, herman, hilary, holly, homer, howard, hunter, ida, ingrid, irene, iris, isaac, isabel,
    isabella, isaiah, ivy, jackie, jackson, jacqueline, jade, jaime, jake, jamal, jamie, janet, janice,
    jared, jasmine, jay, jean, jeanne, jeffrey, jenna, jenny, jerome, jerry, jesse, jesus, jill, joan,
    joanna, joanne, jocelyn, jodi, joel, johnny, jon, jonas, jordan, josephine, josh, joshua, joy, joyce,
    judith, judy, julius, june, kara, karim, kathleen, kathryn, kathy, katie, katrina, kay, kayla, keira,
    kelly, ken, kendall, kendrick, kenny, kerry, kristen, kristin, kristina, kurt, kylie, lance, lara,
    laurence, lauren, lawrence, leah, leigh, lena, leo, leon, leonard, leroy, leslie, lester, lila, lillian,
    lily, lindsay, lindsey, lionel, liz, lloyd, logan, lois, lorenzo, lori, lorraine, louise, lucas, lucia,
    lucy, luther, lydia, lynn, mabel, mackenzie, madeleine, madison, maggie, malcolm, mandy, manuel, marcia,
    marcus, margot, marilyn, marina, marion, marjorie, marlene, marsha, marshall, martha, marvin, matt,
    mattie, maureen, max, maxine, megan, melanie, melinda, melissa, melvin, mercedes, meredith, mia, mike,
    mildred, miles, milton, miranda, miriam, mitchell, molly, monica, morgan, morris, moses, myra, nadia,
    naomi, natalie, nathaniel, neil, nelson, nicola, nicole, nigel, noah, noel, nora, norma, norman, olive,
    olivia, owen, paige, pamela, parker, pat, patsy, patty, paula, pauline, pearl, peggy, penelope, penny,
    percy, perry, phil, philippa, phillip, phoebe, phyllis, preston, priscilla, quentin, quinn, rachael,
    ralph, randall, randy, raul, ray, reggie, regina, reginald, rene, renee, rex, rhonda, ricardo, rita,
    rob, robbie, robin, rocky, rodney, rodrigo, rohan, ron, ronnie, rory, rosa, rosalind, rosemary, ross,
    roy, ruben, rudy, russell, sabrina, sadie, sally, salvador, samantha, sandy, santiago, saul, savannah,
    selena, serena, sergio, seth, shane, shannon, sharon, shaun, shawn, sheila, shelby, shelley, sheryl,
    shirley, sidney, sienna, silvia, sofia, sonia, sophia, spencer, stacy, stanley, stella, stephanie,
    stewart, stuart, sue, summer, sydney, sylvia, tamara, tammy, tara, taylor, ted, teresa, terry, tess,
    thelma, theodore, theresa, tiffany, timmy, tina, toby, todd, tommy, tonya, tracy, travis, trevor,
    tristan, troy, tyler, ursula, valerie, vanessa, vera, vernon, veronica, vicky, victoria, vincent,
    viola, violet, virginia, vivian, wade, wallace, wanda, wayne, wendy, wesley, whitney, wilbur, willie,
    wilson, winston, yolanda, yvonne, zachary, zoe, zoey,
    abdel, abdallah, abdulaziz, abdulrahman, adel, ahmet, aliyu, amina, anwar, ashraf, ayesha, aziz,
    bilal, farid, faisal, farouk, fuad, ghassan, hamza, hani, haruki, hideo, hussain, imran, ismail,
    jamil, kamal, kareem, khaled, layla, leila, mahmud, majid, mariam, marwan, mehmet, mohsen, moussa,
    nabil, nasser, nawaz, nour, osama, rashid, salim, salman, sami, samir, sara, shahid, tariq, walid,
    yasmin, youssef, zainab, zaid, ayodele, chinedu, emeka, ngozi, oluwaseun, kwame, kofi, amara,
    arjun, amit, anil, deepak, ganesh, priya, rajesh, ravi, sanjay, sunita, vijay, anand, nitin, pooja,
    akira, hiroshi, kenji, makoto, naoko, takashi, yuki, yoko, jun, min, jin, hyun, seung, sung, young,
    wei, ming, hong, xiao, yan, ying, zhou, chen, lin, liu, sun, xu, ma, zhao, huang, wu, yang,
    aleksandr, alexandr, anastasia, andriy, arkady, boris, dmytro, galina, gennady, grigory, ilya,
    kirill, konstantin, lyudmila, maksim, maxim, mykola, nadezhda, natalya, nikita, oksana, petro,
    pyotr, sergiy, stanislav, taras, vadim, vasily, vitaly, vitali, yaroslav, yevgeniy, yuliya,
    alessandro, andrea, beatriz, bruno, camille, carlos, cristina, diego, elena, enzo,
    fabio, federico, fernanda, francois, gianni, guillaume, helene, ines, joao, jorge, juliette, lars,
    lorenzo, luca, lucas, luigi, marco, mateo, matteo, nils, paolo, pascal, rafael, sebastian, sven,
    thierry, ulrich, wolfgang, xavier, yves, jurgen, klaus, dieter, helmut, heinz, annalena, markus,
    marc, mathieu, jean-yves, jean-michel, jose-luis, maria-jose
    """
)

# Former countries and regions that history and obituaries still name.
PLACES = PLACES | _words(
    """
    east germany, west germany, soviet union, ussr, yugoslavia, czechoslovakia, ottoman empire, prussia,
    austria-hungary, rhodesia, zaire, ceylon, persia, siam, byzantium, roman empire, british empire,
    holy roman empire, bay area, silicon valley, wall street, the hague, new england, midwest, deep south,
    scotland, england, wales, northern ireland, ireland, korea, kashmir, tibet, taiwan, hong kong, macau
    """
)

# More cities, regions and natural places that news datelines and stories name often.
PLACES = PLACES | _words(
    """
    san diego, san jose, san antonio, fort worth, jacksonville, indianapolis,
    nashville, memphis, louisville, milwaukee, albuquerque, tucson, fresno, sacramento, kansas city,
     omaha,  miami beach, oakland, minneapolis, st. louis, saint louis, tampa, orlando,
    pittsburgh, cincinnati, cleveland, portland, salt lake city, honolulu, anchorage, newark,
    jersey city, brooklyn, manhattan, queens, the bronx, staten island, harlem, hollywood, beverly hills,
    santa monica, pasadena, berkeley, palo alto, mountain view, cupertino, redmond, cambridge, oxford,
    alexandria, charleston, birmingham, little rock, boise,
    des moines, albany, hartford, trenton, annapolis,
    harrisburg, frankfort, topeka, bismarck, cheyenne,
    carson city, santa fe, olympia, juneau, ferguson, parkland, uvalde, sandy hook,
    leeds, sheffield, bristol, nottingham, leicester, coventry, brighton, southampton,
    plymouth, aberdeen, dundee, swansea, derry, galway, limerick, bordeaux, toulouse, lille,
    strasbourg, nantes, calais, stuttgart, dusseldorf, dortmund, essen, leipzig, dresden, hanover,
    nuremberg, bonn, salzburg, innsbruck, graz, basel, lausanne, antwerp, ghent, bruges, utrecht,
    eindhoven, the netherlands, seville, valencia, bilbao, malaga, granada, zaragoza, porto, turin,
    genoa, bologna, florence, palermo, verona, pisa, krakow, gdansk, wroclaw, poznan, lodz, brno, kosice,
    cluj, timisoara, constanta, varna, plovdiv, thessaloniki, patras, izmir, antalya, bursa, adana,
    gaziantep, diyarbakir, tabriz, isfahan, shiraz, mashhad, qom, erbil, kirkuk, najaf, karbala, fallujah,
    ramadi, tikrit, sulaymaniyah, deir ez-zor, latakia, daraa, hama, tartus, sidon, tyre, haifa, nazareth,
    hebron, nablus, jenin, bethlehem, rafah, khan younis, eilat, beersheba, ashkelon, sderot, aqaba,
    petra, luxor, aswan, giza, port said, suez, benghazi, misrata, sirte, tobruk, sfax, oran, marrakesh,
    fez, tangier, nouakchott, bamako, timbuktu, gao, niamey, ouagadougou, abidjan, monrovia, freetown,
    conakry, bissau, banjul, lome, cotonou, port harcourt, kano, kaduna, maiduguri, ibadan, douala,
    yaounde, libreville, brazzaville, kinshasa, goma, bukavu, lubumbashi, luanda, windhoek, gaborone,
    maputo, lilongwe, blantyre, antananarivo, mombasa, kisumu, arusha, dodoma, zanzibar, juba, asmara,
    djibouti, hargeisa, kismayo, port sudan, omdurman, el fasher, mecca, taif, dammam, muscat, manama,
    sharjah, kandahar, herat, mazar-i-sharif, jalalabad, kunduz, peshawar, quetta, rawalpindi, multan,
    faisalabad, hyderabad, ahmedabad, pune, surat, jaipur, lucknow, kanpur, nagpur, patna, bhopal,
    srinagar, amritsar, chandigarh, goa, kochi, varanasi, agra, chittagong, sylhet, cox's bazar,
    kandy, galle, jaffna, thimphu, lhasa, urumqi, kashgar, chengdu, chongqing, xi'an, nanjing,
    hangzhou, suzhou, tianjin, qingdao, dalian, harbin, shenyang, changsha, kunming, xiamen, fuzhou,
    zhengzhou, jinan, hefei, nanning, guiyang, lanzhou, hohhot, yokohama, nagoya, sapporo, kobe, fukuoka,
    sendai, fukushima, nagasaki, okinawa, incheon, daegu, gwangju, daejeon, ulsan, jeju, kaesong,
    panmunjom, sinuiju, hamhung, chongjin, yeonpyeong, kaohsiung, taichung, tainan, hsinchu, da nang,
     haiphong, vientiane, luang prabang, mandalay, chiang mai, phuket, pattaya, penang, johor bahru,
    kota kinabalu, kuching, surabaya, bandung, medan, semarang, yogyakarta, makassar, denpasar, cebu,
    davao, quezon city, marawi, dili, port moresby, suva, noumea, apia, nuku'alofa, adelaide,
    brisbane, hobart, gold coast, dunedin, tauranga, napier, queenstown,
    calgary, edmonton, winnipeg, halifax, saskatoon, quebec city, guadalajara,
    monterrey, tijuana, juarez, ciudad juarez, cancun, acapulco, oaxaca, chiapas, sinaloa, guatemala city,
    san tegucigalpa, san jose, san juan, santo domingo, port-au-prince, kingston, nassau,
    bridgetown, port of spain, cartagena, medellin, cali, barranquilla, maracaibo, valencia, guayaquil,
    cusco, arequipa, santa cruz, asuncion, rosario, cordoba, mendoza, valparaiso, antofagasta,
    recife, fortaleza, belo horizonte, porto alegre, curitiba, manaus, belem, andes,
    alps, himalayas, rockies, sahara, gobi, nile, danube, rhine, thames, seine, volga, dnieper, mississippi,
    missouri, colorado river, rio grande, yangtze, yellow river, mekong, ganges, indus, tigris, euphrates,
    jordan river, dead sea, caspian sea, aral sea, lake baikal, great lakes, lake everest,
    kilimanjaro, mount fuji, mont blanc, grand canyon, yellowstone, yosemite, gulf of mexico, bay of bengal,
    strait of hormuz, taiwan strait, korean peninsula, sinai peninsula, arabian peninsula, horn of africa,
    west africa, east africa, north africa, southern africa, sub-saharan africa, central africa,
    latin america, south pacific, north atlantic, arctic circle, north pole, south pole, antarctic,
    european union, eurozone, schengen, scandinavia, iberia, anatolia, mesopotamia, levant, maghreb,
    patagonia, amazonia, siberia, kamchatka, chukotka, yakutia, tatarstan, bashkortostan, crimea,
    zaporizhzhia, kherson, donbas, kharkiv, sumy, chernihiv, mykolaiv, dnipro, poltava, vinnytsia, rivne,
    lutsk, ternopil, uzhhorod, chernivtsi, bucha, irpin, avdiivka, severodonetsk, lysychansk, izium,
    transcarpathia, bryansk, smolensk, pskov, novgorod, tver, yaroslavl, nizhny novgorod, kazan, samara,
    saratov, voronezh, krasnodar, sochi, grozny, makhachkala, vladikavkaz, murmansk, arkhangelsk, omsk,
    tomsk, krasnoyarsk, irkutsk, khabarovsk, perm, ufa, chelyabinsk, orenburg, astrakhan, sevastopol,
    simferopol, kerch, mariupol, melitopol, berdyansk, enerhodar, chornobyl, chernobyl, pripyat
    """
)

# Named events that carry no event word ("Hajj", "Super Bowl").
KNOWN_EVENTS = _words(
    """
    hajj, umrah, kumbh mela, oktoberfest, mardi gras, eurovision, eurovision song contest, super bowl,
    tour de france, world cup, olympics, paralympics, winter olympics, summer olympics, commonwealth games,
    wimbledon, us open, french open, australian open, ryder cup, world series, stanley cup,
    coachella, glastonbury, burning man, comic-con, cop26, cop27, cop28, cop29, holocaust
    """
)

# Common family names across the languages news reports on: a strong cue for the last word of a
# person's name.
SURNAMES = _words(
    """
    smith, johnson, williams, brown, jones, garcia, miller, davis, rodriguez, martinez, hernandez, lopez,
    gonzalez, wilson, anderson, thomas, taylor, perez, thompson, harris,
    sanchez, clark, ramirez, lewis, robinson, walker, allen, wright, scott, torres, nguyen,
     flores,  adams,  hall, rivera, campbell, mitchell, carter, roberts, gomez,
    phillips, evans, diaz, cruz, edwards, collins, reyes, stewart, morris, morales,
    murphy, rogers, gutierrez, ortiz, morgan, peterson,
    ramos, cox, ward, richardson, watson, chavez, mendoza, ruiz,
    hughes, alvarez, castillo, sanders, patel, myers, foster, jimenez,
    jenkins, sullivan, coleman, henderson, barnes, gonzales,
    vasquez, simmons, romero, patterson, reynolds,
       hayes, bryant, herrera, gibson, ellis, tran, medina, aguilar, stevens,
     castro,   harrison, fernandez, mcdonald,   kennedy,
    vargas, chen, freeman, webb, tucker, guzman, burns, crawford, olson, simpson, porter,
      mendez, silva, shaw, snyder,  dixon, munoz,  hicks,
    wagner, robertson, boyd, salazar, warren, meyer, schmidt,
    garza, ferguson, nichols, stephens, soto, weaver, gardner, dunn,
    kelley, spencer, hawkins, arnold, pierce, vazquez, hansen, peters, santos, bradley,
    elliott, cunningham, duncan, armstrong, carroll, riley, andrews, perkins,
    hoffman, johnston, matthews, pena, richards, contreras, willis, lawrence, sandoval,
    obama, trump, biden, clinton, bush, putin, zelensky, zelenskyy, merkel, macron, johnson, sunak,
    starmer, modi, erdogan, netanyahu, xi, kishida, albanese, trudeau, lula, milei, orban, scholz,
    wang, zhang, liu, yang, huang, zhao, wu, zhou, xu, zhu, guo, lin, luo, gao,
    kim, choi, jung, kang, cho, yoon, jang, lim, han, shin, seo, kwon, hwang, ahn, yoo,
    tanaka, suzuki, takahashi, watanabe, ito, yamamoto, nakamura, kobayashi, kato, yoshida, yamada,
    sasaki, yamaguchi, matsumoto, inoue, kimura, hayashi, shimizu, abe, sato,
    singh, kumar, sharma, gupta, khan, ali, ahmed, hussain, rahman, hassan, ibrahim, mohammed,
    ivanov, smirnov, kuznetsov, popov, vasiliev, petrov, sokolov, mikhailov, novikov, fedorov,
    morozov, volkov, alekseev, lebedev, semenov, egorov, pavlov, kozlov, stepanov, nikolaev, orlov,
    andreev, makarov, nikitin, zakharov, shevchenko, bondarenko, kovalenko, boyko, tkachenko,
    kravchenko, melnyk, oliynyk, muller, schneider, fischer, weber, becker, schulz, koch, richter,
    klein, wolf, schroder, neumann, schwarz, zimmermann, braun, kruger, hartmann, lange, werner,
    rossi, russo, ferrari, esposito, bianchi, romano, colombo, ricci, marino, greco,
    conti, giordano, mancini, rizzo, lombardi, moretti, dubois, bernard, durand, leroy, moreau,
     laurent, lefebvre,  fontaine, rousseau,  muller, lefevre, faure,
    mercier, blanc, guerin, boyer, garnier, chevalier, legrand, gauthier, perrin,
    oliveira, souza, pereira, carvalho, ferreira, rodrigues, almeida, nascimento, araujo,
    ribeiro, martins, barbosa, teixeira, moreira, cardoso, correia, nowak, kowalski,
    wisniewski, wojcik, kowalczyk, kaminski, lewandowski, zielinski, szymanski, wozniak, dabrowski,
    jensen, nielsen, andersen, pedersen, larsen, sorensen, rasmussen, johansson, karlsson, nilsson,
    eriksson, larsson, olsson, persson, svensson, gustafsson, yilmaz, kaya, demir, sahin, celik,
    yildiz, yildirim, ozturk, aydin, ozdemir, arslan, dogan, cohen, levi, mizrahi, peretz, friedman,
    murphy, byrne, walsh, oconnor, obrien, doyle, mccarthy, gallagher, doherty, kennedy,
        okafor, okonkwo, adeyemi, mensah, owusu, kamau, mwangi, otieno,
    ndlovu, dlamini, nkosi, lee, martin, moore, kelly, ryan, murray, lynch, quinn, james, henry, howard,
    russell, bennett, griffin, wallace, graham, hamilton, alexander, owens, hudson, holmes, daniels, payne,
    grant
    """
)

# More last words of company and institution names ("Veridian Therapeutics", "Halden Capital").
ORG_WORDS = ORG_WORDS | _words(
    """
    therapeutics, pharmaceuticals, pharma, biotech, biosciences, capital, partners, ventures, solutions,
    software, media, communications, entertainment, logistics, foods, brands, resources, mining,
    petroleum, telecom, networks, investments, securities, insurance, financial, consulting, healthcare,
    robotics, aerospace, semiconductors, electronics, chemicals, laboratories, railways, airline, shipping,
    secretariat, directorate, prosecutors, militia, cartel, syndicate, cooperative, caucus, duma, knesset,
    bundestag
    """
)
KNOWN_ORGS = KNOWN_ORGS | _words("nasdaq, nyse, new york stock exchange, ftse, dow jones, s&p, euronext, sec")
# Abbreviations of common nouns, never names on their own.
COMMON_ABBREVIATIONS = _words(
    """
    ceo, cfo, coo, cto, gdp, gnp, hiv, aids, tv, pc, ok, am, pm, id, dna, rna, mri, ct, icu, er, ivf,
    cctv, usb, it, ai, vip, faq, pdf, url, ngo, ngos, mp, mps, mep, pr, ufo, sms, gps, atm, lgbt, lgbtq,
    covid, sars, mers, iq, phd, mba, bsc, kg, km, mph, rpm, ml, hq, suv, ev, evs, ipo, vat, q1, q2, q3, q4,
    uv, led, leds, lcd, cpu, gpu, ram, cd, cds, dvd, dvds, hd, wifi, html, http, https, www, api, sim,
    co2, ghz, mhz, gb, mb, kwh, ppm, ptsd, adhd, hpv, ecg, ekg, bmi, diy, asap, fyi, rsvp, dj, mc
    """
)

# The lists below are read only by the rules in `entities` (not by the tagger, whose features
# were trained on the lists above: changing those would change the model's input).

# AP-style abbreviations of US states, written after a city ("Portland, Ore.", "CUPERTINO,
# Calif. —"); as written, without the final period. States of four or five letters or fewer
# (Iowa, Ohio, Utah, Maine, Texas, Idaho, Alaska, Hawaii) are spelled out in AP style.
STATE_ABBREVIATIONS = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont Neb
    Nev N.H N.J N.M N.Y N.C N.D Okla Ore Pa R.I S.C S.D Tenn Vt Va Wash W.Va Wis Wyo""".split()
)
# Of those, the ones that are no English word or name, so that a missing period is no doubt
STATE_ABBREVIATIONS_UNDOTTED = frozenset("Ariz Calif Colo Okla Tenn".split())

# Legal-form suffixes that end a company's name, as written ("Apple Inc.", "Siemens AG").
COMPANY_SUFFIXES = frozenset(
    "Inc Corp Co Ltd LLC LLP plc PLC AG SA S.A. SE GmbH N.V. NV Group Holdings Bros".split()
)
# The suffixes that take a period when abbreviated ("Inc.", "Co.")
COMPANY_SUFFIXES_DOTTED = frozenset("Inc Corp Co Ltd Bros".split())

# Last words of firm names that no person carries ("Counterpoint Research", "Capital Economics")
BUSINESS_ORG_HEADS = _words(
    """
    research, economics, analytics, advisors, advisers, associates, management, investments,
    insights, strategies, bancorp
    """
)

# Jobs held at an organisation: "analysts at Morgan Stanley" names a firm, not a person or place
WORKPLACE_NOUNS = _words(
    """
    analyst, analysts, economist, economists, strategist, strategists, trader, traders, banker,
    bankers, researcher, researchers, engineer, engineers, executive, executives, consultant,
    consultants, employee, employees
    """
)

# Words after a number that make it a quantity, never part of a name ("Apple 1.8 billion euros")
QUANTITY_WORDS = _words(
    """
    hundred, thousand, million, billion, trillion, bn, mn, percent, per, pct, %, euros, euro,
    dollars, dollar, pounds, pound, yen, yuan, renminbi, rupees, francs, pesos, roubles, rubles,
    won, shares, units, points, people, jobs, times, years, months, weeks, days, hours, minutes,
    seconds, tonnes, tons, barrels, miles, kilometres, kilometers, km, metres, meters, acres
    """
)

# Playing positions, written in lower case before a player's name ("fly-half Fin Smith"): like a
# title, they make the name after them a person and are that person's role.
SPORTS_POSITIONS = _words(
    """
    goalkeeper, keeper, goalie, defender, centre-back, center-back, full-back, fullback, left-back,
    right-back, wing-back, sweeper, midfielder, playmaker, winger, striker, forward, fly-half,
    scrum-half, flanker, hooker, prop, number eight, wicketkeeper, wicket-keeper, batsman, batter,
    bowler, spinner, all-rounder, quarterback, linebacker, running back, wide receiver, tight end,
    cornerback, pitcher, catcher, shortstop, outfielder, infielder, point guard,
    shooting guard, power forward, goaltender, netminder
    """
)
# Staff of a team written after its name ("Arsenal manager Mikel Arteta"): the name is the team.
TEAM_STAFF = SPORTS_POSITIONS | _words("manager, coach, head coach, boss, captain, skipper")

# Occupations that only people hold, written in lower case right before a name ("economist
# Purbaya Yudhi Sadewa", "barrister James Okafor"): the name is a person's whatever the tagger said.
PERSON_NOUNS = SPORTS_POSITIONS | _words(
    """
    economist, lawyer, barrister, solicitor, attorney, prosecutor, judge, magistrate, defendant,
    co-defendant, plaintiff, journalist, reporter, photographer, columnist, activist, dissident,
    scientist, researcher, physicist, chemist, biologist, geologist, astronomer, epidemiologist,
    virologist, neurologist, surgeon, physician, historian, novelist, author, writer, poet,
    artist, painter, sculptor, singer, actor, actress, rapper, comedian, architect, diplomat,
    businessman, businesswoman, billionaire, entrepreneur, astronaut, athlete, cyclist, sprinter,
    boxer, jockey
    """
)

# Letters written after a person's name for an honour, a rank at the bar or a seat ("Sarah
# Whitfield KC", "John Smith MP"): not part of the name.
POST_NOMINALS = frozenset("KC QC SC MP MEP MSP MLA OBE CBE MBE KBE DBE FRS PhD".split())

# First words of sports clubs' names ("Real Madrid", "Atletico Madrid", "Borussia Dortmund").
CLUB_PREFIXES = _words("real, atletico, atlético, borussia, olympique, sporting, dynamo, dinamo, racing, deportivo")

# One-word names of a legislature, a chamber, a government department or a seat of power ("the
# Senate", "the Treasury", "the Pentagon"): each names its own institution, so none is the short
# form of a longer name that contains it ("Senate Republicans", "White House").
INSTITUTION_NAMES = _words(
    """
    senate, house, congress, parliament, treasury, pentagon, kremlin, commons, lords, exchequer,
    bundestag, bundesrat, duma, knesset, storting, riksdag, folketing, oireachtas, dail, seanad
    """
)

# Titles of politics the general title list leaves out ("House Speaker Mike Johnson", "Chief
# Whip"): like titles, they precede a name and are its holder's role.
POLITICAL_TITLES = _words("speaker, whip, councilman, councilwoman, councilmember, alderwoman, swami")

# Last words of a UK-style portfolio written before a minister's name ("Work and Pensions
# Secretary Liz Kendall", "Energy Security and Net Zero Secretary"): the capitalised words before
# them name a brief, not an organisation or a person.
PORTFOLIO_HEADS = frozenset("Secretary Minister".split())

# Last words of public bodies ("Congressional Budget Office", "Drug Enforcement Administration"),
# read with the institution words of the rules; "Oval Office" is a room.
PUBLIC_BODY_HEADS = _words("office, administration, directorate, inspectorate, ombudsman, watchdog, regulator")
NOT_PUBLIC_BODIES = _words("oval office, box office, post office box")

# Plurals of the letters after a member's name ("Labour MPs", "Reform UK MEPs"): the members of a
# party, never part of its name.
MEMBER_PLURALS = frozenset("MPs MEPs MSPs MLAs MPPs TDs AMs MSs".split())

# Nouns only a person has in the possessive ("Erdogan's spokesman", "Putin's wife"): the owner is a
# person or an organisation, never a product, a work or a people.
PERSON_RELATIONS = _words(
    """
    spokesman, spokeswoman, spokesperson, wife, husband, widow, widower, son, daughter, father,
    mother, brother, sister, lawyer, lawyers, aides, aide, predecessor, successor, chief of staff,
    press secretary, biographer, ex-wife, ex-husband, girlfriend, boyfriend, fiancee, fiance
    """
)

# Last words of awards ("Academy Awards", "Nobel Peace Prize", "Fields Medal") and the one-word
# names of the awards of film, music, television and theatre ("Oscars", "Grammy", "Baftas"):
# an award is MISC, never the body that gives it.
AWARD_HEADS = _words("award, awards, prize, prizes, medal, medals, trophy")
AWARD_NAMES = frozenset("Oscar Oscars Grammy Grammys Emmy Emmys Bafta Baftas BAFTA BAFTAs".split())

# Last words of natural features of sea and land that no person or body carries ("Second Thomas
# Shoal", "Scarborough Shoal", "Great Barrier Reef", "Bikini Atoll"): the name is a place.
FEATURE_HEADS = _words(
    "shoal, shoals, reef, reefs, atoll, atolls, archipelago, isthmus, glacier, lagoon, fjord, estuary"
)

# Compass adjectives that open a region's name ("Eastern Cape", "Western Cape", "Northern Cape").
COMPASS_ADJECTIVES = frozenset("Eastern Western Northern Southern".split())

# Last words of treaties and conventions between states ("Treaty of Versailles", "Paris Accord",
# "Kyoto Protocol"): a treaty is a document (MISC), not an organisation.
TREATY_HEADS = _words("treaty, accord, accords, protocol")

# Party adjectives that belong to the role before a lower-case title ("Liberal Democrat leader Ed
# Davey", "former Tory chancellor"): the role is the party's, not any leader's.
PARTY_ADJECTIVES = frozenset("Labour Conservative Tory Liberal Democrat Democratic Republican Green SNP".split())

# Last words of houses of worship ("Al-Aqsa Mosque", "Shri Swaminarayan Mandir", "Golden Temple",
# "Westminster Abbey"): the name is a building, a place, never a work or a person.
WORSHIP_HEADS = _words(
    "mosque, mandir, temple, synagogue, cathedral, basilica, gurdwara, abbey, chapel, shrine, pagoda, minster"
)

# Particles of Spanish and Portuguese surnames after a given name or a surname ("Ramírez de la O",
# "Ponce de León"): the capitalised word after them belongs to the person's name.
SURNAME_PARTICLES = _words("de, del, de la, de las, de los")

# Tenth round (read only by the rules in entities.py, never by the tagger).
# Common nouns for places of worship and learning that open a sentence before a lower-case noun
# they modify ("Church attendance fell", "School meals are free"): no name there.
INSTITUTION_COMMON_NOUNS = _words("church, chapel, mosque, temple, synagogue, school, hospital, college")
# A county or a court's district opening a role takes the place before it ("Franklin County
# Sheriff", "U.S. District Judge", "Orleans Parish Sheriff").
ROLE_DISTRICTS = frozenset("County District Circuit Parish".split())
# Member titles a party adjective belongs to ("Labour MP", "SNP MSP"), as it does to lower-case titles.
MEMBER_TITLES = frozenset("MP MEP MSP MLA MPP TD".split())
# Titles after which a single name is a regnal name, its own name and no middle name of a person
# ("Pope Francis" is not "Robert Francis Prevost").
REGNAL_TITLES = frozenset("Pope".split())
