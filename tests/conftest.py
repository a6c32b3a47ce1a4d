from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "samples" / "000_7bc3c1863784ffd2.txt"
SAMPLES = ROOT / "samples"


def bench_module(name: str):
    """A script of bench/ loaded as a module (bench/ is not a package)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def need_shared(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not here: the ../shared folder (development benchmarks) sits beside the checkout "
                    "only on the project's machines")
    return path


@pytest.fixture(scope="session")
def pipeline():
    from eventwire.runner import build_pipeline
    from eventwire.settings import Options

    return build_pipeline(Options())


@pytest.fixture(scope="session")
def code_text(pipeline):
    """Code one plain article text: returns the Document."""
    from eventwire.records import Document, RawDocument

    def run(text: str, date: str | None = "2020-01-05"):
        doc = Document(raw=RawDocument(id="t", path="<test>", kind="plain", content=text, date=date))
        return pipeline.run_batch([doc])[0]

    return run


@pytest.fixture()
def code_text_denials(pipeline, code_text):
    """``code_text`` with the ``denials`` setting on: denials are output as CAMEO 016."""
    stage = next(s for s in pipeline.stages if s.name == "coding")
    stage.denials = True
    yield code_text
    stage.denials = False


@pytest.fixture(scope="session")
def seed_doc():
    from eventwire.runner import code_paths
    from eventwire.settings import Options

    return next(code_paths([need_shared(SEED)], Options()))
