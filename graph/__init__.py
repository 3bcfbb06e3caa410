"""Graphs of actors and relations: stores, lookups, analysis and maps."""
