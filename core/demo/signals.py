"""The demo council's signals: two years of what residents told the council.

Recurring themes (own contributions early on, transport, home help in the last year),
anonymous and consented signals, sensitive ones, and contact details at every stage of
their retention: removed long ago, past their date (removed when the file is opened), due
soon (a warning on the Overzicht) and still well within it.
"""

import datetime as dt

from core.dates import add_months, to_iso

_STATUS_PATH = ["new", "in_progress", "passed_on", "closed"]

# Per theme code: (description, sensitive, target group). Invented, written for the demo.
_TEXTS = {
    "wmo_support": [
        ("Huishoudelijke hulp is teruggebracht van drie naar twee uur per week zonder nieuw "
         "keukentafelgesprek.", False, "ouderen"),
        ("Aanvraag traplift ligt al elf weken stil; de wettelijke termijn is verstreken.",
         False, "mensen met een beperking"),
        ("Mantelzorger raakt overbelast; respijtzorg is in de gemeente nauwelijks te vinden.",
         False, "mantelzorgers"),
        ("Na een heupoperatie en met beginnende dementie lukt het wassen en aankleden niet "
         "meer; de indicatie dekt dat niet.", True, "ouderen"),
        ("Wisseling van zorgaanbieder: nieuwe hulp kent de cliënt niet en komt op "
         "wisselende tijden.", False, "ouderen"),
    ],
    "youth_care": [
        ("Wachtlijst voor jeugd-ggz is ruim acht maanden; ouders voelen zich aan hun lot "
         "overgelaten.", False, "ouders"),
        ("Kind met autisme zit thuis omdat er geen passende plek op school is.", True,
         "ouders"),
        ("Na het 18e jaar stopt de jeugdhulp abrupt, de overgang naar Wmo is niet geregeld.",
         False, "jongeren"),
    ],
    "work": [
        ("Re-integratietraject bestaat vooral uit sollicitatietrainingen die al drie keer "
         "gevolgd zijn.", False, "werkzoekenden"),
        ("Parttime werk levert per saldo niets op doordat de uitkering wordt verrekend en "
         "toeslagen terugbetaald moeten worden.", False, "mensen met een bijstandsuitkering"),
        ("Statushouders wachten lang op een taaltraject en kunnen intussen niet aan het werk.",
         False, "statushouders"),
        ("Werkgever wil iemand met een arbeidsbeperking aannemen, maar de loonkostensubsidie "
         "duurt maanden.", False, "mensen met een beperking"),
    ],
    "income": [
        ("Bijzondere bijstand voor een wasmachine afgewezen; de motivatie is niet te "
         "begrijpen.", False, "mensen met een bijstandsuitkering"),
        ("Gezin komt na de huur en energie ruim honderd euro per maand tekort; voedselbank "
         "is de enige uitweg.", True, "ouders"),
        ("Energietoeslag was lastig aan te vragen zonder DigiD-hulp.", False, "ouderen"),
        ("Kindpakket is onbekend bij veel ouders die er recht op hebben.", False, "ouders"),
    ],
    "debt": [
        ("Aanmelding bij schuldhulpverlening leidt pas na zes weken tot een eerste gesprek.",
         False, "werkzoekenden"),
        ("Door beslag op de uitkering blijft minder over dan de beslagvrije voet.", True,
         "mensen met een bijstandsuitkering"),
        ("Jongere met studieschuld en telefoonschulden durft niet naar de gemeente te "
         "stappen.", False, "jongeren"),
    ],
    "housing": [
        ("Woningaanpassing voor rolstoel wordt niet vergoed omdat verhuizen 'goedkoper' "
         "is, maar er is geen passende woning.", False, "mensen met een beperking"),
        ("Wachttijd voor een sociale huurwoning loopt op tot negen jaar; urgentie wordt "
         "zelden toegekend.", False, "statushouders"),
        ("Schimmel in huurwoning veroorzaakt astma bij de kinderen; verhuurder reageert "
         "niet.", True, "ouders"),
    ],
    "transport": [
        ("Regiotaxi komt regelmatig een uur te laat; afspraken in het ziekenhuis worden "
         "gemist.", False, "ouderen"),
        ("Nieuwe vervoerder rijdt niet meer naar de dagbesteding buiten de gemeente.", False,
         "mensen met een beperking"),
        ("Buurtbus is opgeheven; zonder auto is het gezondheidscentrum onbereikbaar.",
         False, "ouderen"),
    ],
    "access": [
        ("Het loket is alleen nog telefonisch en digitaal bereikbaar; ouderen zonder "
         "computer lopen vast.", False, "ouderen"),
        ("Brieven van de gemeente zijn te ingewikkeld; laaggeletterden begrijpen niet wat "
         "er van hen verwacht wordt.", False, "werkzoekenden"),
        ("Onafhankelijke cliëntondersteuning wordt bij het keukentafelgesprek niet "
         "aangeboden.", False, "mantelzorgers"),
        ("Website over het minimabeleid is verouderd en noemt bedragen van vorig jaar.",
         False, "mensen met een bijstandsuitkering"),
    ],
    "own_contribution": [
        ("Eigen bijdrage voor de rolstoel komt bovenop de zorgkosten; voor een "
         "AOW-paar met klein pensioen is dat niet op te brengen.", True, "ouderen"),
        ("Factuur van het CAK kwam onverwacht en was hoger dan de gemeente had gezegd.",
         False, "ouderen"),
        ("Mensen zeggen hulp op vanwege de eigen bijdrage en redden het daarna niet meer.",
         False, "mensen met een beperking"),
    ],
}

_NEIGHBOURHOODS = ["Centrum", "De Hoven", "Oosterpark", "Kerkbuurt", "De Weiden", "Noordwijk",
                   ""]
_CHANNEL_WEIGHTS = {"walk_in": 5, "phone": 3, "email": 3, "meeting": 2, "network": 3,
                    "other": 1}
_REPORTERS = [("Gerda", "Visser"), ("Ahmed", "Benali"), ("Truus", "de Graaf"),
              ("Wim", "Koster"), ("Yasmina", "Haddou"), ("Piet", "Schouten"),
              ("Ludmila", "Nowak"), ("Roel", "van Wijk"), ("Aïcha", "Tahiri"),
              ("Bep", "Dekker"), ("Stefan", "Bos"), ("Marja", "Huisman")]
_HANDLED = [
    "Besproken in de werkgroep; voorbeeld meegenomen in het overleg met de wethouder.",
    "Doorgegeven aan het Sociaal Team met het verzoek contact op te nemen.",
    "Melder gewezen op de onafhankelijke cliëntondersteuner.",
    "Navraag gedaan bij de beleidsmedewerker; reactie ontvangen en teruggekoppeld.",
]


def _theme_weights(quarter_start: dt.date, today: dt.date) -> dict[str, int]:
    """Base weights, with the bursts that make a theme recur in some quarters."""
    weights = {"wmo_support": 3, "youth_care": 2, "work": 2, "income": 3, "debt": 2,
               "housing": 2, "transport": 1, "access": 2, "own_contribution": 1}
    months_ago = (today.year - quarter_start.year) * 12 + today.month - quarter_start.month
    if 15 <= months_ago <= 23:
        weights["own_contribution"] = 9  # the new tariff of the year before last
    if 9 <= months_ago <= 17:
        weights["transport"] = 9  # the new regiotaxi contract
    if months_ago <= 11:
        weights["wmo_support"] = 10  # fewer hours of home help
    return weights


def _pick(rng, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def _theme_ids(db) -> dict[str, int]:
    return dict(db.execute("SELECT code, id FROM signal_themes WHERE code IS NOT NULL"
                           ).fetchall())


def _stamp(day: dt.date, hour: int) -> str:
    return dt.datetime.combine(day, dt.time(hour, 15)).isoformat(timespec="seconds")


def _final_status(rng, age_days: int) -> str:
    if age_days < 21:
        return rng.choice(["new", "new", "in_progress"])
    if age_days < 120:
        return rng.choice(["in_progress", "passed_on", "closed", "new"])
    return rng.choice(["closed", "closed", "closed", "passed_on"])


def _insert_signal(db, context, day: dt.date, code: str, themes: dict[str, int]) -> int:
    rng = context.rng
    text, sensitive, group = rng.choice(_TEXTS[code])
    extra = [_pick(rng, {c: 1 for c in themes if c != code})] if rng.random() < 0.2 else []
    members = context.ids.get("members") or [None]
    logger = rng.choice(members)
    stamp = _stamp(day, rng.randint(9, 17))
    cursor = db.execute(
        "INSERT INTO signals (received_on, channel, target_group, neighbourhood, description, "
        "sensitive, status, logged_by, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 'new', ?, ?, ?)",
        [to_iso(day), _pick(rng, _CHANNEL_WEIGHTS), group, rng.choice(_NEIGHBOURHOODS), text,
         int(sensitive), logger, stamp, stamp])
    signal_id = cursor.lastrowid
    for theme_code in [code, *extra]:
        db.execute("INSERT INTO signal_theme_links (signal_id, theme_id) VALUES (?, ?)",
                   [signal_id, themes[theme_code]])
    db.execute("INSERT INTO signal_status_history (signal_id, changed_at, old_status, "
               "new_status, changed_by) VALUES (?, ?, NULL, 'new', ?)",
               [signal_id, stamp, logger])
    return signal_id


def _follow_up(db, context, signal_id: int, day: dt.date) -> dt.date | None:
    """Walk the signal along its path to a final status; returns the closing date."""
    rng, today = context.rng, context.today
    final = _final_status(rng, (today - day).days)
    path = _STATUS_PATH[: _STATUS_PATH.index(final) + 1]
    if final == "closed" and rng.random() < 0.4:
        path = ["new", "in_progress", "closed"]
    members = context.ids.get("members") or [None]
    when, old, closed_on = day, "new", None
    for new in path[1:]:
        when = min(today, when + dt.timedelta(days=rng.randint(3, 30)))
        note = rng.choice(_HANDLED) if new in ("passed_on", "closed") else ""
        db.execute("INSERT INTO signal_status_history (signal_id, changed_at, old_status, "
                   "new_status, note, changed_by) VALUES (?, ?, ?, ?, ?, ?)",
                   [signal_id, _stamp(when, 14), old, new, note, rng.choice(members)])
        old = new
    closed_on = when if old == "closed" else None
    handled = rng.choice(_HANDLED) if old in ("passed_on", "closed") else ""
    db.execute("UPDATE signals SET status = ?, closed_on = ?, handled_note = ? WHERE id = ?",
               [old, to_iso(closed_on), handled, signal_id])
    return closed_on


def _add_contact(db, context, signal_id: int, day: dt.date, closed_on: dt.date | None) -> None:
    """Contact details with consent; those long past retention were removed already."""
    rng = context.rng
    if closed_on is not None:
        removal = add_months(closed_on, 12)
        if removal <= context.today - dt.timedelta(days=10):
            db.execute("INSERT INTO signal_retention_log (signal_id, removed_at, reason) "
                       "VALUES (?, ?, 'retention')", [signal_id, _stamp(removal, 9)])
            return
    first, last = rng.choice(_REPORTERS)
    local = f"{first}.{last}".lower().replace(" ", "").replace("ï", "i")
    db.execute(
        "INSERT INTO signal_contacts (signal_id, name, phone, email, address, consent_on, "
        "added_at) VALUES (?, ?, ?, ?, '', ?, ?)",
        [signal_id, f"{first} {last}", f"06-{rng.randint(10000000, 99999999)}",
         f"{local}@voorbeeld.nl" if rng.random() < 0.6 else "", to_iso(day),
         _stamp(day, 12)])


def _retention_examples(db, context, themes: dict[str, int]) -> None:
    """Closed signals with consent whose contact details are due now and soon."""
    today = context.today
    for closed_ago_days, code in ((375, "transport"), (368, "income"), (350, "debt"),
                                  (340, "wmo_support"), (200, "housing")):
        closed_on = today - dt.timedelta(days=closed_ago_days)
        day = closed_on - dt.timedelta(days=40)
        signal_id = _insert_signal(db, context, day, code, themes)
        db.execute("INSERT INTO signal_status_history (signal_id, changed_at, old_status, "
                   "new_status, note) VALUES (?, ?, 'new', 'closed', ?)",
                   [signal_id, _stamp(closed_on, 11), _HANDLED[1]])
        db.execute("UPDATE signals SET status = 'closed', closed_on = ?, handled_note = ? "
                   "WHERE id = ?", [to_iso(closed_on), _HANDLED[1], signal_id])
        _add_contact_now(db, context, signal_id, day)


def _add_contact_now(db, context, signal_id: int, day: dt.date) -> None:
    first, last = context.rng.choice(_REPORTERS)
    db.execute(
        "INSERT INTO signal_contacts (signal_id, name, phone, email, address, consent_on, "
        "added_at) VALUES (?, ?, ?, '', '', ?, ?)",
        [signal_id, f"{first} {last}", f"06-{context.rng.randint(10000000, 99999999)}",
         to_iso(day), _stamp(day, 12)])


def _discussed_items(db, context) -> list[tuple[int, str]]:
    """(agenda item id, meeting date) of content items of meetings held so far."""
    wanted = context.ids.get("agenda_items")
    rows = db.execute(
        "SELECT a.id, m.date FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE a.standard = '' AND m.date <= ? ORDER BY m.date, a.position",
        [to_iso(context.today)]).fetchall()
    return [(item_id, day) for item_id, day in rows if not wanted or item_id in wanted]


def _link(db, context, signal_ids: list[int]) -> None:
    """Some signals were discussed on agenda items, some were taken up in advice."""
    rng = context.rng
    items = _discussed_items(db, context)
    advice = context.ids.get("advice") or []
    for signal_id in rng.sample(signal_ids, min(20, len(signal_ids))):
        received = db.execute("SELECT received_on FROM signals WHERE id = ?",
                              [signal_id]).fetchone()[0]
        later = [item_id for item_id, day in items if day >= received]
        if later:
            db.execute("INSERT OR IGNORE INTO signal_agenda_items (signal_id, agenda_item_id) "
                       "VALUES (?, ?)", [signal_id, later[0] if rng.random() < 0.5
                                         else rng.choice(later[:6])])
    for signal_id in rng.sample(signal_ids, min(10, len(signal_ids))):
        if not advice:
            break
        db.execute("INSERT OR IGNORE INTO advice_signals (advice_id, signal_id) VALUES (?, ?)",
                   [rng.choice(advice), signal_id])
        status = db.execute("SELECT status FROM signals WHERE id = ?", [signal_id]).fetchone()[0]
        if status not in ("closed", "in_advice"):
            db.execute("UPDATE signals SET status = 'in_advice' WHERE id = ?", [signal_id])
            db.execute("INSERT INTO signal_status_history (signal_id, changed_at, old_status, "
                       "new_status, note) VALUES (?, ?, ?, 'in_advice', ?)",
                       [signal_id, _stamp(context.today, 10), status,
                        "Gekoppeld aan een advies."])


def add_demo(db, context) -> None:
    rng, today = context.rng, context.today
    themes = _theme_ids(db)
    day = dt.date(today.year - 2, today.month, 1)
    signal_ids = []
    while day <= today:
        quarter_start = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
        weights = _theme_weights(quarter_start, today)
        for _ in range(rng.randint(4, 7)):
            received = min(today, day + dt.timedelta(days=rng.randint(0, 27)))
            code = _pick(rng, weights)
            signal_id = _insert_signal(db, context, received, code, themes)
            closed_on = _follow_up(db, context, signal_id, received)
            if rng.random() < 0.3:
                _add_contact(db, context, signal_id, received, closed_on)
            signal_ids.append(signal_id)
        day = add_months(day, 1)
    _retention_examples(db, context, themes)
    _link(db, context, signal_ids)
    context.ids["signals"] = signal_ids
