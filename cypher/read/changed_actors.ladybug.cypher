// Which of the actors in $rows (id, name, kind, aliases) exist already, and whether their stored
// name, kind or aliases differ from the row's (one key lookup per row).
LOAD FROM $rows
MATCH (a:Actor {id: id})
RETURN a.id AS id, a.name <> name OR a.kind <> kind OR a.aliases <> aliases AS changed
