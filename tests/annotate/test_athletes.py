"""Names, nations and references, with the real model (its NER is weak on athletes)."""

from collections.abc import Callable

from spacy.tokens import Doc

from tests.conftest import CORPUS


def _people(doc: Doc) -> dict[str, str | None]:
    return {p.name: p.nation for p in doc._.athletes.registry.people}


def test_seed_names_do_not_hang_on_ner_labels(annotate: Callable[[str], Doc]) -> None:
    doc = annotate((CORPUS / "klaebo-50k.txt").read_text("utf-8"))
    people = _people(doc)
    for name in (
        "Johannes Hoesflot Klaebo",
        "Martin Loewstroem Nyenget",
        "Emil Iversen",
        "Johannes Dale-Skjevdal",
        "Jessie Diggins",
    ):
        assert name in people
    for not_a_person in ("Norway", "USA Today", "Milano Cortina", "Winter Olympics", "AP"):
        assert not any(not_a_person in name for name in people)
    klaebo = [t for t in doc if t.text == "Klaebo"]
    assert {doc._.athletes.person_at(t.i).name for t in klaebo} == {"Johannes Hoesflot Klaebo"}


def test_descriptor_refers_and_gives_nation(annotate: Callable[[str], Doc]) -> None:
    doc = annotate(
        "Johannes Hoesflot Klaebo won again. The Norwegian cross-country skier "
        "claimed his sixth gold medal."
    )
    skier = next(t for t in doc if t.text == "skier")
    assert doc._.athletes.refs[skier.i].name == "Johannes Hoesflot Klaebo"
    assert _people(doc)["Johannes Hoesflot Klaebo"] == "NOR"


def test_nations_next_to_names(annotate: Callable[[str], Doc]) -> None:
    doc = annotate(
        "Kenyan Bernard Lagat beat Canada's Nate Brannen, with Antonio Reina of Spain "
        "third and Ethiopia's Tirunesh Dibaba watching."
    )
    assert _people(doc) == {
        "Bernard Lagat": "KEN",
        "Nate Brannen": "CAN",
        "Antonio Reina": "ESP",
        "Tirunesh Dibaba": "ETH",
    }


def test_pronoun_prefers_the_subject_of_its_own_sentence(annotate: Callable[[str], Doc]) -> None:
    doc = annotate(
        "Damien Greaves did not finish. Helen Clitheroe was close to the mark as "
        "she claimed the runners-up spot."
    )
    she = next(t for t in doc if t.lower_ == "she")
    assert doc._.athletes.refs[she.i].name == "Helen Clitheroe"


def test_first_person_in_a_quote_is_the_speaker(annotate: Callable[[str], Doc]) -> None:
    doc = annotate('Kim Collins will run. "I won my 60m silver medal here in 2003," said Collins.')
    i = next(t for t in doc if t.text == "I")
    assert doc._.athletes.refs[i.i].name == "Kim Collins"


def test_diacritics_and_ascii_spelling_are_one_athlete(annotate: Callable[[str], Doc]) -> None:
    doc = annotate("Johannes Høsflot Klæbo won the sprint. Klaebo said it was easy.")
    names = [p.name for p in doc._.athletes.registry.people]
    assert names == ["Johannes Høsflot Klæbo"]


def test_age_descriptor_refers_to_the_last_athlete(annotate: Callable[[str], Doc]) -> None:
    doc = annotate(
        "Steve Backley retired after finishing fourth. The battling 35-year-old "
        "leaves with two silvers."
    )
    old = next(t for t in doc if t.lower_ == "old")
    assert doc._.athletes.refs[old.i].name == "Steve Backley"


def test_nations_from_teams_and_team_mates(annotate: Callable[[str], Doc]) -> None:
    doc = annotate(
        "Darren Campbell was part of the British quartet who won in Athens. "
        "Mark Lewis-Francis, who was runner-up to British team-mate Jason Gardener, "
        "will train at home. American speed skater's Eric Heiden's record stood."
    )
    people = _people(doc)
    assert people["Darren Campbell"] == "GBR"
    assert people["Jason Gardener"] == "GBR"
    assert people["Mark Lewis-Francis"] == "GBR"
    assert people["Eric Heiden"] == "USA"


def test_a_country_as_subject_claims_the_athletes_that_follow(
    annotate: Callable[[str], Doc],
) -> None:
    doc = annotate(
        "Norway set the record when biathlete Johannes Dale-Skjevdal won the mass start.\n\n"
        "The US also logged a landmark performance. Jessie Diggins took bronze, ahead of "
        "Ebba Andersson.\n\n"
        "Frida Karlsson won the sprint."
    )
    people = _people(doc)
    assert people["Johannes Dale-Skjevdal"] == "NOR"
    assert people["Jessie Diggins"] == "USA"
    assert people["Ebba Andersson"] is None  # beaten, not a subject
    assert people["Frida Karlsson"] is None  # another paragraph


def test_someone_elses_national_record_gives_no_nation(annotate: Callable[[str], Doc]) -> None:
    doc = annotate(
        "Derval O'Rourke broke her own Irish 60m hurdles record, finishing third behind new "
        "British record holder Sarah Claxton."
    )
    assert _people(doc)["Derval O'Rourke"] == "IRL"


def test_given_names_that_are_words_or_places(annotate: Callable[[str], Doc]) -> None:
    doc = annotate(
        "Summer Tanaka beat Georgia Hunter Vale and Hope Mwangi of Georgia, with Paris "
        "waiting for the Summer Olympics."
    )
    assert _people(doc) == {
        "Summer Tanaka": None,
        "Georgia Hunter Vale": None,
        "Hope Mwangi": "GEO",
    }


def test_nations_after_of_the_and_fellow(annotate: Callable[[str], Doc]) -> None:
    doc = annotate(
        "Ivan Petit of the Dominican Republic won, with fellow Norwegian Ola Dahl second "
        "ahead of Lars Moe."
    )
    assert _people(doc)["Ivan Petit"] == "DOM" and _people(doc)["Ola Dahl"] == "NOR"
    doc = annotate("Lars Moe won the sprint, with fellow Norwegian Ola Dahl second.")
    assert _people(doc) == {"Lars Moe": "NOR", "Ola Dahl": "NOR"}


def test_a_description_is_never_of_an_official(annotate: Callable[[str], Doc]) -> None:
    doc = annotate(
        'The federation banned Ruth Tanui after she missed a camp. "We have acted," said '
        "federation chief Peter Oloo. The 29-year-old finished second in London last year."
    )
    ref = next(p for i, p in doc._.athletes.refs.items() if doc[i].text.endswith("old"))
    assert ref.name == "Ruth Tanui"


def test_a_run_of_capitals_after_the_is_no_athlete(annotate: Callable[[str], Doc]) -> None:
    doc = annotate("Ruth Okoye battled Ana Ruiz in the Big Apple last autumn.")
    assert set(_people(doc)) == {"Ruth Okoye", "Ana Ruiz"}
