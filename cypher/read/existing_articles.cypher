// Which of the articles $ids exist already, complete or not (one key lookup per id).
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id
