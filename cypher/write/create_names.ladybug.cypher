// Create Name nodes for keys that have none yet (the embedded store's write; see names.cypher).
LOAD FROM $rows
CREATE (:Name {key: key})
