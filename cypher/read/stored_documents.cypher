// Which of the articles $ids are completely written (one key lookup per id).
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.complete = true
RETURN a.id AS id
