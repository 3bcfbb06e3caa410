// How many articles are completely written.
MATCH (a:Article)
WHERE a.complete = true
RETURN count(a) AS n
