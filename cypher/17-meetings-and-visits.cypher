// Title: Meetings and visits
// Question: Who met whom and who visited where, when, and according to which posts?
// Parameters:
//   actor: key, name or alias of an actor on either side, in any case; '' for everyone
//   limit: how many rows to list
// :param actor => ''
// :param limit => 100
// Example result on the sample:
//   (filled from a run)
MATCH (subject:Entity)-[r]->(object:Entity)
WHERE type(r) IN ['MET_WITH', 'VISITED']
  AND ($actor = ''
   OR any(side IN [subject, object] WHERE
          toLower(side.key) = toLower($actor) OR toLower(side.name) = toLower($actor)
          OR any(alias IN coalesce(side.aliases, []) WHERE toLower(alias) = toLower($actor))))
RETURN r.first_seen AS first_seen,
       r.last_seen AS last_seen,
       subject.name AS subject,
       type(r) AS relation,
       object.name AS object,
       r.count AS posts,
       r.modality AS modality,
       r.evidence AS evidence,
       r.post_ids AS post_ids
ORDER BY first_seen IS NULL, first_seen, subject, object
LIMIT $limit
