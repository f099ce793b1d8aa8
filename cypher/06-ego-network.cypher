// Title: Ego network
// Question: Which actors are within N relations of one actor, and through which relations?
// Parameters:
//   actor: the actor's key, name or one of its aliases, in any case
//   depth: how many relations away, 1 to 3
//   limit: how many paths to return
// :param actor => 'Sergey Lavrov'
// :param depth => 2
// :param limit => 300
// Notes: Browser draws the returned paths as a graph. Cypher does not accept a parameter
// as the bound of a variable-length pattern, so the pattern has the fixed upper bound
// *1..3 and WHERE length(path) <= $depth keeps the shorter paths: a depth above 3 acts
// as 3. To look further, edit the 3 in the pattern (the number of paths grows quickly).
// Only actor relations are followed (every node on a path is an :Entity), never posts.
// Example result on the sample:
//   path                                          hops  actors                                        relations
//   --------------------------------------------  ----  --------------------------------------------  ---------
//   Sergey Lavrov -[ATTENDED]-> #BRICS Foreign …  1     Sergey Lavrov; #BRICS Foreign Ministers Mee…  ATTENDED
//   Sergey Lavrov -[SPOKE_AT]-> 13th Internatio…  1     Sergey Lavrov; 13th International Meeting o…  SPOKE_AT
//   Sergey Lavrov -[CHAIRED]-> 1st Ministerial …  1     Sergey Lavrov; 1st Ministerial Conference o…  CHAIRED
//   Sergey Lavrov -[ATTENDED]-> 31st ASEAN Regi…  1     Sergey Lavrov; 31st ASEAN Regional Forum Mi…  ATTENDED
//   Sergey Lavrov -[SUPPORTED]-> ASEAN            1     Sergey Lavrov; ASEAN                          SUPPORTED
//   Sergey Lavrov -[SUPPORTED]-> BRICS            1     Sergey Lavrov; BRICS                          SUPPORTED
//   (43 rows; the first 6 shown)
MATCH (actor:Entity)
WHERE toLower(actor.key) = toLower($actor) OR toLower(actor.name) = toLower($actor)
   OR any(alias IN coalesce(actor.aliases, []) WHERE toLower(alias) = toLower($actor))
MATCH path = (actor)-[*1..3]-(:Entity)
WHERE length(path) <= $depth AND all(node IN nodes(path) WHERE node:Entity)
RETURN path,
       length(path) AS hops,
       [node IN nodes(path) | node.name] AS actors,
       [rel IN relationships(path) | type(rel)] AS relations
ORDER BY hops, actors
LIMIT $limit
