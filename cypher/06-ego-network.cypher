// Title: Ego network
// Question: Which actors are within N relations of one actor, and through which relations? (Browser draws the paths as a graph.)
// Parameters:
//   actor: the actor's key, name or one of its aliases, in any case
//   depth: how many relations away, 1 to 3
//   limit: how many paths to return
// :param actor => 'Sergey Lavrov'
// :param depth => 2
// :param limit => 300
// Notes: Cypher does not accept a parameter as the bound of a variable-length pattern, so
// the pattern has the fixed upper bound *1..3 and WHERE length(path) <= $depth keeps the
// shorter paths. To look further than 3 relations, edit the 3 in the pattern (the number
// of paths grows quickly). Only actor relations are followed (every node on a path is an
// :Entity), never posts.
// Example result on the sample:
//   (filled from a run)
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
