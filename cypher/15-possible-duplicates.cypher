// Title: Possible duplicate actors
// Question: Which actors have names so alike that they may be one actor stored twice?
// Parameters:
//   limit: how many pairs to list
:param limit => 100;
// Notes: pairs share at least one word of their names or aliases (a few short words such
// as "of" and "the" aside); reason says why they look alike: "same name" (of any types),
// "alias of the other" / "name contained in the other" / "shared alias" (same type),
// "shared surname" (two people). Pure Cypher, no APOC: the pairs come from a join on
// words, so the work grows with the number of actors sharing a word, not with all pairs.
// Example result on the sample:
//   reason                       type   name                                          key                                           other_type  other_name                                    other_key                                     posts  other_posts
//   ---------------------------  -----  --------------------------------------------  --------------------------------------------  ----------  --------------------------------------------  --------------------------------------------  -----  -----------
//   name contained in the other  Event  East Asia Summit                              event:east-asia-summit                        Event       East Asia Summit Foreign Ministers’ Meeting   event:east-asia-summit-foreign-ministers-me…  1      1
//   name contained in the other  Event  East Asia Summit                              event:east-asia-summit                        Event       news conference following the East Asia Sum…  event:news-conference-following-the-east-as…  1      1
//   name contained in the other  Event  East Asia Summit Foreign Ministers’ Meeting   event:east-asia-summit-foreign-ministers-me…  Event       news conference following the East Asia Sum…  event:news-conference-following-the-east-as…  1      1
//   name contained in the other  Event  news conference following his visit to the …  event:news-conference-following-his-visit-t…  Event       news conference                               event:news-conference@2023-04-14              1      1
//   name contained in the other  Event  news conference following the East Asia Sum…  event:news-conference-following-the-east-as…  Event       news conference                               event:news-conference@2023-04-14              1      1
//   name contained in the other  Event  news conference to sum up his visit to the …  event:news-conference-to-sum-up-his-visit-t…  Event       news conference                               event:news-conference@2023-04-14              1      1
//   (11 rows; the first 6 shown)
MATCH (actor:Entity)
WITH {actor: actor,
      type: [label IN labels(actor) WHERE label <> 'Entity'][0],
      names: [text IN [actor.name] + coalesce(actor.aliases, []) | toLower(trim(text))]} AS info
WITH info, split(info.names[0], ' ') AS words
CALL (info, words) {
  UNWIND info.names AS name
  RETURN 'name|' + name AS key, true AS owner
  UNION
  UNWIND range(0, size(words) - 1) AS first
  UNWIND range(first + 1, size(words)) AS last
  RETURN 'part|' + info.type + '|'
         + reduce(text = words[first], word IN words[first + 1..last] | text + ' ' + word) AS key,
         first = 0 AND last = size(words) AS owner
  UNION
  UNWIND CASE info.type WHEN 'Person' THEN [last(words)] ELSE [] END AS surname
  RETURN 'surname|' + surname AS key, true AS owner
}
WITH key, collect(info) AS holders, collect(CASE WHEN owner THEN info END) AS owners
WHERE size(holders) > 1 AND size(owners) > 0
UNWIND owners AS owner
UNWIND holders AS holder
WITH owner, holder
WHERE owner.actor <> holder.actor
WITH DISTINCT CASE WHEN owner.actor.key < holder.actor.key THEN [owner, holder]
                   ELSE [holder, owner] END AS pair
WITH pair[0] AS a, pair[1] AS b
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
       COUNT { (actor)<-[:MENTIONS]-() } AS posts,
       COUNT { (other)<-[:MENTIONS]-() } AS other_posts
ORDER BY reason, type, name, other_name
LIMIT $limit
