"""Whether a text reads as English (``nlp/extract/language.py``): the W001 warning and the scare quotes
(``markers.find_scare_quotes`` judges none in another language) both ask it."""

from __future__ import annotations

import pytest

from sayso.analyzer import language_warning
from sayso.nlp.extract.language import english_share, reads_as_english


@pytest.mark.parametrize(
    "text, english",
    [
        ("The minister said on Tuesday that the talks would resume next week, and that both sides had agreed "
         "to a short pause in the fighting while aid convoys reach the city.", True),
        ("Short text.", True),  # too few words to tell: the benefit of the doubt
        ("— Обожаю итальянскую кухню во всем многообразии ее региональных вариаций! Многие «гурманы» считают ее "
         "слишком простой, но мне кажется, именно в этом и заключается вся прелесть этой кухни, которую я люблю.", False),
        ("Il black Friday incombe su di noi: per chi non lo sapesse il “venerdì nero” è l’ennesima consuetudine "
         "importata dagli USA dove, il venerdì dopo il Giorno del Ringraziamento, i negozi fanno sconti enormi.", False),
        ("Die vom gleichnamigen Unternehmen entwickelte App „Vivy“ wurde in Kooperation von 90 gesetzlichen "
         "Krankenkassen und vier privaten Krankenversicherungen entwickelt und steht allen Versicherten zur Verfügung.", False),
        ("그래서 처음 이러한 사진 공개에 대한 대중들의 반응은 엘제이의 행동에 대한 비난으로 이어졌다 하지만 엘제이는 자신의 "
         "부적절한 행동들에 대해 무감한 태도를 보였다 그는 너네들이 우습게 봐도 내가 사랑하는 사람의 추억을 간직하는 게 잘못이냐고 "
         "말하기도 했다 또 제 여자친구랑 여행 간 게 잘못인가요", False),
    ],
)
def test_reads_as_english(text: str, english: bool) -> None:
    assert reads_as_english(text) is english


def test_language_warning_follows_reads_as_english() -> None:
    italian = ("Il black Friday incombe su di noi: per chi non lo sapesse il venerdì nero è l’ennesima consuetudine "
               "importata dagli USA dove, il venerdì dopo il Giorno del Ringraziamento, i negozi fanno sconti enormi.")
    english = "The minister said on Tuesday that the talks would resume next week, and that both sides had agreed to pause."
    assert language_warning(english) is None
    warned = language_warning(italian)
    assert warned is not None and warned.code == "W001"
    assert english_share(italian).english < 0.12 and english_share(english).english > 0.3
