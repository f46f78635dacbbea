"""sdkgen: generate typed Python clients from OpenAPI specs.

The flow runs one way: load -> validate -> model -> render -> format -> write.
Each step is a module of this package named after it.
"""

__version__ = "0.1.0"
