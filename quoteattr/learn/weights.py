"""Which weights an extractor uses, loaded on first use and once per process.

``ModelFile()`` names the weights shipped in the package
(``learn/data/attribution.json.gz``, trained by ``quoteattr train`` on PolNeAR's
train compartment); ``ModelFile(path)`` names a file of your own. An extractor
holds the name, not the weights: it pickles in a few bytes for ``pipe`` worker
processes and Spark executors, and each process reads the file once, when its
first text needs it.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Final

from attrs import field, frozen

from quoteattr.errors import ConfigError
from quoteattr.learn.crf import LinearChain

SHIPPED: Final = Path(__file__).parent / "data" / "attribution.json.gz"
"""The weights the package ships."""

_LOADED: dict[Path, LinearChain] = {}
_LOCK = threading.Lock()


def _as_path(value: str | Path | None) -> Path | None:
    return None if value is None else Path(value)


@frozen
class ModelFile:
    """A weights file, read on the first call to :meth:`load` in each process."""

    path: Path | None = field(default=None, converter=_as_path)
    """The file; None for the weights shipped with quoteattr."""

    @property
    def location(self) -> Path:
        """The file this names."""
        return SHIPPED if self.path is None else self.path

    def load(self) -> LinearChain:
        """The model, read from the file the first time this process asks for it."""
        location = self.location
        model = _LOADED.get(location)
        if model is not None:
            return model
        with _LOCK:
            model = _LOADED.get(location)
            if model is None:
                if not location.is_file():
                    msg = (
                        f"no model weights at {location}; pass a file written by "
                        "`quoteattr train`, or model=None for the rules alone"
                    )
                    raise ConfigError(msg)
                model = LinearChain.load(location)
                _LOADED[location] = model
        return model
