"""Text to triples: actors, relations and their evidence, found with spaCy."""
