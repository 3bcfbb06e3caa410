// Mark articles complete: the last step of a write, after their events and edges.
UNWIND $ids AS id
MATCH (a:Article {id: id})
SET a.complete = true
