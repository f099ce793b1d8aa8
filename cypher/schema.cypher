// graphkit's graph model in Neo4j: constraints and indexes.
// graphkit runs every statement of this file (IF NOT EXISTS) before its first write.
//
// Nodes
//   (:Entity:<Type> {key, name, aliases})   Type is one of Person, Organisation, Country,
//                                           Place, Event, Group; key is the canonical key.
//   (:Post {id, text, date, channel, hashtags, links, forwarded_from, version_of})
//   (:Channel {key, name})                  a channel that posts were forwarded from
//
// Relationships
//   (:Post)-[:MENTIONS]->(:Entity)
//   (:Post)-[:FORWARDED_FROM]->(:Channel)
//   (:Entity)-[:SPOKE_AT|CHAIRED|ATTENDED|INVITED|HELD_IN|VISITED|MET_WITH|CRITICISED|
//              SUPPORTED|HOLDS_ROLE|MEMBER_OF]->(:Entity)
//     One relationship per (subject, type, object); MET_WITH is symmetric and stored once,
//     from the smaller key to the larger. Its provenance:
//       post_ids, evidence, dates, rules  parallel lists, one item per asserting post
//                                         (a post without a date has '' in dates)
//       count        number of asserting posts (= size(post_ids))
//       confidence   the highest confidence of any assertion
//       first_seen, last_seen   earliest and latest known date (absent when none is known)
//       modality     'asserted' once any post asserts it, else 'planned'
//     Reloading a post never adds it twice: a post id already in post_ids is skipped.

CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (e:Entity) REQUIRE e.key IS UNIQUE;
CREATE CONSTRAINT post_id IF NOT EXISTS FOR (p:Post) REQUIRE p.id IS UNIQUE;
CREATE CONSTRAINT channel_key IF NOT EXISTS FOR (c:Channel) REQUIRE c.key IS UNIQUE;
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX post_date IF NOT EXISTS FOR (p:Post) ON (p.date);
CREATE INDEX post_channel IF NOT EXISTS FOR (p:Post) ON (p.channel);
