// Title: Co-mention network
// Question: Which actors are mentioned together in the same posts, and how often (the weight)?
// Parameters:
//   actor: key, name, alias or (for a person) surname of one actor to see its co-mentions, '' for the whole network
//   min_posts: the least number of shared posts for a pair to count
//   limit: how many pairs to list
// :param actor => ''
// :param min_posts => 2
// :param limit => 50
// Notes: weight is the number of posts mentioning both; post_ids lists up to 10 of them.
// Example result on the sample:
//   actor  other  weight  post_ids
//   -----  -----  ------  --------------------------------------------
//   CIS    CSTO   7       dump:058074b168e775dc; dump:1a0d1d431886ca6…
//   CIS    SCO    7       dump:058074b168e775dc; dump:1a0d1d431886ca6…
//   CSTO   SCO    7       dump:058074b168e775dc; dump:1a0d1d431886ca6…
//   CIS    EAEU   6       dump:058074b168e775dc; dump:1a0d1d431886ca6…
//   EAEU   CSTO   6       dump:058074b168e775dc; dump:1a0d1d431886ca6…
//   EAEU   SCO    6       dump:058074b168e775dc; dump:1a0d1d431886ca6…
//   (50 rows; the first 6 shown)
MATCH (actor:Entity)
WHERE $actor = ''
   OR toLower(actor.key) = toLower($actor) OR toLower(actor.name) = toLower($actor)
   OR (actor:Person AND toLower(actor.name) ENDS WITH ' ' + toLower($actor))
   OR any(alias IN coalesce(actor.aliases, []) WHERE toLower(alias) = toLower($actor))
MATCH (post:Post)-[:MENTIONS]->(actor)
MATCH (post)-[:MENTIONS]->(other:Entity)
WHERE CASE WHEN $actor = '' THEN elementId(actor) < elementId(other) ELSE other <> actor END
WITH actor, other, count(post) AS weight
WHERE weight >= $min_posts
ORDER BY weight DESC, actor.name, other.name
LIMIT $limit
RETURN actor.name AS actor,
       other.name AS other,
       weight,
       COLLECT {
         MATCH (post:Post)-[:MENTIONS]->(actor)
         WHERE (post)-[:MENTIONS]->(other)
         RETURN post.id AS id ORDER BY id LIMIT 10
       } AS post_ids
