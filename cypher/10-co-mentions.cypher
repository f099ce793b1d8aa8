// Title: Co-mention network
// Question: Which actors are mentioned together in the same posts, and how often (the weight)?
// Parameters:
//   actor: key, name, alias or (for a person) surname of one actor to see its co-mentions, '' for the whole network
//   posts: how many of the most recent dated posts to count (any posts in a graph without dates)
//   min_posts: the least number of shared posts for a pair to count
//   limit: how many pairs to list
:param actor => '';
:param min_posts => 2;
:param posts => 3000;
:param limit => 50;
// Notes: weight is the number of posts mentioning both among the $posts most recent
// posts (by the post_date index); post_ids lists up to 10 of them. Counting every pair
// of every post of a big graph takes long (about 8 pairs a post); raise $posts to look
// further back.
// Example result on the sample:
//   actor  other  weight  post_ids
//   -----  -----  ------  --------------------------------------------
//   CIS    CSTO   7       dump:6c27f651d37a8b43; dump:1a0d1d431886ca6…
//   CIS    SCO    7       dump:6c27f651d37a8b43; dump:1a0d1d431886ca6…
//   CSTO   SCO    7       dump:6c27f651d37a8b43; dump:1a0d1d431886ca6…
//   CIS    EAEU   6       dump:1a0d1d431886ca63; dump:8c05630c2fe7618…
//   CSTO   EAEU   6       dump:1a0d1d431886ca63; dump:8c05630c2fe7618…
//   EAEU   SCO    6       dump:1a0d1d431886ca63; dump:8c05630c2fe7618…
//   (50 rows; the first 6 shown)
MATCH (chosen:Entity)
WHERE toLower(chosen.key) = toLower($actor) OR toLower(chosen.name) = toLower($actor)
   OR (chosen:Person AND toLower(chosen.name) ENDS WITH ' ' + toLower($actor))
   OR any(alias IN coalesce(chosen.aliases, []) WHERE toLower(alias) = toLower($actor))
WITH collect(chosen) AS chosen
CALL () {
  MATCH (post:Post)
  WHERE post.date IS NOT NULL
  RETURN post ORDER BY post.date DESC LIMIT $posts
  UNION
  WITH NOT EXISTS { MATCH (dated:Post) WHERE dated.date IS NOT NULL } AS undated
  WHERE undated
  MATCH (post:Post)
  RETURN post LIMIT $posts
}
WITH chosen, post
LIMIT $posts
MATCH (post)-[:MENTIONS]->(actor)
WHERE $actor = '' OR actor IN chosen
MATCH (post)-[:MENTIONS]->(other)
WHERE other <> actor
WITH actor, other, count(post) AS weight, collect(post.id) AS post_ids
WHERE weight >= $min_posts AND ($actor <> '' OR actor.key < other.key)
RETURN actor.name AS actor,
       other.name AS other,
       weight,
       post_ids[..10] AS post_ids
ORDER BY weight DESC, actor, other
LIMIT $limit
