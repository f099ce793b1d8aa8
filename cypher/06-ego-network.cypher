// Title: Ego network
// Question: Which actors are within N relations of one actor, and through which relations?
// Parameters:
//   actor: the actor's key, name, one of its aliases, or a person's surname, in any case
//   depth: how many relations away, 1 to 3
//   limit: how many actors (one path each) to return
:param actor => 'Sergey Lavrov';
:param depth => 2;
:param limit => 300;
// Notes: one row per actor reached, nearest first: a shortest path to it (for a neighbour,
// its first relationship), which Browser draws as a graph (with "Connect result nodes" on, it adds the other relations among
// them). Cypher takes no parameter as the bound of a variable-length pattern, so three
// searches with the fixed bounds 1, 2 and 3 run, each only when $depth reaches it: a
// depth above 3 acts as 3 (add a branch with *4..4 to look further). Only the relation
// types between actors are followed, never posts (MENTIONS) or assertions. Each search
// keeps distinct actors only (no path enumeration), so a hub with thousands of relations
// stays fast.
// Example result on the sample:
//   path                                          hops  actors                                        relations
//   --------------------------------------------  ----  --------------------------------------------  ---------
//   Sergey Lavrov -[SPOKE_AT]-> 13th Internatio…  1     Sergey Lavrov; 13th International Meeting o…  SPOKE_AT
//   Sergey Lavrov -[CHAIRED]-> 1st Ministerial …  1     Sergey Lavrov; 1st Ministerial Conference o…  CHAIRED
//   Sergey Lavrov -[SPOKE_AT]-> 2nd Internation…  1     Sergey Lavrov; 2nd International Conference…  SPOKE_AT
//   Sergey Lavrov -[ATTENDED]-> 31st ASEAN Regi…  1     Sergey Lavrov; 31st ASEAN Regional Forum Mi…  ATTENDED
//   Sergey Lavrov -[SUPPORTED]-> ASEAN            1     Sergey Lavrov; ASEAN                          SUPPORTED
//   Sergey Lavrov -[SUPPORTED]-> BRICS            1     Sergey Lavrov; BRICS                          SUPPORTED
//   (38 rows; the first 6 shown)
MATCH (actor:Entity)
WHERE toLower(actor.key) = toLower($actor) OR toLower(actor.name) = toLower($actor)
   OR (actor:Person AND toLower(actor.name) ENDS WITH ' ' + toLower($actor))
   OR any(alias IN coalesce(actor.aliases, []) WHERE toLower(alias) = toLower($actor))
CALL (actor) {
  MATCH (actor)-[:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|SUPPORTED|HOLDS_ROLE|MEMBER_OF]-(other)
  RETURN DISTINCT other, 1 AS hops
  UNION
  MATCH (actor)-[:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|SUPPORTED|HOLDS_ROLE|MEMBER_OF*2..2]-(other)
  WHERE $depth >= 2
  RETURN DISTINCT other, 2 AS hops
  UNION
  MATCH (actor)-[:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|SUPPORTED|HOLDS_ROLE|MEMBER_OF*3..3]-(other)
  WHERE $depth >= 3
  RETURN DISTINCT other, 3 AS hops
}
WITH actor, other, min(hops) AS hops
WHERE other <> actor
ORDER BY hops, other.name
LIMIT $limit
CALL (actor, other, hops) {
  MATCH path = (actor)-[:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|SUPPORTED|HOLDS_ROLE|MEMBER_OF]-(other)
  WHERE hops = 1
  RETURN path
  LIMIT 1
  UNION
  WITH actor, other
  WHERE hops > 1
  MATCH path = shortestPath((actor)-[:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|SUPPORTED|HOLDS_ROLE|MEMBER_OF*..3]-(other))
  RETURN path
}
RETURN path,
       hops,
       [node IN nodes(path) | node.name] AS actors,
       [rel IN relationships(path) | type(rel)] AS relations
ORDER BY hops, actors
