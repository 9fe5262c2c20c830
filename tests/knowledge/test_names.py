from extractor.knowledge.names import NameRegistry, fold, surname


def test_short_mentions_resolve_to_the_fullest_name() -> None:
    reg = NameRegistry()
    reg.add("Johannes Hoesflot Klaebo", 0)
    person = reg.resolve("Klaebo", 100)
    assert person is not None and person.name == "Johannes Hoesflot Klaebo"


def test_diacritics_and_hyphens_fold_together() -> None:
    reg = NameRegistry()
    reg.add("Johannes Høsflot Klæbo", 0)
    assert reg.resolve("Klaebo", 50) is reg.resolve("Klæbo", 60)
    reg.add("Mark Lewis-Francis", 80)
    assert reg.resolve("Lewis Francis", 90).name == "Mark Lewis-Francis"  # type: ignore[union-attr]
    assert fold("Klæbo") == "klaebo" and surname("Dale-Skjevdal") == "skjevdal"


def test_shared_surname_takes_the_most_recent_full_name() -> None:
    reg = NameRegistry()
    reg.add("Jade Johnson", 0)
    reg.add("Michael Johnson", 100)
    assert reg.resolve("Johnson", 150).name == "Michael Johnson"  # type: ignore[union-attr]
    assert reg.resolve("Johnson", 50).name == "Jade Johnson"  # type: ignore[union-attr]


def test_a_longer_form_replaces_the_shorter() -> None:
    reg = NameRegistry()
    first = reg.add("Lagat", 0)
    assert reg.add("Bernard Lagat", 10) is first
    assert first.name == "Bernard Lagat"
    assert reg.resolve("Kipchoge", 20) is None


def test_transliterated_spellings_are_one_athlete_under_the_original() -> None:
    reg = NameRegistry()
    ascii_first = reg.add("Johannes Hoesflot Klaebo", 0)
    assert reg.add("Johannes Høsflot Klæbo", 40) is ascii_first
    assert ascii_first.name == "Johannes Høsflot Klæbo"
    assert reg.resolve("Klaebo", 90) is ascii_first
    assert reg.add("Thomas Müller", 100) is reg.add("Thomas Mueller", 120)
    assert reg.resolve("Muller", 130).name == "Thomas Müller"  # type: ignore[union-attr]
    assert reg.resolve("Daniel", 140) is None and reg.resolve("Daniels", 140) is None


def test_a_short_original_spelling_respells_the_full_name() -> None:
    reg = NameRegistry()
    person = reg.add("Johannes Hoesflot Klaebo", 0)
    assert reg.add("Klæbo", 50) is person and person.name == "Johannes Hoesflot Klæbo"
    assert reg.add("Klaebo", 60) is person and person.name == "Johannes Hoesflot Klæbo"
    short_first = reg.add("Løwstrøm Nyenget", 70)
    assert reg.add("Martin Loewstroem Nyenget", 90) is short_first
    assert short_first.name == "Martin Løwstrøm Nyenget"
    assert reg.add("Dale-Skjevdal", 95).name == "Dale-Skjevdal"  # no full name: stays short
