// Upsert actors; the kind is a property (an embedded node has one label). The latest name, kind and aliases win.
UNWIND $rows AS row
MERGE (a:Actor {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases
