"""Cypher files (schema, writes, saved queries) shipped as package data; ``actorgraph.graph.queries`` reads them."""
