// Title: Most invited organisations
// Question: Which organisations are invited most often, and by whom?
// Parameters:
//   type: the type of the invited actors, '' for every type
//   limit: how many to list
// :param type => 'Organisation'
// :param limit => 25
// Notes: posts counts distinct posts asserting an invitation; invited_by gives each
// inviter with its number of posts.
// Example result on the sample:
//   invited  type          posts  invited_by                                    post_ids
//   -------  ------------  -----  --------------------------------------------  --------------------------------------------
//   EAEU     Organisation  5      ["Maxim Ryzhenkov (2)", "Sergey Lavrov (1)"…  ["dump:b15802818e93c080", "dump:c36149aa7a1…
//   CIS      Organisation  4      ["Maxim Ryzhenkov (2)", "Sergey Shoigu (2)"]  ["dump:b15802818e93c080", "dump:c36149aa7a1…
//   CSTO     Organisation  4      ["Maxim Ryzhenkov (2)", "Sergey Shoigu (2)"]  ["dump:b15802818e93c080", "dump:c36149aa7a1…
//   SCO      Organisation  4      ["Maxim Ryzhenkov (2)", "Sergey Shoigu (2)"]  ["dump:b15802818e93c080", "dump:c36149aa7a1…
//   ASEAN    Organisation  1      ["Sergey Shoigu (1)"]                         ["dump:1a0d1d431886ca63"]
//   (5 rows)
MATCH (inviter:Entity)-[r:INVITED]->(invited:Entity)
WHERE $type = '' OR any(label IN labels(invited) WHERE toLower(label) = toLower($type))
WITH invited,
     collect(inviter.name + ' (' + toString(r.count) + ')') AS invited_by,
     collect(r) AS invitations
RETURN invited.name AS invited,
       [label IN labels(invited) WHERE label <> 'Entity'][0] AS type,
       size(COLLECT { UNWIND invitations AS r UNWIND r.post_ids AS id RETURN DISTINCT id }) AS posts,
       invited_by,
       COLLECT { UNWIND invitations AS r UNWIND r.post_ids AS id RETURN DISTINCT id } AS post_ids
ORDER BY posts DESC, invited
LIMIT $limit
