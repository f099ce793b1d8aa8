// Title: Most invited organisations
// Question: Which organisations are invited most often, by whom, and to which events?
// Parameters:
//   type: the type of the invited actors, '' for every type
//   limit: how many to list
:param type => 'Organisation';
:param limit => 25;
// Notes: invited_by gives each inviter with its number of posts, and the actors are ranked
// by the sum of those counts (read from the relationships: constant time per inviter);
// posts counts the distinct posts asserting an invitation (a post naming two inviters
// counts once); post_ids are the 10 latest of them, events the events that the 100
// latest mention.
// Example result on the sample:
//   invited                  type          posts  invited_by                              events                                        post_ids
//   -----------------------  ------------  -----  --------------------------------------  --------------------------------------------  --------------------------------------------
//   CIS                      Organisation  4      Maxim Ryzhenkov (2); Sergey Shoigu (2)  13th International Meeting of High Represen…  dump:1a0d1d431886ca63; dump:8c05630c2fe7618…
//   CSTO                     Organisation  4      Maxim Ryzhenkov (2); Sergey Shoigu (2)  13th International Meeting of High Represen…  dump:1a0d1d431886ca63; dump:8c05630c2fe7618…
//   EAEU                     Organisation  4      Maxim Ryzhenkov (2); Sergey Shoigu (2)  13th International Meeting of High Represen…  dump:1a0d1d431886ca63; dump:8c05630c2fe7618…
//   SCO                      Organisation  4      Maxim Ryzhenkov (2); Sergey Shoigu (2)  13th International Meeting of High Represen…  dump:1a0d1d431886ca63; dump:8c05630c2fe7618…
//   ASEAN                    Organisation  1      Sergey Shoigu (1)                       13th International Meeting of High Represen…  dump:1a0d1d431886ca63
//   Secretariat of the EAEU  Organisation  1      Sergey Lavrov (1)                       1st Ministerial Conference of the Russia–Af…  1000000042:3
//   (6 rows)
MATCH (inviter)-[r:INVITED]->(invited)
WHERE $type = '' OR any(label IN labels(invited) WHERE toLower(label) = toLower($type))
WITH invited, inviter, r
ORDER BY r.count DESC, inviter.name
WITH invited,
     sum(r.count) AS invitations,
     collect(inviter.name + ' (' + toString(r.count) + ')') AS invited_by,
     collect(inviter.key) AS inviters
ORDER BY invitations DESC, invited.name
LIMIT $limit
CALL (invited, inviters) {
  UNWIND inviters AS inviter
  MATCH (invitation:Assertion {source: inviter, type: 'INVITED', target: invited.key})
  WITH DISTINCT invitation.post_id AS id, invitation.date AS date
  ORDER BY date DESC, id
  RETURN count(id) AS posts, collect(id)[..100] AS latest
}
RETURN invited.name AS invited,
       [label IN labels(invited) WHERE label <> 'Entity'][0] AS type,
       posts,
       invited_by,
       COLLECT {
         UNWIND latest AS id
         MATCH (:Post {id: id})-[:MENTIONS]->(event:Event)
         RETURN DISTINCT event.name AS name ORDER BY name
       } AS events,
       latest[..10] AS post_ids
ORDER BY posts DESC, invited
