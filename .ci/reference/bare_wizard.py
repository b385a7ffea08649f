"""The benchmark's reference: a bare three-page PySide6 QWizard, measured the way the guide is.

    MYELOMA_GUI_MEASURE_FD=N python .ci/reference/bare_wizard.py

It speaks the guide's measuring protocol (see myeloma_gui/ui/shell/measuring.py): one
``paint <ns> <processor ns>`` line just after its first page has been painted, then, after walking to
its last page, one ``walk {json}`` line with the peak memory, and it quits.
``bare_wizard_pydantic.py`` adds pydantic to it.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage


class _Painted(QObject):
    def __init__(self, watched: QWizard, then: Callable[[], None] | None = None) -> None:
        super().__init__(watched)
        self.seen = False
        self._then = then
        watched.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802, ARG002 (Qt's)
        if event.type() == QEvent.Type.Paint and not self.seen:
            self.seen = True
            if self._then is not None:
                QTimer.singleShot(0, self._then)
        return False


def main(after_first_paint: Callable[[], object] = lambda: None) -> int:
    app = QApplication(sys.argv[:1])
    wizard = QWizard()
    pages = []
    for n in range(3):
        page = QWizardPage()
        QVBoxLayout(page).addWidget(QLabel(f"Page {n + 1}: a question and a few answers."))
        wizard.addPage(page)
        pages.append(page)
    measure_fd = os.environ.get("MYELOMA_GUI_MEASURE_FD")

    def painted() -> None:
        painted_at = time.clock_gettime_ns(time.CLOCK_BOOTTIME)
        if measure_fd:
            os.write(int(measure_fd), f"paint {painted_at} {time.process_time_ns()}\n".encode())
        kept = after_first_paint()  # what the guide does after its first paint: load its content
        if measure_fd:
            QTimer.singleShot(0, lambda: walk(kept))

    def walk(kept: object) -> None:
        last = _Painted(wizard)
        wizard.next()
        wizard.next()
        while not last.seen:
            app.processEvents()
        peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        assert measure_fd
        os.write(int(measure_fd), ("walk " + json.dumps({"peak_mib": peak_mib}) + "\n").encode())
        del kept
        QTimer.singleShot(0, app.quit)

    _Painted(wizard, painted)
    wizard.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
