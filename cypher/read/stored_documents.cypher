// Which of the articles $ids are completely written.
MATCH (a:Article)
WHERE a.id IN $ids AND a.complete = true
RETURN a.id AS id
