// Title: Co-mention network
// Question: Which actors are mentioned together in the same posts, and how often (the weight)?
// Parameters:
//   actor: key, name or alias of one actor to see its co-mentions, '' for the whole network
//   min_posts: the least number of shared posts for a pair to count
//   limit: how many pairs to list
// :param actor => ''
// :param min_posts => 2
// :param limit => 50
// Example result on the sample:
//   actor  other  weight  post_ids
//   -----  -----  ------  --------------------------------------------
//   CIS    CSTO   7       dump:8c05630c2fe76183; dump:88fb9c0db9cc226…
//   CIS    SCO    7       dump:8c05630c2fe76183; dump:88fb9c0db9cc226…
//   CSTO   SCO    7       dump:88fb9c0db9cc226d; dump:c36149aa7a10002…
//   CIS    EAEU   6       dump:8c05630c2fe76183; dump:88fb9c0db9cc226…
//   CSTO   EAEU   6       dump:88fb9c0db9cc226d; dump:c36149aa7a10002…
//   EAEU   SCO    6       dump:c36149aa7a10002a; dump:1a0d1d431886ca6…
//   (50 rows; the first 6 shown)
MATCH (post:Post)-[:MENTIONS]->(actor:Entity)
MATCH (post)-[:MENTIONS]->(other:Entity)
WHERE actor.key < other.key
  AND ($actor = ''
       OR any(side IN [actor, other] WHERE
              toLower(side.key) = toLower($actor) OR toLower(side.name) = toLower($actor)
              OR any(alias IN coalesce(side.aliases, []) WHERE toLower(alias) = toLower($actor))))
WITH actor, other, count(post) AS weight, collect(post.id) AS post_ids
WHERE weight >= $min_posts
RETURN actor.name AS actor, other.name AS other, weight, post_ids[..10] AS post_ids
ORDER BY weight DESC, actor, other
LIMIT $limit
