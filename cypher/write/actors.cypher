// Upsert actors of one kind, created with their kind label (filled in by the store from ActorKind,
// never from text). The latest name and aliases win; an actor whose kind changed was relabelled
// first (relabel_actors.cypher).
UNWIND $rows AS row
MERGE (a:Actor:__KIND_LABEL__ {id: row.id})
SET a.name = row.name, a.kind = row.kind, a.aliases = row.aliases
