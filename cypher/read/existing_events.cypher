// Which of the events $ids exist already.
MATCH (e:Event)
WHERE e.id IN $ids
RETURN e.id AS id
