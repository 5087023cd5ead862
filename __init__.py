"""trichdan: a citation knowledge graph for Vietnamese political and legal news."""

__version__ = "0.3.0"
