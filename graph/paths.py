"""Where the project's own data lives: next to the packages in a checkout, never in ../shared."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data"
ARTICLES_DIR = DATA_DIR / "articles"
REFERENCE_DIR = DATA_DIR / "reference"
DEFAULT_BUILD_DIR = Path("build")
