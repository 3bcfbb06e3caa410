"""actorgraph: knowledge graphs of who does what to whom in geopolitical news.

The record types live in ``actorgraph.records``, the fixed vocabulary in
``actorgraph.ontology``; text becomes triples in ``actorgraph.extract``,
triples become a graph in ``actorgraph.graph``.
"""

__version__ = "0.1.0"
