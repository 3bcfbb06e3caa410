// Set name, kind and aliases of existing actors whose stored values differ (the latest win).
LOAD FROM $rows
MATCH (a:Actor {id: id})
SET a.name = name, a.kind = kind, a.aliases = aliases
