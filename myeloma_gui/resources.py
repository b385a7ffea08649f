"""Finds the files bundled with the app, however it was started.

From a source checkout they are in the top-level ``resources/`` folder; an installed wheel and a frozen
bundle carry the same files inside the package as ``myeloma_gui/bundled/``. Every bundled file is
reached through ``bundled_file`` and named in ``BUNDLED_FILES``, which packaging reads too.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

CONTENT_FILE = "content.json"
CONTENT_SCHEMA = "content.schema.json"

# The name desktops know the app by: its menu entry, its icon, and (on Wayland) its windows.
APP_ID = "io.github.myeloma_gui.Guide"
DESKTOP_ENTRY = f"{APP_ID}.desktop"
# The icons sit in the folder layout of the freedesktop icon theme, so installing them is a plain copy.
SCALABLE_ICON = f"icons/hicolor/scalable/apps/{APP_ID}.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_file(size: int) -> str:
    return f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png"


ICON_FILES = (SCALABLE_ICON, *(icon_file(size) for size in ICON_SIZES))

# The interface's words in other languages, compiled from the .ts files beside them (see README: a new
# language). The .ts sources are not needed at run time.
TRANSLATIONS_FOLDER = "translations"
LANGUAGES = ("pseudo",)
TRANSLATION_FILES = tuple(f"{TRANSLATIONS_FOLDER}/myeloma_gui_{language}.qm" for language in LANGUAGES)
# The list of every interface string (English, untranslated: a translator's starting point) and each
# language's source; .ci/update-translations writes them and compiles the .qm files.
TRANSLATION_TEMPLATE = f"{TRANSLATIONS_FOLDER}/myeloma_gui_en.ts"
TRANSLATION_SOURCES = (
    TRANSLATION_TEMPLATE, *(f"{TRANSLATIONS_FOLDER}/myeloma_gui_{language}.ts" for language in LANGUAGES)
)

BUNDLED_FILES = (CONTENT_FILE, CONTENT_SCHEMA, DESKTOP_ENTRY, *ICON_FILES, *TRANSLATION_FILES)

# What a software centre shows (AppStream), and its screenshots: the Debian package installs the
# metainfo (.ci/build-deb); the app itself never reads them, so they are not bundled.
METAINFO = f"{APP_ID}.metainfo.xml"
SCREENSHOTS = tuple(f"screenshots/{page}.png" for page in ("welcome", "question", "results"))
PACKAGING_FILES = (METAINFO, *SCREENSHOTS)


def resources_folder() -> Path:
    # A plain path beside this module, not importlib.resources: the package is never zipped (wheel
    # and PyInstaller both unpack it), and importlib.resources costs 10 ms before the first paint.
    package = Path(__file__).resolve().parent
    inside_package = package / "bundled"
    if inside_package.is_dir():
        return inside_package
    return package.parent / "resources"


def bundled_file(name: str) -> Path:
    relative = PurePosixPath(name)
    # Names come from code, but refuse anything that could climb out of the folder all the same.
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise ValueError(f"not a bundled file name: {name!r}")
    return resources_folder().joinpath(*relative.parts)
