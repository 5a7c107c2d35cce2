"""The toolbox: guide list (search, category) and a guide's Markdown split into real headings and text blocks."""

from __future__ import annotations

from pathlib import Path

from app.viewmodels.guides import Block, GuidesViewModel, GuideViewModel, markdown_blocks
from core.demo.guides import GUIDES as DEMO_GUIDES
from core.ids import stable_id
from tests.viewmodels.appointment_vm_support import GUIDE_BODY, close, make_server, open_session, run_async


def test_markdown_headings_become_real_headings_below_the_page_title() -> None:
    blocks = markdown_blocks(GUIDE_BODY, "Online-Vorstandssitzung")
    assert blocks[0] == Block("markdown", "Eine Sitzung per Video spart Wege.")  # the H1 title is the page's H1
    assert blocks[1] == Block("heading", "Was Sie brauchen", 2)
    assert blocks[2].kind == "markdown" and "# kein Titel" in blocks[2].text  # code is never a heading
    assert blocks[2].text.count("```") == 2
    assert blocks[3] == Block("heading", "Abstimmen", 3)
    assert blocks[4] == Block("markdown", "Per Handzeichen in der Kamera.")
    assert len(blocks) == 5


def test_other_headings_and_odd_markdown() -> None:
    assert markdown_blocks("# Anderer Titel\nText", "Titel") == [Block("heading", "Anderer Titel", 2),
                                                                Block("markdown", "Text")]
    assert markdown_blocks("#### Tief ##\n\n#Kein Titel", "") == [Block("heading", "Tief", 3),
                                                                 Block("markdown", "#Kein Titel")]
    assert markdown_blocks("", "x") == []
    assert markdown_blocks("~~~\n# a\n~~~\n## b", "") == [Block("markdown", "~~~\n# a\n~~~"), Block("heading", "b", 2)]


def test_every_demo_guide_has_headings_and_no_heading_inside_code() -> None:
    for guide in DEMO_GUIDES:
        blocks = markdown_blocks(guide.body, guide.title)
        assert any(b.kind == "heading" for b in blocks), guide.key
        assert not any(b.kind == "heading" and b.text.casefold() == guide.title.casefold() for b in blocks)
        assert all(b.level in (2, 3) for b in blocks if b.kind == "heading")


@run_async
async def test_guide_list_search_and_category(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    session = await open_session(tmp_path, server, None)
    vm = GuidesViewModel(session)
    vm.attach()
    assert [g.title for g in vm.items] == ["Online-Vorstandssitzung", "SEPA-Lastschrift im Verein"]
    assert vm.categories == ("digitales", "bildung") and vm.total == 2 and not vm.has_more
    assert vm.items[0].summary == "Sitzungen per Video vorbereiten und leiten."
    assert vm.items[0].category_labels == ("Digitales",)
    vm.set_category("bildung")
    assert [g.title for g in vm.items] == ["SEPA-Lastschrift im Verein"]
    assert vm.categories == ("digitales", "bildung")  # the chips stay while filtering
    vm.set_category(None)
    vm.set_text("Handzeichen")  # found in the body
    assert [g.title for g in vm.items] == ["Online-Vorstandssitzung"]
    vm.set_text("nichts dergleichen")
    assert vm.items == () and vm.total == 0
    await close(session)
    server.close()


@run_async
async def test_guide_page(tmp_path: Path) -> None:
    server = make_server(tmp_path)
    session = await open_session(tmp_path, server, None)
    vm = GuideViewModel(session, stable_id("test", "guide", "sitzung"))
    vm.attach()
    assert vm.found and vm.title == "Online-Vorstandssitzung" and vm.category_labels == ("Digitales",)
    assert [b.text for b in vm.blocks if b.kind == "heading"] == ["Was Sie brauchen", "Abstimmen"]
    missing = GuideViewModel(session, stable_id("test", "guide", "fehlt"))
    missing.attach()
    assert not missing.found and missing.blocks == ()
    await close(session)
    server.close()
