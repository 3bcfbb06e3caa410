// Which of the events $ids exist already (one key lookup per id).
UNWIND $ids AS id
MATCH (e:Event {id: id})
RETURN e.id AS id
