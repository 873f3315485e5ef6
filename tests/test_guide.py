"""The French user guide: a page per role, the lost-connection page, and every link and image it names exists."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
GUIDE = ROOT / "docs" / "guide"
PAGES = ("README.md", "operateur.md", "abri.md", "coordination.md", "admin.md", "connexion-perdue.md")


def test_every_page_exists_and_every_link_and_image_it_names_is_there():
    for page in PAGES:
        text = (GUIDE / page).read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#\s]+)\)", text):
            if target.startswith("http"):
                continue
            assert (GUIDE / page).parent.joinpath(target).resolve().exists(), (page, target)


def test_the_readme_links_the_guide_and_make_guide_builds_it():
    assert "docs/guide/README.md" in (ROOT / "README.md").read_text(encoding="utf-8")
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "relais_desk.gui.guide_screenshots docs/guide/img" in makefile
    assert "relais_desk.gui.keyboard_card docs/guide/raccourcis-clavier.pdf" in makefile
