"""Regenerates the typed API clients in ``generated/`` from the OpenAPI documents in ``specs/``.

The pipeline, one module per stage: :mod:`generator.registry` (which clients exist),
:mod:`generator.specs` (load, apply overlays, validate), :mod:`generator.generate`
(openapi-python-client with our templates, then post-processing) and
:mod:`generator.regenerate` (atomic replacement of ``generated/`` and the drift check).
"""
