// Which of the names $ids (keys) have a Name node already (one key lookup per key).
UNWIND $ids AS id
MATCH (n:Name {key: id})
RETURN n.key AS id
