// Title: Events timeline
// Question: Which events happened (or were announced) when, where, chaired by whom, with which speakers, invitees and attendees?
// Parameters:
//   since: first day to show, YYYY-MM-DD, '' for no bound
//   until: last day to show, YYYY-MM-DD, '' for no bound
//   limit: how many events to list
:param since => '';
:param until => '';
:param limit => 100;
// Notes: date is the first day a post about the event is dated (the date of its earliest
// relation, else of its earliest dated post); undated events come last. "(planned)" marks
// a relation only announced so far. Invitees are those that a post about the event says
// were invited (an INVITED assertion of that post), with who invited them, read from the
// event's 50 earliest posts (a bound: an event named in thousands of posts stays fast).
// Example result on the sample:
//   date        event                                         place      chair  speakers                   invitees       invited_by     attendees
//   ----------  --------------------------------------------  ---------  -----  -------------------------  -------------  -------------  --------------------------------------
//   2023-04-14  meeting of the CIS Foreign Ministers Council
//   2023-04-14  news conference                                                 Luiz Inacio Lula da Silva
//   2023-04-14  news conference to sum up his visit to the …  Samarkand         Sergey Lavrov
//   2024-03-04  news conference following his visit to the …  Astana            Sergey Lavrov              Sergey Lavrov  Murat Nurtleu
//   2024-06-10  BRICS Foreign Ministers Meeting                                                                                          Sergey Lavrov; Subrahmanyam Jaishankar
//   2024-07-26  31st ASEAN Regional Forum Ministerial Meeti…  Vientiane                                                                  Sergey Lavrov
//   (15 rows; the first 6 shown)
MATCH (event:Event)
WITH event, COLLECT {
  MATCH (event)-[r:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|SUPPORTED|HOLDS_ROLE|MEMBER_OF]-()
  RETURN min(r.first_seen)
}[0] AS first_relation
CALL (event, first_relation) {
  WITH event
  WHERE first_relation IS NULL
  OPTIONAL MATCH (post:Post)-[:MENTIONS]->(event)
  RETURN min(post.date) AS first_post
}
WITH event, coalesce(first_relation, left(first_post, 10)) AS date
WHERE ($since = '' OR date >= $since) AND ($until = '' OR date <= $until)
ORDER BY date IS NULL, date, event.name
LIMIT $limit
CALL (event) {
  MATCH (post:Post)-[:MENTIONS]->(event)
  WITH event, post
  ORDER BY post.date
  LIMIT 50
  UNWIND range(0, coalesce(size(post.assertion_types), 0) - 1) AS i
  WITH event, post, i
  WHERE post.assertion_types[i] = 'INVITED' AND post.assertion_targets[i] <> event.key
  WITH collect(DISTINCT post.assertion_sources[i]) AS inviters,
       collect(DISTINCT post.assertion_targets[i]) AS invited
  RETURN COLLECT {
           UNWIND invited AS key
           MATCH (invitee:Entity {key: key})
           RETURN invitee.name AS name ORDER BY name
         } AS invitees,
         COLLECT {
           UNWIND inviters AS key
           MATCH (inviter:Entity {key: key})
           RETURN inviter.name AS name ORDER BY name
         } AS invited_by
}
RETURN date,
       event.name AS event,
       COLLECT {
         MATCH (event)-[:HELD_IN]->(place:Entity)
         RETURN place.name AS name ORDER BY name
       } AS place,
       COLLECT {
         MATCH (chair:Entity)-[r:CHAIRED]->(event)
         RETURN chair.name + CASE r.modality WHEN 'planned' THEN ' (planned)' ELSE '' END AS name
         ORDER BY name
       } AS chair,
       COLLECT {
         MATCH (speaker:Entity)-[r:SPOKE_AT]->(event)
         RETURN speaker.name + CASE r.modality WHEN 'planned' THEN ' (planned)' ELSE '' END AS name
         ORDER BY name
       } AS speakers,
       invitees,
       invited_by,
       COLLECT {
         MATCH (attendee:Entity)-[r:ATTENDED]->(event)
         RETURN attendee.name + CASE r.modality WHEN 'planned' THEN ' (planned)' ELSE '' END AS name
         ORDER BY name
       } AS attendees
