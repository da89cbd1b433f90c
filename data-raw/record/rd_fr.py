#!/usr/bin/env python3
"""The result of the vote under each resolution of the Council's yearly *Resolutions and Decisions* (French edition,
*Résolutions et décisions du Conseil de sécurité*), as transcribed page by page at machinman.net.

Reads the HTML pages of github.com/machinman-net/machinman-net.github.io (for 1969-2007 the folder
un/best/un_resolution_YYYY/, one file a page of the printed volume; for 1946-1968 one file a volume, un/fini/ and, for
1946 and 1955, un/best/; text recognised from the scanned volumes; 1947 is not there), finds each heading ("Résolution
NNN (YYYY) du D MOIS YYYY", "NNN (YYYY). Résolution du D MOIS YYYY") and the first result of the vote after it
("Adoptée à la NNNNe séance par 13 voix contre zéro, avec 2 abstentions (Tchécoslovaquie, Union des Républiques
socialistes soviétiques)", "Adoptée à l'unanimité à la ...e séance"), and writes one press.csv row a resolution where
the line reads cleanly: the counts add up to the council of that day, every state named is found on it, and a footnote
that the line calls is read (a member absent or not taking part in the vote). A line that cannot be read so is left
out and listed on standard error with its reason. It also reads the procedural votes printed under the decisions to
invite the Palestine Liberation Organization to a debate with the rights of a Member State (1975-1991), with the
meeting and date the volume names before each.

    python3 data-raw/record/rd_fr.py --repo DIR --seats src/main/resources/io/github/unscsim/history/seats.csv \
        --press data-raw/record/press.csv

rewrites the block "# --- rdfr" of press.csv with the rows (or adds it at the end); nothing else in the file is
touched. Standard library only, no network.
"""
import argparse
import csv
import datetime
import difflib
import html
import io
import re
import subprocess
import sys
import unicodedata

COMMIT = "f865e55bd80caffbe847eb3a9035b5a02bf68a2d"
SITE = "https://machinman.net/un/best/un_resolution_%s/%03d.html"
BLOCK = "# --- rdfr:"
TITLE = ("Résolutions et décisions du Conseil de sécurité %d (Documents officiels du Conseil de sécurité), "
         "page %d of the transcription at machinman.net (text recognised from the scanned volume)")
# a member that did not take part: "Un membre (Chine) n'a pas participé au vote", "L'un des membres (Chine) ..."
NOT_TAKING_PART = r"(?:L[’']un des membres|Un membre|Deux membres)\s*\(([^)]*)\)\s*n[’']\s*(?:a|ont) pas particip"
AS_READ = ", at meeting %d as the scanned text reads it"
TITLE_WHOLE = ("Résolutions et décisions du Conseil de sécurité %d (Documents officiels du Conseil de sécurité), "
               "the transcription at machinman.net (text recognised from the scanned volume)")
SITE_WHOLE = "https://machinman.net/%s/un_resolution_%d.html"
INVITATION = "Invitation to the Palestine Liberation Organization to take part in the debate (rule 37 rights)"

# French names of the states that sat on the Council 1969-2007, as the volumes print them (accents, spaces, hyphens
# and apostrophes are dropped before comparing)
NAMES = {
    "ARE": ["Emirats arabes unis"], "ARG": ["Argentine"], "AUS": ["Australie"], "AUT": ["Autriche"],
    "BDI": ["Burundi"], "BEL": ["Belgique"], "BEN": ["Benin", "Dahomey"], "BFA": ["Burkina Faso", "Haute-Volta"],
    "BGD": ["Bangladesh"], "BGR": ["Bulgarie"],
    "BLR": ["Republique socialiste sovietique de Bielorussie", "Bielorussie", "Belarus"],
    "BOL": ["Bolivie"], "BRA": ["Bresil"], "BWA": ["Botswana"], "CAN": ["Canada"], "CHL": ["Chili"],
    "CHN": ["Chine"], "CIV": ["Cote d'Ivoire"], "CMR": ["Cameroun", "Republique-Unie du Cameroun"],
    "COD": ["Zaire", "Republique democratique du Congo"], "COG": ["Congo"], "COL": ["Colombie"],
    "CPV": ["Cap-Vert"], "CRI": ["Costa Rica"], "CSK": ["Tchecoslovaquie"], "CUB": ["Cuba"],
    "CZE": ["Republique tcheque"], "DDR": ["Republique democratique allemande"],
    "DEU": ["Allemagne, Republique federale d'", "Republique federale d'Allemagne", "Allemagne"],
    "DJI": ["Djibouti"], "DNK": ["Danemark"], "DZA": ["Algerie"], "ECU": ["Equateur"], "EGY": ["Egypte"],
    "ESP": ["Espagne"], "ETH": ["Ethiopie"], "FIN": ["Finlande"], "FRA": ["France"], "GAB": ["Gabon"],
    "GBR": ["Royaume-Uni de Grande-Bretagne et d'Irlande du Nord", "Royaume-Uni"], "GHA": ["Ghana"],
    "GIN": ["Guinee"], "GNB": ["Guinee-Bissau"], "GUY": ["Guyana"], "HND": ["Honduras"], "HUN": ["Hongrie"],
    "IDN": ["Indonesie"], "IND": ["Inde"], "IRL": ["Irlande"], "IRQ": ["Iraq"], "ITA": ["Italie"],
    "JAM": ["Jamaique"], "JOR": ["Jordanie"], "JPN": ["Japon"], "KEN": ["Kenya"],
    "KOR": ["Republique de Coree"], "KWT": ["Koweit"], "LBY": ["Jamahiriya arabe libyenne", "Libye"],
    "MAR": ["Maroc"], "MDG": ["Madagascar"], "MEX": ["Mexique"], "MLT": ["Malte"], "MRT": ["Mauritanie"],
    "MUS": ["Maurice"], "MYS": ["Malaisie"], "NER": ["Niger"], "NGA": ["Nigeria"], "NIC": ["Nicaragua"],
    "NLD": ["Pays-Bas"], "NOR": ["Norvege"], "NPL": ["Nepal"], "NZL": ["Nouvelle-Zelande"], "OMN": ["Oman"],
    "PAK": ["Pakistan"], "PAN": ["Panama"], "PER": ["Perou"], "PHL": ["Philippines"], "POL": ["Pologne"],
    "PRT": ["Portugal"], "PRY": ["Paraguay"], "ROU": ["Roumanie"], "RUS": ["Federation de Russie"],
    "RWA": ["Rwanda"], "SDN": ["Soudan"], "SEN": ["Senegal"], "SLE": ["Sierra Leone"], "SOM": ["Somalie"],
    "SUN": ["Union des Republiques socialistes sovietiques"], "SWE": ["Suede"],
    "SYR": ["Republique arabe syrienne", "Syrie"], "TGO": ["Togo"], "THA": ["Thailande"],
    "TTO": ["Trinite-et-Tobago"], "TUN": ["Tunisie"], "TZA": ["Republique-Unie de Tanzanie"], "UGA": ["Ouganda"],
    "UKR": ["Republique socialiste sovietique d'Ukraine", "Ukraine"], "USA": ["Etats-Unis d'Amerique"],
    "VEN": ["Venezuela"], "YEM": ["Yemen", "Yemen democratique"], "YUG": ["Yougoslavie"], "ZMB": ["Zambie"],
    "ZWE": ["Zimbabwe"], "SVK": ["Slovaquie"], "SVN": ["Slovenie"], "HRV": ["Croatie"], "BIH": ["Bosnie-Herzegovine"],
    "GRC": ["Grece"], "QAT": ["Qatar"], "GMB": ["Gambie"], "NAM": ["Namibie"], "SGP": ["Singapour"],
    "MLI": ["Mali"], "ZAF": ["Afrique du Sud"], "AGO": ["Angola"], "BHR": ["Bahrein"],
}
MONTHS = {"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
          "septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
          # misreadings of the scanned text
          "mal": 5, "niai": 5, "mass": 3, "ortubre": 10}
WORDS = {"zero": 0, "une": 1, "un": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5}


def flat(text):
    """Lower case, no accents, no spaces, hyphens, apostrophes or full stops: how two spellings are compared."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"[\s\-'’.`]", "", text.lower())


def number(word):
    """A count as printed: digits, a word, or the usual misreadings of 10 and 11 (IO, Il, I1)."""
    word = flat(word).rstrip(",")
    if word in WORDS:
        return WORDS[word]
    if word.startswith("zero"):  # a footnote's letter or number run on ("zérog", "zéro20")
        return 0
    word = {"io": "10", "il": "11", "i1": "11", "1i": "11", "ii": "11", "l1": "11"}.get(word, word)
    return int(word) if word.isdigit() else None


def page_texts(repo, year):
    """The text of each page of a year's volume, in page order: (page number, text)."""
    files = subprocess.run(["git", "-C", repo, "ls-tree", "--name-only", COMMIT, "un/best/un_resolution_%d/" % year],
                           capture_output=True, text=True, check=True).stdout.split()
    pages = []
    for f in files:
        m = re.search(r"/(\d+)\.html$", f)
        if not m:
            continue
        raw = subprocess.run(["git", "-C", repo, "show", "%s:%s" % (COMMIT, f)], capture_output=True,
                             check=True).stdout.decode("utf-8", "replace")
        raw = re.sub(r"(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ", raw)
        text = html.unescape(re.sub(r"<[^>]+>", " ", raw))
        text = re.sub(r"\s+", " ", text)
        # the site's own header and footer around the page's text
        text = re.sub(r"^.*?Ce document n'est pas un texte officiel.*?\|&?l?t?;?", "", text)
        pages.append((int(m.group(1)), text))
    return sorted(pages)


def council(seats, date):
    return {r["code"] for r in seats if r["from"] <= date and (not r["to"] or date <= r["to"])}


def codes_of(names, members):
    """The codes of the states a list names, each on the council; None where one is not found."""
    parts = [p for p in re.split(r",|;|\bet\b(?=\s+[A-Z(])|\.\s+(?=[A-Z])", names) if p.strip()]
    # "Allemagne, République fédérale d'" is one state
    joined = []
    for p in parts:
        if joined and flat(p).startswith("republiquefederaled") and flat(joined[-1]) == "allemagne":
            joined[-1] += "," + p
        else:
            joined.append(p)
    found = []
    for p in joined:
        key = flat(re.sub(r"\d+$", "", p.strip()))
        hit = [c for c in members for n in NAMES.get(c, []) if flat(n) == key]
        if not hit:
            # a letter or two misread ("Fiance", "Rovaume-Uni"): the one name of that day's council close to it
            names = {flat(n): c for c in members for n in NAMES.get(c, [])}
            close = difflib.get_close_matches(key, names, n=2, cutoff=0.85)
            one = len(close) == 1 or (len(close) == 2 and names[close[0]] == names[close[1]])
            hit = [names[close[0]]] if one else []
        if len(set(hit)) != 1:
            return None
        found.append(hit[0])
    return found if len(set(found)) == len(found) else None


HEAD = re.compile(r"R\S{2,6}lu\S{0,4}\s+(\d{3,4})\s*\((\d{4})\)\s+du\s+(\d{1,2}|[lI])(?:er)?\s+(\S+)\s+(\d{4})")


def year_text(repo, year):
    """A year's volume as one text, and where each page starts in it: (text, [(offset, page)])."""
    text, starts = "", []
    for n, t in page_texts(repo, year):
        starts.append((len(text), n))
        text += t + " "
    return text, starts


def page_at(starts, offset):
    return max(n for pos, n in starts if pos <= offset)


def page_and_next(text, starts, offset):
    """The text of the page that holds the offset and of the next one: where a footnote called on the page is."""
    begins = [pos for pos, _ in starts]
    i = max(k for k, pos in enumerate(begins) if pos <= offset)
    return text[begins[i]:begins[i + 2] if i + 2 < len(begins) else len(text)]


INVITE = re.compile(r"Adopt\S{0,3}\s+par\s+\S+\s+\S?vo\S{1,3}\s+contre")
# the meeting a result line names: "à la 2082e séance", as the scan prints the ordinal's ending
LINE_MEETING = re.compile(r"\sl\S{0,2}\s+(\d{2,4})\s?(?:e|è|'|’|°|,|•|`|\*|E|C|c)?\s+s\S{0,2}ance")
MEETING = re.compile(r"A sa (\d{4})\S{0,2}\s+s\S{0,2}ance,\s+le\s+(\d{1,2})(?:er)?\s+(\S+)\s+(\d{4})")


def read_invitations(text, starts, year, seats, notes):
    """The votes on inviting the Palestine Liberation Organization to take part in a debate with the rights of a
    Member State (rule 37), which the volume prints under the decision ("le Conseil a en outre décidé, à la suite
    d'un vote, qu'une invitation ... serait adressée au représentant de l'Organisation de libération de la Palestine
    ... Adoptée par 10 voix contre une (Etats-Unis d'Amérique), avec 4 abstentions (...)"): (meeting, date, page,
    votes). The meeting is the last "A sa NNNNe séance, le D mois YYYY" before the decision, with no resolution
    between them."""
    found = []
    for m in INVITE.finditer(text):
        before = text[max(0, m.start() - 3000):m.start()]
        heads = list(MEETING.finditer(before))
        if not heads:
            continue
        since = before[heads[-1].end():]
        if "Palestine" not in since[-900:] or not re.search(r"invit", since[-900:]) \
                or not re.search(r"(?:à la suite d'un|par un) vote", since):
            continue
        label = "the invitation vote of meeting %s" % heads[-1].group(1)
        if re.search(r"Adopt\S{0,3}\s.{0,20}s\S{0,2}ance|R\S{0,3}solu\S{0,4}\s+\d{3,4}\s*\(", since):
            notes.append("%d: %s: a resolution between the meeting and the vote (not used)" % (year, label))
            continue
        month = MONTHS.get(flat(heads[-1].group(3)))
        try:
            date = datetime.date(int(heads[-1].group(4)), month, int(heads[-1].group(2))).isoformat() if month else None
        except ValueError:
            date = None
        if not date:
            notes.append("%d: %s: date not read" % (year, label))
            continue
        members = council(seats, date)
        votes = read_vote(text[m.start():m.start() + 420], members, page_and_next(text, starts, m.start()), year,
                          label, notes)
        if votes:
            found.append((int(heads[-1].group(1)), date, page_at(starts, m.start()), votes))
    return found


# the volumes of 1946-1968 are one page each: un/fini/un_resolution_YYYY.html (1946 and 1955: un/best/)
WHOLE = {1946: "un/best", 1955: "un/best"}
HEAD_WHOLE = re.compile(r"(\d{1,3}) \((\d{4})\)\. R\S{2,6}lution du ([\dIl]{1,2}|1er|ler) (\S+) (\d{4})")
# a footnote on a member: "[26] Un des membres (Union des Républiques socialistes soviétiques) était absent."
MEMBER_NOTE = (r"\[%s\]\s*(?:L[’']un des membres|Un des membres|Un membre|Deux des membres|Deux membres)"
               r"\s*\(([^)]*)\)\s*(était absent|étaient absents|n[’']\s*(?:a|ont) pas particip)")


def whole_text(repo, year):
    """A one-file volume's text (1946-1968), or None where the folder has no such file."""
    path = "%s/un_resolution_%d.html" % (WHOLE.get(year, "un/fini"), year)
    done = subprocess.run(["git", "-C", repo, "show", "%s:%s" % (COMMIT, path)], capture_output=True)
    if done.returncode:
        return None
    raw = re.sub(r"(?s)<script.*?</script>|<style.*?</style>|<!--.*?-->", " ", done.stdout.decode("utf-8", "replace"))
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", " ", raw)))


def read_whole_year(text, year, seats, notes):
    """The resolutions of a one-file volume: "86 (1950). Résolution du 26 septembre 1950 ... Adoptée à la 496e
    séance par 10 voix contre zéro, avec une abstention (Chine) [27]." The result is the first one after the heading
    and before the decisions that follow the text; a bracketed footnote on the line names a member absent or not
    taking part."""
    heads = [m for m in HEAD_WHOLE.finditer(text) if m.group(2) == str(year) == m.group(5)]
    rows = []
    for i, m in enumerate(heads):
        res = int(m.group(1))
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        seg = text[m.end():end]
        month = MONTHS.get(flat(m.group(4)))
        if not month:
            notes.append("%d: resolution %d: month %r not read" % (year, res, m.group(4)))
            continue
        day = 1 if m.group(3) in ("1er", "ler") else int(m.group(3).replace("I", "1").replace("l", "1"))
        try:
            date = datetime.date(year, month, day).isoformat()
        except ValueError:
            notes.append("%d: resolution %d: date not read" % (year, res))
            continue
        stop = re.search(r"\bD\S?cisions?\b", seg)
        v = re.search(r"Ado\S?t(?:ée|ées|ee)\s", seg[:stop.start()] if stop else seg)
        if not v:
            notes.append("%d: resolution %d: no result of the vote before the decisions" % (year, res))
            continue
        line = sentence(seg[v.start():v.start() + 420])
        members = council(seats, date)
        np, absent = [], []
        for marker in re.findall(r"\[(\d{1,3})\]", line):
            fn = re.search(MEMBER_NOTE % marker, seg[v.start():v.start() + 3000]) \
                or re.search(MEMBER_NOTE % marker, text)
            if fn:
                codes = codes_of(fn.group(1), members)
                if codes is None:
                    notes.append("%d: resolution %d: footnote names not read: %s" % (year, res, fn.group(1)))
                    break
                (absent if "absent" in fn.group(2) else np).extend(codes)
        else:
            row = read_vote(re.sub(r"\s*\[\d{1,3}\]", "", line), members - set(np) - set(absent), "", year, res,
                            notes)
            if row:
                meeting = LINE_MEETING.search(line[:90])
                yes, no, ab, _ = row
                rows.append((res, date, 0, (yes, no, ab, sorted(np), sorted(absent)),
                             int(meeting.group(1)) if meeting else None))
    return rows


def read_year(text, starts, year, seats, notes):
    heads = [m for m in HEAD.finditer(text) if m.group(2) == str(year) == m.group(5)]
    rows = []
    for i, m in enumerate(heads):
        res = int(m.group(1))
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        month = MONTHS.get(flat(m.group(4)))
        if not month:
            notes.append("%d: resolution %d: month %r not read" % (year, res, m.group(4)))
            continue
        try:
            date = datetime.date(year, month, 1 if m.group(3) in "lI" else int(m.group(3))).isoformat()
        except ValueError:
            notes.append("%d: resolution %d: date not read" % (year, res))
            continue
        seg = text[m.end():end]
        # the resolution's own line names its meeting ("à la 2082e séance"); a decision's vote printed between the
        # heading and it ("Adoptée par 10 voix contre une", an invitation) does not
        v = next((x for x in re.finditer(r"Adopt\S{0,3}\s", seg)
                  if re.search(r"s\S{0,2}ance|unanim|consensus", seg[x.end():x.end() + 80])), None)
        if not v:
            notes.append("%d: resolution %d: no result of the vote after the heading" % (year, res))
            continue
        line = seg[v.start():v.start() + 420]
        page = page_at(starts, m.end() + v.start())
        members = council(seats, date)
        row = read_vote(line, members, page_and_next(text, starts, m.end() + v.start()), year, res, notes)
        if row:
            # the meeting the line names ("à la 2082e séance"), where its number reads as digits
            meeting = LINE_MEETING.search(sentence(line)[:90])
            rows.append((res, date, page, row, int(meeting.group(1)) if meeting else None))
    return rows


def sentence(line):
    """The line up to the full stop that ends its sentence, outside parentheses (a name list may hold a misread
    full stop for a comma) and before a word in capitals."""
    depth = 0
    for i, c in enumerate(line):
        if c == "(":
            depth += 1
        elif c == ")":
            depth = max(0, depth - 1)
        elif c == "." and depth == 0 and i > 20 and not re.match(r"\s*[a-zé]", line[i + 1:]):
            # a full stop before a word in lower case is a misread comma ("). avec 4 abstentions")
            return line[:i + 1]
    return line


def read_vote(line, members, text, year, res, notes):
    """(yes, no, abstain, not participating) code lists from a result line, or None with a note why (res: the
    resolution's number, or a label for another vote)."""
    res = res if isinstance(res, str) else "resolution %d" % res
    head = line[:160]
    whole = line
    line = sentence(line)
    unanimous = "unanimit" in flat(head)
    np = []
    marker = re.search(r"(?:zero|zéro|\)|s\S{0,2}ance)\s*(\d{1,3})\s*\.", line)
    after = re.match(r"\s*" + NOT_TAKING_PART, whole[len(line):])
    if after and not marker:
        # the next sentence: "Un membre (Yémen) n'a pas participé au vote."
        np = codes_of(after.group(1), members)
        if np is None:
            notes.append("%d: %s: names of those not taking part not read: %s" % (year, res, after.group(1)))
            return None
    elif marker:
        # a footnote called on the line: "N Un membre (Chine) n'a pas participé au vote."
        fn = re.search(r"\b%s\s+" % marker.group(1) + NOT_TAKING_PART, text)
        if not fn:
            notes.append("%d: %s: footnote %s not read" % (year, res, marker.group(1)))
            return None
        np = codes_of(fn.group(1), members)
        if np is None:
            notes.append("%d: %s: footnote names not read: %s" % (year, res, fn.group(1)))
            return None
    if re.search(r"pas particip", line):
        notes.append("%d: %s: a non-participation in the line itself" % (year, res))
        return None
    if re.search(r"acclamation|consensus|sans\s+vote|sans\s+avoir|sans\s+qu", line):
        notes.append("%d: %s: adopted without a vote (not used)" % (year, res))
        return None
    if unanimous:
        yes = sorted(members - set(np))
        return yes, [], [], sorted(np)
    c = re.search(r"par\s+(\d+|IO|Il|I1|une)\s+\S?vo\S{1,3}\s+contre\s+(\S+?)[\s,(.]", line)
    if not c:
        notes.append("%d: %s: counts not read: %s" % (year, res, line[:160]))
        return None
    y, n = number(c.group(1)), number(c.group(2))
    if y is None or n is None:
        notes.append("%d: %s: counts not read: %s" % (year, res, line[:160]))
        return None
    no = []
    if n:
        p = re.search(r"contre\s+\S+\s*\(([^)]*)\)", line)
        no = codes_of(p.group(1), members) if p else None
        if no is None or len(no) != n:
            notes.append("%d: %s: no votes not read: %s" % (year, res, line[:200]))
            return None
    ab = []
    a = re.search(r"avec\s+(\S+)\s+ab[^()]{0,16}?\(([^)]*)\)", line)
    if a:
        k = number(a.group(1))
        ab = codes_of(a.group(2), members)
        if ab is None or len(ab) != k:
            notes.append("%d: %s: abstentions not read: %s" % (year, res, line[:240]))
            return None
    elif re.search(r"avec|ab\s*-?\s*s\s*-?\s*tention", line):
        notes.append("%d: %s: abstentions not read: %s" % (year, res, line[:240]))
        return None
    named = set(no) | set(ab) | set(np)
    if len(named) != len(no) + len(ab) + len(np):
        notes.append("%d: %s: a member named twice" % (year, res))
        return None
    yes = sorted(members - named)
    if len(yes) != y:
        notes.append("%d: %s: %d yes read, %d members left: %s" % (year, res, y, len(yes), line[:200]))
        return None
    return yes, sorted(no), sorted(ab), sorted(np)


def plausible(rows, year, notes):
    """The rows whose number a misread can not have made: the numbers of a year lie close together, and a higher
    number is never of an earlier date than a lower one."""
    numbers = sorted(r[0] for r in rows)
    if not numbers:
        return []
    q1, q3 = numbers[len(numbers) // 4], numbers[3 * len(numbers) // 4]
    inside = []
    for r in rows:
        if q1 - 150 <= r[0] <= q3 + 150:
            inside.append(r)
        else:
            notes.append("%d: resolution %d: a number out of the year's range (a misread)" % (year, r[0]))
    wrong = out_of_order(inside, 1)
    for r in inside:
        if id(r) in wrong:
            notes.append("%d: resolution %d: its date is out of order with the others' (a misread)" % (year, r[0]))
    return [r for r in inside if id(r) not in wrong]


def out_of_order(rows, field):
    """The rows to set aside so that the rest are in order: a higher resolution number never with a lower value of
    the field (a date, a meeting). A misread value is out of order with many others: the row out of order with the
    most is set aside first, until none is left out of order."""
    rows = [r for r in rows if r[field]]
    clash = {id(r): {id(o) for o in rows if (o[0] < r[0] and o[field] > r[field])
                     or (o[0] > r[0] and o[field] < r[field])} for r in rows}
    wrong = set()
    while True:
        worst = max(clash, key=lambda k: len(clash[k] - wrong) if k not in wrong else -1, default=None)
        if worst is None or worst in wrong or not clash[worst] - wrong:
            return wrong
        wrong.add(worst)


def meetings(rows, year, notes):
    """The rows with their meeting number kept only where it is in order with the others' (a higher resolution
    number at the same or a later meeting); a misread meeting number is dropped, the row kept."""
    wrong = out_of_order(rows, 4)
    kept = []
    for r in rows:
        if id(r) in wrong:
            notes.append("%d: resolution %d: meeting %d out of order with another's (a misread; left out)"
                         % (year, r[0], r[4]))
            r = r[:4] + (None,)
        kept.append(r)
    return kept


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--repo", required=True)
    ap.add_argument("--seats", required=True)
    ap.add_argument("--press", required=True)
    ap.add_argument("--years", default="1946-2007")
    args = ap.parse_args()
    with open(args.seats, encoding="utf-8") as f:
        seats = list(csv.DictReader(l for l in f if not l.startswith("#")))
    first, last = (int(x) for x in args.years.split("-"))
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    notes, count = [], 0
    invitations, meetings_seen = [], set()
    for year in range(first, last + 1):
        seen = set()
        text, starts = year_text(args.repo, year)
        whole = None if starts else whole_text(args.repo, year)
        if whole is not None:
            read = read_whole_year(whole, year, seats, notes)
        else:
            for meeting, date, page, votes in read_invitations(text, starts, year, seats, notes):
                if meeting not in meetings_seen:  # a volume may print a decision of the year before again
                    meetings_seen.add(meeting)
                    invitations.append((year, meeting, date, page, votes))
            read = [r[:3] + (r[3] + ([],),) + r[4:] for r in read_year(text, starts, year, seats, notes)]
        read = plausible(read, year, notes)
        for res, date, page, (yes, no, ab, np, absent), meeting in meetings(read, year, notes):
            if res in seen:
                notes.append("%d: resolution %d: two headings, the first kept" % (year, res))
                continue
            seen.add(res)
            key = "RDFR%d" % year if whole is not None else "RDFR%d-P%03d" % (year, page)
            tally = "%d-%d-%d" % (len(yes), len(no), len(ab)) + (", %d not participating" % len(np) if np else "") \
                + (", %d absent" % len(absent) if absent else "")
            # the kind is left empty: the volume does not say whether a vote was procedural
            w.writerow(["S/RES/%d" % res, "", date, "S/PV.%d" % meeting if meeting else "", "", res, "", "",
                        "adopted", len(yes), len(no), len(ab),
                        "", " ".join(yes), " ".join(no), " ".join(ab), " ".join(absent), " ".join(np), "", key,
                        TITLE_WHOLE % year if whole is not None else TITLE % (year, page),
                        SITE_WHOLE % (WHOLE.get(year, "un/fini"), year) if whole is not None else SITE % (year, page),
                        "the volume: the result of the vote printed under resolution %d (%d): %s%s"
                        % (res, year, tally, AS_READ % meeting if meeting else "")])
            count += 1
    for year, meeting, date, page, (yes, no, ab, np) in invitations:
        w.writerow(["S/PV.%d/1" % meeting, "procedural", date, "S/PV.%d" % meeting, "", "", "", INVITATION, "adopted",
                    len(yes), len(no), len(ab), "", " ".join(yes), " ".join(no), " ".join(ab), "", " ".join(np), "",
                    "RDFR%d-P%03d" % (year, page),
                    TITLE % (year, page), SITE % (year, page),
                    "the volume: at its %dth meeting, on %s, the Council decided by a vote to invite the Palestine "
                    "Liberation Organization to take part in the debate with the rights of a Member State invited "
                    "under "
                    "rule 37; %d-%d-%d; a procedural vote" % (meeting, date, len(yes), len(no), len(ab))])
        count += 1
    with open(args.press, encoding="utf-8") as f:
        press = f.read()
    # the block runs from its heading to the next block's heading (or the end of the file); the rest stays as it is
    i = press.find("\n" + BLOCK)
    j = press.find("\n# --- ", i + 1) if i >= 0 else -1
    head, tail = (press, "") if i < 0 else (press[:i + 1], "" if j < 0 else press[j + 1:])
    block = ("%s the result of the vote under each resolution of %d-%d, and the votes on inviting the PLO, in the "
             "French Resolutions and Decisions "
             "(machinman.net's transcription, github.com/machinman-net/machinman-net.github.io at commit %s); made by "
             "data-raw/record/rd_fr.py, not by hand: run it again rather than edit ---\n# read 2026-12-04\n"
             % (BLOCK, first, last, COMMIT))
    with open(args.press, "w", encoding="utf-8") as f:
        f.write(head + block + out.getvalue() + tail)
    for n in notes:
        print(n, file=sys.stderr)
    dropped = sum(1 for n in notes if "meeting" in n and "out of order" in n)
    print("rows: %d, left out: %d, meeting numbers set aside: %d" % (count, len(notes) - dropped, dropped),
          file=sys.stderr)


if __name__ == "__main__":
    main()
