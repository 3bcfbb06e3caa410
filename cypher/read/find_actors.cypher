// Actors called $key (a name trimmed and lower-cased), through the Name nodes of their ids, names
// and aliases: one key lookup and one hop.
MATCH (:Name {key: $key})-[:NAMES]->(a:Actor)
RETURN a.id AS id, a.name AS name, a.kind AS kind, a.aliases AS aliases
