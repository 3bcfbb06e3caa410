// How many events of each relation type.
MATCH (e:Event)
RETURN e.type AS type, count(e) AS n
