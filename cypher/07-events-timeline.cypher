// Title: Events timeline
// Question: Which events happened (or were announced) when, where, chaired by whom, with which speakers, invitees and attendees?
// Parameters:
//   since: first day to show, YYYY-MM-DD, '' for no bound
//   until: last day to show, YYYY-MM-DD, '' for no bound
//   limit: how many events to list
// :param since => ''
// :param until => ''
// :param limit => 100
// Notes: date is the first day a post about the event is dated (the date of its earliest
// relation, else of its earliest dated post); undated events come last. "(planned)" marks
// a relation only announced so far. Invitees are those that a post about the event says
// were invited (INVITED asserted by that post), with who invited them.
// Example result on the sample:
//   date        event                                         place      chair                      speakers                   invitees                                      invited_by       attendees
//   ----------  --------------------------------------------  ---------  -------------------------  -------------------------  --------------------------------------------  ---------------  --------------------------------------
//   2023-04-14  meeting of the CIS Foreign Ministers Council
//   2023-04-14  news conference                                                                     Luiz Inacio Lula da Silva
//   2023-04-14  news conference to sum up his visit to the …  Samarkand                             Sergey Lavrov
//   2024-03-04  news conference following his visit to the …  Astana                                Sergey Lavrov              Sergey Lavrov                                 Murat Nurtleu
//   2024-06-10  #BRICS Foreign Ministers Meeting                                                                                                                                              Sergey Lavrov; Subrahmanyam Jaishankar
//   2024-07-26  31st ASEAN Regional Forum Ministerial Meeti…  Vientiane                                                                                                                       Sergey Lavrov
//   2024-07-27  East Asia Summit
//   2024-07-27  East Asia Summit Foreign Ministers’ Meeting
//   2024-07-27  news conference following the East Asia Sum…                                        Sergey Lavrov
//   2024-07-27  news conference to sum up his visit to the …  Vientiane                             Sergey Lavrov
//   2024-08-02  #SCO Heads of Government Council meeting      Islamabad
//   2024-10-08  2nd International Conference on Eurasian Se…  Minsk      Maxim Ryzhenkov (planned)                             CIS; CSTO; EAEU; SCO                          Maxim Ryzhenkov
//   2024-10-30  1st Ministerial Conference of the Russia–Af…  Sochi      Sergey Lavrov (planned)                               Secretariat of the #EAEU                      Sergey Lavrov
//   2025-05-27  13th International Meeting of High Represen…  Moscow     Sergey Shoigu (planned)    Sergey Lavrov              ASEAN; CIS; CSTO; EAEU; Global South and Ea…  Sergey Shoigu
//   2025-05-27  5th ASEAN-Russia Consultations of the High …                                                                   ASEAN; CIS; CSTO; EAEU; Global South and Ea…  Sergey Shoigu
//   (15 rows)
MATCH (event:Event)
OPTIONAL MATCH (event)-[r]-(:Entity)
WITH event, min(r.first_seen) AS first_relation
OPTIONAL MATCH (post:Post)-[:MENTIONS]->(event)
WITH event, first_relation, min(left(post.date, 10)) AS first_post
WITH event, coalesce(first_relation, first_post) AS date
WHERE ($since = '' OR date >= $since) AND ($until = '' OR date <= $until)
ORDER BY date IS NULL, date, event.name
LIMIT $limit
WITH event, date,
     COLLECT {
       MATCH (post:Post)-[:MENTIONS]->(event)
       WITH post, COLLECT { MATCH (post)-[:MENTIONS]->(actor:Entity) RETURN actor } AS mentioned
       UNWIND mentioned AS inviter
       MATCH (inviter)-[r:INVITED]->(invitee)
       WHERE invitee IN mentioned AND invitee <> event
         AND EXISTS { (post)-[:ASSERTS]->(:Assertion {source: inviter.key, type: 'INVITED',
                                                      target: invitee.key}) }
       RETURN DISTINCT {inviter: inviter.name, invitee: invitee.name} AS invitation
     } AS invitations
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
       COLLECT {
         UNWIND invitations AS invitation
         RETURN DISTINCT invitation.invitee AS name ORDER BY name
       } AS invitees,
       COLLECT {
         UNWIND invitations AS invitation
         RETURN DISTINCT invitation.inviter AS name ORDER BY name
       } AS invited_by,
       COLLECT {
         MATCH (attendee:Entity)-[r:ATTENDED]->(event)
         RETURN attendee.name + CASE r.modality WHEN 'planned' THEN ' (planned)' ELSE '' END AS name
         ORDER BY name
       } AS attendees
