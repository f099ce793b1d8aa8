// Title: Channels forwarded from
// Question: Which channels are the posts forwarded from, how many posts each, and over which period?
// Parameters:
//   limit: how many channels to list
:param limit => 25;
// Example result on the sample:
//   channel                               key                                   posts  first_post  last_post   forwarded_by
//   ------------------------------------  ------------------------------------  -----  ----------  ----------  ------------
//   Russian MFA                           russian-mfa                           8      2023-04-14  2025-05-28  channel_dump
//   Permanent Mission of Russia to ASEAN  permanent-mission-of-russia-to-asean  1      2024-07-26  2024-07-26  Russian MFA
//   (2 rows)
MATCH (post:Post)-[:FORWARDED_FROM]->(source:Channel)
RETURN source.name AS channel,
       source.key AS key,
       count(post) AS posts,
       min(left(post.date, 10)) AS first_post,
       max(left(post.date, 10)) AS last_post,
       collect(DISTINCT post.channel) AS forwarded_by
ORDER BY posts DESC, channel
LIMIT $limit
