"""The runtime of every generated client: plain Python, copied as it is into each generated package
(`twilio_api/_base_client.py`, ...) beside the modules generated from the spec.

These modules are held here to what generated code is held to: mypy --strict, ruff, and black at
the generated packages' line length (100), so that the copy needs no formatting. Their own tests,
against a real local HTTP server, are in tests/runtime/. This `__init__.py` is not copied: it only
makes the folder a package for those tools. Nothing here may import from the generator, nor the
generator from here: a generated package stands alone.
"""
