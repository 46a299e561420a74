"""One Config object for a run: limits, model names, workers. No magic numbers elsewhere."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

#: Repository root when installed in development mode (models/ lives beside pipeline/).
REPO_ROOT = Path(__file__).resolve().parent.parent


def default_models_dir() -> Path:
    """models/ of the checkout, or $NORDCASE_MODELS when set."""
    env = os.environ.get("NORDCASE_MODELS")
    return Path(env) if env else REPO_ROOT / "models"


class Config(BaseModel):
    """Settings of one extraction run; serialised into run.json."""

    model_config = ConfigDict(extra="forbid")

    max_bytes: int = Field(20_000_000, description="inputs larger than this become E_TOO_LARGE")
    timeout_s: float = Field(60.0, description="per-document time limit (E_TIMEOUT)")
    min_chars: int = Field(20, description="fewer letters than this after reading is E_EMPTY")
    ner: str = Field("auto", description="NER component: 'ruler', 'nordic' or 'auto' (model if shipped)")
    ner_scope: str = Field("all", pattern="^(all|fields)$",
                           description="NER model over every line ('all') or only the lines that "
                                       "feed fields: contacts, labels, the lines under the title ('fields')")
    models_dir: Path = Field(default_factory=default_models_dir)
    workers: int = Field(1, ge=1)
    chunk_size: int = Field(256, ge=1, description="cases per Parquet row group / write batch")
    calibrate: bool = Field(True, description="map raw evidence scores through models/calibration")
    text_column: Optional[str] = None
    id_column: Optional[str] = None
