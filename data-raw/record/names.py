"""Member-state names as the sources spell them, mapped to the library's codes.

ISO 3166-1 alpha-3, with the library's conventions: SUN for the USSR (until its seat passed to RUS on
1991-12-24, the date seats.csv uses), CHN for the China seat throughout, YUG, CSK, DDR for former states,
EGY for the United Arab Republic, COD for Zaire, UKR/BLR for the Soviet republics, YEM for Yemen.
A name that is not here is an error of the compiler: it is reported, never dropped.
"""
import re

NAMES = {
    "afghanistan": "AFG", "albania": "ALB", "algeria": "DZA", "andorra": "AND", "angola": "AGO",
    "antigua and barbuda": "ATG", "argentina": "ARG", "armenia": "ARM", "australia": "AUS", "austria": "AUT",
    "azerbaijan": "AZE", "bahamas": "BHS", "bahrain": "BHR", "bangladesh": "BGD", "barbados": "BRB",
    "belarus": "BLR", "belgium": "BEL", "belize": "BLZ", "benin": "BEN", "bhutan": "BTN",
    "bolivia": "BOL", "bolivia (plurinational state of)": "BOL", "bosnia and herzegovina": "BIH",
    "botswana": "BWA", "brazil": "BRA", "brunei darussalam": "BRN", "bulgaria": "BGR", "burkina faso": "BFA",
    "burundi": "BDI", "cabo verde": "CPV", "cape verde": "CPV", "cambodia": "KHM", "cameroon": "CMR",
    "canada": "CAN", "central african republic": "CAF", "chad": "TCD", "chile": "CHL", "china": "CHN",
    "colombia": "COL", "comoros": "COM", "congo": "COG", "costa rica": "CRI", "cote d'ivoire": "CIV",
    "côte d'ivoire": "CIV", "croatia": "HRV", "cuba": "CUB", "cyprus": "CYP", "czech republic": "CZE",
    "czechia": "CZE", "czechoslovakia": "CSK", "democratic people's republic of korea": "PRK",
    "democratic republic of the congo": "COD", "zaire": "COD", "denmark": "DNK", "djibouti": "DJI",
    "dominica": "DMA", "dominican republic": "DOM", "ecuador": "ECU", "egypt": "EGY",
    "united arab republic": "EGY", "el salvador": "SLV", "equatorial guinea": "GNQ", "eritrea": "ERI",
    "estonia": "EST", "ethiopia": "ETH", "ethipia": "ETH", "fiji": "FJI", "finland": "FIN", "france": "FRA",
    "gabon": "GAB", "gambia": "GMB", "georgia": "GEO", "germany": "DEU", "ghana": "GHA", "greece": "GRC",
    "grenada": "GRD", "guatemala": "GTM", "guinea": "GIN", "guinea-bissau": "GNB", "guyana": "GUY",
    "haiti": "HTI", "honduras": "HND", "hungary": "HUN", "iceland": "ISL", "india": "IND",
    "indonesia": "IDN", "iran": "IRN", "iraq": "IRQ", "ireland": "IRL", "israel": "ISR", "italy": "ITA",
    "jamaica": "JAM", "japan": "JPN", "jordan": "JOR", "kazakhstan": "KAZ", "kenya": "KEN",
    "kuwait": "KWT", "kyrgyzstan": "KGZ", "laos": "LAO", "latvia": "LVA", "lebanon": "LBN",
    "lesotho": "LSO", "liberia": "LBR", "libya": "LBY", "libyan arab jamahiriya": "LBY",
    "liechtenstein": "LIE", "lithuania": "LTU", "luxembourg": "LUX", "madagascar": "MDG", "malawi": "MWI",
    "malaysia": "MYS", "maldives": "MDV", "mali": "MLI", "malta": "MLT", "marshall islands": "MHL",
    "mauritania": "MRT", "mauritius": "MUS", "mexico": "MEX", "micronesia": "FSM",
    "micronesia (federated states of)": "FSM", "federated states of micronesia": "FSM",
    "moldova": "MDA", "republic of moldova": "MDA", "monaco": "MCO", "mongolia": "MNG",
    "montenegro": "MNE", "morocco": "MAR", "mozambique": "MOZ", "myanmar": "MMR", "namibia": "NAM",
    "nauru": "NRU", "nepal": "NPL", "netherlands": "NLD", "kingdom of the netherlands": "NLD",
    "netherlands (kingdom of the)": "NLD", "new zealand": "NZL", "nicaragua": "NIC", "niger": "NER",
    "nigeria": "NGA", "north macedonia": "MKD", "former yugoslav republic of macedonia": "MKD",
    "norway": "NOR", "oman": "OMN", "pakistan": "PAK", "palau": "PLW", "panama": "PAN",
    "papua new guinea": "PNG", "paraguay": "PRY", "peru": "PER", "philippines": "PHL", "poland": "POL",
    "portugal": "PRT", "qatar": "QAT", "republic of korea": "KOR", "romania": "ROU",
    "rwanda": "RWA", "saint kitts and nevis": "KNA", "saint lucia": "LCA",
    "saint vincent and the grenadines": "VCT", "samoa": "WSM", "san marino": "SMR",
    "sao tome and principe": "STP", "saudi arabia": "SAU", "saudia arabia": "SAU", "senegal": "SEN",
    "serbia": "SRB", "seychelles": "SYC", "sierra leone": "SLE", "singapore": "SGP",
    "slovak republic": "SVK", "slovakia": "SVK", "slovenia": "SVN", "solomon islands": "SLB",
    "somalia": "SOM", "south africa": "ZAF", "south sudan": "SSD", "spain": "ESP", "sri lanka": "LKA",
    "sudan": "SDN", "suriname": "SUR", "sweden": "SWE", "switzerland": "CHE", "syria": "SYR",
    "syrian arab republic": "SYR", "tajikistan": "TJK", "tanzania": "TZA",
    "united republic of tanzania": "TZA", "thailand": "THA", "timor-leste": "TLS", "togo": "TGO",
    "tonga": "TON", "trinidad and tobago": "TTO", "tunisia": "TUN", "turkey": "TUR", "türkiye": "TUR",
    "turkmenistan": "TKM", "tuvalu": "TUV", "uae": "ARE", "united arab emirates": "ARE", "uganda": "UGA",
    "ukraine": "UKR", "ukrainian soviet socialist republic": "UKR", "ukranian soviet socialist republic": "UKR",
    "byelorussian soviet socialist republic": "BLR",
    "united kingdom": "GBR", "united kindgom": "GBR",
    "united kingdom of great britain and northern ireland": "GBR", "united states": "USA",
    "united states of america": "USA", "uruguay": "URY", "vanuatu": "VUT", "venezuela": "VEN",
    "venezuela (bolivarian republic of)": "VEN", "bolivarian republic of venezuela": "VEN",
    "viet nam": "VNM", "yemen": "YEM", "yugoslavia": "YUG", "zambia": "ZMB", "zimbabwe": "ZWE",
    "union of soviet socialist republics": "SUN", "ussr": "SUN", "india ": "IND", "lao people's democratic republic": "LAO",
}

# "Russian Federation" in a source that standardised the name over the whole period: SUN before the seat passed.
RUSSIA_OR_USSR = {"russian federation", "russia", "union of soviet socialist republics", "ussr", "soviet union"}

SOVIET_SEAT_PASSED = "1991-12-24"


def normalise(name):
    n = name.replace("_x000D_", " ").replace("\u2019", "'").replace("`", "'")
    n = re.sub(r"(?i)d' ivoire", "d'ivoire", n)
    n = " ".join(n.split()).strip().strip('"').strip()
    while n.endswith("."):
        n = n[:-1].strip()
    low = n.lower()
    if low.startswith("the "):
        low = low[4:]
    # a trailing footnote number in the source, e.g. "United States (64)"
    if low.endswith(")") and "(" in low and low[low.rindex("(") + 1:-1].isdigit():
        low = low[:low.rindex("(")].strip()
    return low


def code(name, date):
    """The code for a source's name on a date, or None if the name is unknown."""
    low = normalise(name)
    if low in RUSSIA_OR_USSR:
        return "SUN" if date < SOVIET_SEAT_PASSED else "RUS"
    return NAMES.get(low)
