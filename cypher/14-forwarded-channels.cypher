// Title: Channels forwarded from
// Question: Which channels are the posts forwarded from, how many posts each, and over which period?
// Parameters:
//   limit: how many channels to list
// :param limit => 25
// Example result on the sample:
//   (filled from a run)
MATCH (post:Post)-[:FORWARDED_FROM]->(source:Channel)
RETURN source.name AS channel,
       source.key AS key,
       count(post) AS posts,
       min(post.date) AS first_post,
       max(post.date) AS last_post,
       collect(DISTINCT post.channel) AS forwarded_by
ORDER BY posts DESC, channel
LIMIT $limit
