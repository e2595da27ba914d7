"""The anonymous statistics: the counted figures, and not one name, contact detail or
typed text of the file."""

import csv
import io
import json

from core.annual.statistics import COLUMNS, statistics_csv, statistics_json
from tests.core.annual.small_council import PRIVATE_WORDS, TODAY


def _figures(document: dict) -> dict:
    return {(row["measure"], row["category"], row["detail"], row["quarter"]): row["value"]
            for row in document["figures"]}


def test_json_holds_the_counted_figures_under_shared_codes(small):
    document = json.loads(statistics_json(small, 2025, TODAY))
    assert document["format"] == "raadswerk-statistics" and document["format_version"] == 1
    assert (document["year"], document["council_kind"]) == (2025, "wmo")
    figures = _figures(document)
    assert figures[("meetings_held", "council", "", None)] == 2
    assert figures[("signals", "", "", 1)] == 3 and figures[("signals", "", "", 3)] == 1
    assert figures[("signals_per_theme", "wmo_support", "", 1)] == 3
    assert figures[("signals_per_theme", "own_theme", "", 3)] == 1
    assert figures[("signals_per_channel", "phone", "", None)] == 2
    assert figures[("advice_sent", "requested", "", None)] == 2
    assert figures[("advice_outcome", "requested", "partly", None)] == 1
    assert figures[("advice_unanswered", "unsolicited", "", None)] == 1
    assert figures[("advice_responses_late", "", "", None)] == 2


def test_csv_has_the_documented_columns_and_the_same_figures(small):
    text = statistics_csv(small, 2025, TODAY).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text), delimiter=";"))
    assert rows[0] == COLUMNS
    assert ["1", "2025", "wmo", "advice_outcome", "requested", "adopted", "", "1"] in rows
    assert ["1", "2025", "wmo", "signals_per_theme", "wmo_support", "", "1", "3"] in rows


def test_no_name_contact_detail_or_typed_text_leaves_the_file(small):
    exported = (statistics_json(small, 2025, TODAY).decode("utf-8") +
                statistics_csv(small, 2025, TODAY).decode("utf-8-sig"))
    found = [word for word in PRIVATE_WORDS if word.casefold() in exported.casefold()]
    assert found == []
    # Every text in the JSON is a code of the format, never something typed.
    document = json.loads(statistics_json(small, 2025, TODAY))
    texts = {row[key] for row in document["figures"] for key in ("measure", "category",
                                                                 "detail")}
    assert all(text == "" or text.replace("_", "").isalpha() and text.islower()
               for text in texts)


def test_medians_are_whole_days_or_halves(small):
    figures = _figures(json.loads(statistics_json(small, 2025, TODAY)))
    assert figures[("advice_median_days_to_advice", "", "", None)] == 39.5
    assert figures[("advice_median_days_to_response", "", "", None)] == 63
    rows = statistics_csv(small, 2025, TODAY).decode("utf-8-sig").splitlines()
    assert "1;2025;wmo;advice_median_days_to_response;;;;63" in rows
