// Title: Possible duplicate actors
// Question: Which actors have names so alike that they may be one actor stored twice?
// Parameters:
//   limit: how many pairs to list
// :param limit => 100
// Notes: pairs share at least one word of their names or aliases (a few short words such
// as "of" and "the" aside); reason says why they look alike: "same name" (of any types),
// "alias of the other" / "name contained in the other" / "shared alias" (same type),
// "shared surname" (two people). Pure Cypher, no APOC: the pairs come from a join on
// words, so the work grows with the number of actors sharing a word, not with all pairs.
// Example result on the sample:
//   reason                       type          name                                          key                                           other_type    other_name                                    other_key                                     posts  other_posts
//   ---------------------------  ------------  --------------------------------------------  --------------------------------------------  ------------  --------------------------------------------  --------------------------------------------  -----  -----------
//   name contained in the other  Event         East Asia Summit                              event:east-asia-summit                        Event         East Asia Summit Foreign Ministers’ Meeting   event:east-asia-summit-foreign-ministers-me…  1      1
//   name contained in the other  Event         East Asia Summit                              event:east-asia-summit                        Event         news conference following the East Asia Sum…  event:news-conference-following-the-east-as…  1      1
//   name contained in the other  Event         East Asia Summit Foreign Ministers’ Meeting   event:east-asia-summit-foreign-ministers-me…  Event         news conference following the East Asia Sum…  event:news-conference-following-the-east-as…  1      1
//   name contained in the other  Event         news conference following his visit to the …  event:news-conference-following-his-visit-t…  Event         news conference                               event:news-conference@2023-04-14              1      1
//   name contained in the other  Event         news conference following the East Asia Sum…  event:news-conference-following-the-east-as…  Event         news conference                               event:news-conference@2023-04-14              1      1
//   name contained in the other  Event         news conference to sum up his visit to the …  event:news-conference-to-sum-up-his-visit-t…  Event         news conference                               event:news-conference@2023-04-14              1      1
//   name contained in the other  Event         news conference to sum up his visit to the …  event:news-conference-to-sum-up-his-visit-t…  Event         news conference                               event:news-conference@2023-04-14              1      1
//   name contained in the other  Organisation  ASEAN Regional Forum                          organisation:arf                              Organisation  ASEAN                                         organisation:asean                            1      5
//   name contained in the other  Organisation  CIS                                           organisation:cis                              Organisation  CIS Foreign Ministers Council                 organisation:cis-council-of-foreign-ministe…  7      1
//   name contained in the other  Organisation  UN                                            organisation:un                               Organisation  UN Security Council                           organisation:unsc                             2      2
//   (10 rows)
MATCH (actor:Entity)
WITH actor, [label IN labels(actor) WHERE label <> 'Entity'][0] AS type,
     [text IN [actor.name] + coalesce(actor.aliases, []) | toLower(trim(text))] AS names
UNWIND names AS name
UNWIND split(name, ' ') AS word
WITH actor, type, names, word
WHERE size(word) > 1 AND NOT word IN ['the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'de']
WITH word, collect(DISTINCT {actor: actor, type: type, names: names}) AS group
WHERE size(group) > 1
UNWIND group AS a
UNWIND group AS b
WITH DISTINCT a, b
WHERE a.actor.key < b.actor.key
WITH a, b, a.names[0] AS a_name, b.names[0] AS b_name
WITH a, b,
     CASE
       WHEN a_name = b_name THEN 'same name'
       WHEN a.type <> b.type THEN null
       WHEN a_name IN b.names OR b_name IN a.names THEN 'alias of the other'
       WHEN ' ' + b_name + ' ' CONTAINS ' ' + a_name + ' '
         OR ' ' + a_name + ' ' CONTAINS ' ' + b_name + ' ' THEN 'name contained in the other'
       WHEN any(name IN a.names WHERE name IN b.names) THEN 'shared alias'
       WHEN a.type = 'Person' AND last(split(a_name, ' ')) = last(split(b_name, ' '))
         THEN 'shared surname'
     END AS reason
WHERE reason IS NOT NULL
WITH reason, a.type AS type, a.actor AS actor, b.type AS other_type, b.actor AS other
RETURN reason,
       type,
       actor.name AS name,
       actor.key AS key,
       other_type,
       other.name AS other_name,
       other.key AS other_key,
       COUNT { (:Post)-[:MENTIONS]->(actor) } AS posts,
       COUNT { (:Post)-[:MENTIONS]->(other) } AS other_posts
ORDER BY reason, type, name, other_name
LIMIT $limit
