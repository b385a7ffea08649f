"""Which language the interface speaks: the --language option, $MYELOMA_GUI_LANGUAGE, or the system's;
installed before any window, so even the first page and the app's name are in it."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from myeloma_gui.cli import build_parser
from myeloma_gui.ui.basics.language import LANGUAGE_VARIABLE, install_translation
from myeloma_gui.ui.shell.app import app_name, make_application


@pytest.fixture
def app(qapp: QApplication) -> Iterator[QApplication]:
    """The test's application; whatever translation a test installs is taken out again after it."""
    name = qapp.applicationDisplayName()
    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()
    qapp.setApplicationDisplayName(name)


def test_the_language_option_gives_the_window_its_words(app: QApplication) -> None:
    arguments = build_parser().parse_args(["--language", "pseudo"])
    assert make_application(arguments.language) is app
    assert app.applicationDisplayName() == "[[Myeloma treatment options guide]]"
    assert QCoreApplication.translate("Dialogs", "Cancel") == "[[Cancel]]"


def test_the_environment_variable_chooses_when_no_option_does(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(LANGUAGE_VARIABLE, "pseudo")
    assert install_translation(app)
    assert app_name() == "[[Myeloma treatment options guide]]"


def test_english_and_the_system_language_need_no_file(
    app: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(LANGUAGE_VARIABLE, raising=False)
    assert install_translation(app, "en") == []
    # Only the pseudo-translation is shipped, and no system is set to it: the system's gives English.
    assert QLocale.system().name() != "pseudo"
    assert install_translation(app) == []
    assert app_name() == "Myeloma treatment options guide"


def test_a_language_with_no_translation_says_so_and_stays_english(
    app: QApplication, capsys: pytest.CaptureFixture[str]
) -> None:
    assert install_translation(app, "xx") == []
    assert "no translation for 'xx'" in capsys.readouterr().err
    assert app_name() == "Myeloma treatment options guide"


def test_the_option_is_offered_in_the_help() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "myeloma_gui", "--help"], capture_output=True, text=True, check=True
    )
    assert "--language CODE" in done.stdout
