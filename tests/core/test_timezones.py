"""The zones a person picks from: canonical ones only, grouped by region; an alias leads to
its canonical zone. The data is the `tzdata` package's zone.tab and tzdata.zi."""

from __future__ import annotations

from zoneinfo import available_timezones

from pursuit.core.timezones import (
    canonical_zone,
    canonical_zones,
    zone_label,
    zone_links,
    zone_tab_names,
    zones_by_region,
)


def test_the_offered_zones_leave_out_the_backward_aliases() -> None:
    offered = canonical_zones()
    assert "Europe/Paris" in offered and "America/Chicago" in offered and "UTC" in offered
    assert "Africa/Timbuktu" not in offered and "America/Atka" not in offered
    assert "US/Eastern" not in offered and "Asia/Calcutta" not in offered
    # Each country's zones stay, also those the database now links to a neighbour's.
    assert {"Europe/Amsterdam", "Europe/Oslo", "Asia/Kolkata", "Europe/Kyiv"} <= offered
    # A good deal fewer than the ~600 names the database resolves, and every one resolves.
    assert 350 < len(offered) < 480 and offered <= available_timezones() | {"UTC"}


def test_an_alias_leads_to_its_canonical_zone() -> None:
    assert canonical_zone("America/Atka") == "America/Adak"
    assert canonical_zone("Africa/Timbuktu") == "Africa/Abidjan"
    assert canonical_zone("Asia/Calcutta") == "Asia/Kolkata"  # what some browsers still say
    assert canonical_zone("US/Eastern") == "America/New_York"
    assert canonical_zone("Etc/UTC") == "UTC" and canonical_zone("GMT") == "UTC"
    assert canonical_zone("Europe/Paris") == "Europe/Paris"
    assert canonical_zone("Etc/GMT+5") == "Etc/GMT+5"  # leads nowhere offered: kept
    assert canonical_zone("Nowhere/Atlantis") == "Nowhere/Atlantis"


def test_the_zones_are_grouped_by_region_with_readable_labels() -> None:
    groups = dict(zones_by_region())
    assert list(groups)[-1] == "UTC"
    assert {"Africa", "America", "Asia", "Europe", "Pacific"} <= groups.keys()
    assert "Europe/Paris" in groups["Europe"]
    assert "America/Argentina/Buenos_Aires" in groups["America"]
    labels = [zone_label(z) for z in groups["Europe"]]
    assert labels == sorted(labels)
    assert zone_label("America/Argentina/Buenos_Aires") == "Argentina / Buenos Aires"


def test_the_file_readers() -> None:
    tab = "# comment\nFR\t+4852+00220\tEurope/Paris\nNL\t+5222+00454\tEurope/Amsterdam\tx\n"
    assert zone_tab_names(tab) == ["Europe/Paris", "Europe/Amsterdam"]
    assert zone_links("Z Europe/Paris 0:9:21 - LMT\nL Europe/Brussels Europe/Amsterdam\n") == {
        "Europe/Amsterdam": "Europe/Brussels"}
