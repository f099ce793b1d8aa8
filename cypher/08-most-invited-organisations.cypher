// Title: Most invited organisations
// Question: Which organisations are invited most often, by whom, and to which events?
// Parameters:
//   type: the type of the invited actors, '' for every type
//   limit: how many to list
:param type => 'Organisation';
:param limit => 25;
// Notes: invited_by gives each inviter with its number of posts; posts is their sum (a post
// naming two inviters counts twice), read from the relationships in constant time per
// inviter. events are the events mentioned by the evidence samples (the earliest 3
// posts) of its 10 strongest inviters; post_ids are the first 10 of those posts.
// Example result on the sample:
//   invited                  type          posts  invited_by                              events                                        post_ids
//   -----------------------  ------------  -----  --------------------------------------  --------------------------------------------  --------------------------------------------
//   CIS                      Organisation  4      Maxim Ryzhenkov (2); Sergey Shoigu (2)  13th International Meeting of High Represen…  dump:b15802818e93c080; dump:c36149aa7a10002…
//   CSTO                     Organisation  4      Maxim Ryzhenkov (2); Sergey Shoigu (2)  13th International Meeting of High Represen…  dump:b15802818e93c080; dump:c36149aa7a10002…
//   EAEU                     Organisation  4      Maxim Ryzhenkov (2); Sergey Shoigu (2)  13th International Meeting of High Represen…  dump:b15802818e93c080; dump:c36149aa7a10002…
//   SCO                      Organisation  4      Maxim Ryzhenkov (2); Sergey Shoigu (2)  13th International Meeting of High Represen…  dump:b15802818e93c080; dump:c36149aa7a10002…
//   ASEAN                    Organisation  1      Sergey Shoigu (1)                       13th International Meeting of High Represen…  dump:1a0d1d431886ca63
//   Secretariat of the EAEU  Organisation  1      Sergey Lavrov (1)                       1st Ministerial Conference of the Russia–Af…  1000000042:3
//   (6 rows)
MATCH (inviter)-[r:INVITED]->(invited)
WHERE $type = '' OR any(label IN labels(invited) WHERE toLower(label) = toLower($type))
WITH invited, inviter, r
ORDER BY r.count DESC, inviter.name
WITH invited,
     sum(r.count) AS posts,
     collect(inviter.name + ' (' + toString(r.count) + ')') AS invited_by,
     collect(r)[..10] AS strongest
ORDER BY posts DESC, invited.name
LIMIT $limit
WITH invited, posts, invited_by,
     COLLECT {
       UNWIND strongest AS r
       UNWIND r.sample_post_ids AS id
       RETURN DISTINCT id
     } AS post_ids
RETURN invited.name AS invited,
       [label IN labels(invited) WHERE label <> 'Entity'][0] AS type,
       posts,
       invited_by,
       COLLECT {
         UNWIND post_ids AS id
         MATCH (:Post {id: id})-[:MENTIONS]->(event:Event)
         RETURN DISTINCT event.name AS name ORDER BY name
       } AS events,
       post_ids[..10] AS post_ids
ORDER BY posts DESC, invited
