"""Build hook: compile the extraction hot path with mypyc when building a wheel.

``pip install .`` builds a wheel, and there the modules below become C extensions
(about 1.6x the posts per second of plain Python, same output). Everything else about
the package is declared in pyproject.toml.

An editable install (``pip install -e .``, what ./scripts/test makes) keeps them plain
Python: sources are edited there, and a compiled copy beside them would shadow the
edits. Without mypyc or a C compiler the wheel falls back to the plain modules too.
"""

from __future__ import annotations

import sys

from setuptools import setup

#: The modules every post runs through; they are type-checked strictly, as mypyc needs.
COMPILED = [
    "graphkit/extract/attend_slots.py",
    "graphkit/extract/cues.py",
    "graphkit/extract/cues_modality.py",
    "graphkit/extract/cues_stance.py",
    "graphkit/extract/engine.py",
    "graphkit/extract/english.py",
    "graphkit/extract/entities.py",
    "graphkit/extract/events.py",
    "graphkit/extract/kb.py",
    "graphkit/extract/mentions.py",
    "graphkit/extract/metonyms.py",
    "graphkit/extract/people.py",
    "graphkit/extract/people_names.py",
    "graphkit/extract/people_titles.py",
    "graphkit/extract/people_words.py",
    "graphkit/extract/clauses.py",
    "graphkit/extract/relations.py",
    "graphkit/extract/invite.py",
    "graphkit/extract/stance.py",
    "graphkit/extract/sentences.py",
    "graphkit/extract/speech_slots.py",
    "graphkit/extract/untitled.py",
    "graphkit/pipeline.py",
    "graphkit/resolve.py",
]
#: setup.py runs once per build step; only these steps build extensions.
_BUILDING = ("bdist_wheel", "build_ext", "build")


def compiled_extensions() -> list[object]:
    if not any(step in sys.argv for step in _BUILDING):
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("graphkit: mypyc is not installed; the modules stay plain Python", file=sys.stderr)
        return []
    # The build environment has none of the runtime dependencies: modules that are not
    # compiled (the Neo4j store, say) are read for their types but not checked here.
    extensions = mypycify([*COMPILED, "--follow-imports=silent"], opt_level="3")
    for extension in extensions:
        extension.optional = True  # no C compiler: install the plain modules instead
    return list(extensions)


setup(ext_modules=compiled_extensions())
