// Move actors whose kind changed to their new kind label (run on its own, before the write that
// upserts them). The store fills in the labels from ActorKind.
UNWIND $ids AS id
MATCH (a:Actor {id: id})
REMOVE a:__OTHER_KIND_LABELS__
SET a:__KIND_LABEL__, a.kind = $kind
