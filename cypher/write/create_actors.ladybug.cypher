// Create actors that do not exist yet, from a table of rows (the embedded store's write).
LOAD FROM $rows
CREATE (:Actor {id: id, name: name, kind: kind, aliases: aliases})
