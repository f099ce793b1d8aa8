// Title: Shortest paths between two actors
// Question: How are two actors connected: every shortest chain of relations between them?
// Parameters:
//   from_actor: key, name, alias or (for a person) surname of the first actor, in any case
//   to_actor: key, name, alias or (for a person) surname of the second actor, in any case
//   limit: how many paths to return
:param from_actor => 'Sergey Lavrov';
:param to_actor => 'Maxim Ryzhenkov';
:param limit => 25;
// Notes: paths follow actor relations in either direction, at most 6 of them (a fixed
// bound: Cypher takes no parameter there; edit the 6 to search further).
// Example result on the sample:
//   path                                          hops  actors                                        relations
//   --------------------------------------------  ----  --------------------------------------------  ------------------
//   Sergey Lavrov -[SPOKE_AT]-> 2nd Internation…  2     Sergey Lavrov; 2nd International Conference…  SPOKE_AT; CHAIRED
//   Sergey Lavrov -[SUPPORTED]-> SCO <-[INVITED…  2     Sergey Lavrov; SCO; Maxim Ryzhenkov           SUPPORTED; INVITED
//   (2 rows)
MATCH (source:Entity)
WHERE toLower(source.key) = toLower($from_actor) OR toLower(source.name) = toLower($from_actor)
   OR (source:Person AND toLower(source.name) ENDS WITH ' ' + toLower($from_actor))
   OR any(alias IN coalesce(source.aliases, []) WHERE toLower(alias) = toLower($from_actor))
MATCH (target:Entity)
WHERE (toLower(target.key) = toLower($to_actor) OR toLower(target.name) = toLower($to_actor)
   OR (target:Person AND toLower(target.name) ENDS WITH ' ' + toLower($to_actor))
   OR any(alias IN coalesce(target.aliases, []) WHERE toLower(alias) = toLower($to_actor)))
  AND target <> source
MATCH path = allShortestPaths((source)-[:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|SUPPORTED|HOLDS_ROLE|MEMBER_OF*..6]-(target))
RETURN path,
       length(path) AS hops,
       [node IN nodes(path) | node.name] AS actors,
       [rel IN relationships(path) | type(rel)] AS relations
ORDER BY hops, actors
LIMIT $limit
