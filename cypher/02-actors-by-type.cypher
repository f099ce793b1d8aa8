// Title: Actors by type
// Question: How many actors of each type are there, and which of each type are mentioned most?
// Parameters:
//   top: how many of the most mentioned actors to name per type
:param top => 5;
// Example result on the sample:
//   type          actors  mentions  most_mentioned
//   ------------  ------  --------  --------------------------------------------
//   Place         17      32        Eurasia (6); Moscow (5); Asia-Pacific regio…
//   Event         15      18        13th International Meeting of High Represen…
//   Organisation  15      55        SCO (9); CIS (7); CSTO (7); EAEU (7); ASEAN…
//   Country       12      21        Russia (6); Belarus (3); Ukraine (2); Unite…
//   Person        9       22        Sergey Lavrov (12); Maxim Ryzhenkov (2); Se…
//   Group         3       5         Global South and East (3); Global Majority …
//   (6 rows)
MATCH (actor:Entity)
WITH actor,
     [label IN labels(actor) WHERE label <> 'Entity'][0] AS type,
     COUNT { (actor)<-[:MENTIONS]-() } AS posts
ORDER BY posts DESC, actor.name
WITH type, count(actor) AS actors, sum(posts) AS mentions,
     collect(actor.name + ' (' + toString(posts) + ')') AS ranked
RETURN type, actors, mentions, ranked[..$top] AS most_mentioned
ORDER BY actors DESC, type
