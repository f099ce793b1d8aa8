// Title: Actors overview
// Question: Which actors do the posts mention most, and how many relations does each have?
// Parameters:
//   type: one entity type (Person, Organisation, Country, Place, Event, Group), '' for all
//   limit: how many actors to list
:param type => '';
:param limit => 25;
// Notes: both counts are read from each actor's degree (constant time however many
// posts mention it): posts are its MENTIONS, relations all its other relationships.
// Example result on the sample:
//   type          name           key                   posts  relations
//   ------------  -------------  --------------------  -----  ---------
//   Person        Sergey Lavrov  person:sergey-lavrov  12     26
//   Organisation  SCO            organisation:sco      9      4
//   Organisation  CIS            organisation:cis      7      2
//   Organisation  CSTO           organisation:csto     7      2
//   Organisation  EAEU           organisation:eaeu     7      2
//   Country       Russia         country:ru            6      3
//   (25 rows; the first 6 shown)
MATCH (actor:Entity)
WHERE $type = '' OR any(label IN labels(actor) WHERE toLower(label) = toLower($type))
WITH actor, COUNT { (actor)<-[:MENTIONS]-() } AS posts
WITH actor, posts, COUNT { (actor)--() } - posts AS relations
RETURN [label IN labels(actor) WHERE label <> 'Entity'][0] AS type,
       actor.name AS name,
       actor.key AS key,
       posts,
       relations
ORDER BY posts DESC, relations DESC, name
LIMIT $limit
