// The graph's schema: a unique `id` per label, one full-text index over every name and text, and the
// range indexes the API filters and sorts on. Idempotent (IF NOT EXISTS); each statement runs on its own
// because Neo4j does not mix schema changes and writes in one transaction.

// Uniqueness of `id` for every label in ../shared/SCHEMA.md (Event among them, from its v2 extensions), and
// for Topic, this project's extension.
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT meeting_id IF NOT EXISTS FOR (n:Meeting) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resource_id IF NOT EXISTS FOR (n:Resource) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resource_claim_id IF NOT EXISTS FOR (n:ResourceClaim) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statement_id IF NOT EXISTS FOR (n:Statement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;

// One index for search boxes: names, every alias spelling (a list of strings), quoted texts and titles.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Person|Country|Organization|Place|Meeting|Event|Resource|ResourceClaim|Statement|Agreement|Article|Topic)
ON EACH [n.name, n.aliases, n.text, n.title, n.titleInferred];

// Range indexes for the timeline, status filters, article ordering and claim kinds. Time windows overlap
// a fact's range (dateFrom <= window end AND dateTo >= window start), so dateFrom carries the seek.
CREATE INDEX meeting_date IF NOT EXISTS FOR (n:Meeting) ON (n.date);
CREATE INDEX meeting_date_from IF NOT EXISTS FOR (n:Meeting) ON (n.dateFrom);
CREATE INDEX meeting_date_to IF NOT EXISTS FOR (n:Meeting) ON (n.dateTo);
// A dated meeting's length in days (derived: dateTo - dateFrom, docs/data-model.md). A window's seek on
// dateFrom starts the longest span before the window (the last entry of this index), not at the first meeting.
CREATE INDEX meeting_span_days IF NOT EXISTS FOR (n:Meeting) ON (n.spanDays);
CREATE INDEX event_date_from IF NOT EXISTS FOR (n:Event) ON (n.dateFrom);
CREATE INDEX statement_date_from IF NOT EXISTS FOR (n:Statement) ON (n.dateFrom);
CREATE INDEX meeting_status IF NOT EXISTS FOR (n:Meeting) ON (n.status);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.published);
CREATE INDEX resource_claim_kind IF NOT EXISTS FOR (n:ResourceClaim) ON (n.kind);
CREATE INDEX statement_date IF NOT EXISTS FOR (n:Statement) ON (n.date);

// Articles added by editors (Extensions v2): drafts stay out of public reads, the same text is refused twice.
CREATE INDEX article_status IF NOT EXISTS FOR (n:Article) ON (n.status);
CREATE CONSTRAINT article_sha256 IF NOT EXISTS FOR (n:Article) REQUIRE n.sha256 IS UNIQUE;

// The product's own state (server/graph/visibility.ts lists these labels; no public read shows them).
CREATE CONSTRAINT user_name IF NOT EXISTS FOR (n:User) REQUIRE n.name IS UNIQUE;
CREATE CONSTRAINT user_id IF NOT EXISTS FOR (n:User) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT api_token_hash IF NOT EXISTS FOR (n:ApiToken) REQUIRE n.tokenHash IS UNIQUE;
CREATE CONSTRAINT session_hash IF NOT EXISTS FOR (n:Session) REQUIRE n.sessionHash IS UNIQUE;
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE INDEX change_key IF NOT EXISTS FOR (n:Change) ON (n.key);
// Public counts subtract retracted nodes, found through their `retracted` history entries (db/graph-counts.ts).
CREATE INDEX change_action IF NOT EXISTS FOR (n:Change) ON (n.action);
CREATE CONSTRAINT draft_item_id IF NOT EXISTS FOR (n:DraftItem) REQUIRE n.id IS UNIQUE;
CREATE INDEX draft_item_article IF NOT EXISTS FOR (n:DraftItem) ON (n.articleId);
// Keys a draft has reserved (an entity created in review, a new fact) stay unique across drafts (server/editing).
CREATE INDEX draft_item_key IF NOT EXISTS FOR (n:DraftItem) ON (n.key);
CREATE CONSTRAINT idempotent_request_key IF NOT EXISTS FOR (n:IdempotentRequest) REQUIRE n.key IS UNIQUE;
// Stored answers expire after 24 hours; the sweep finds the expired ones by this index.
CREATE INDEX idempotent_request_created IF NOT EXISTS FOR (n:IdempotentRequest) ON (n.createdAt);
CREATE INDEX sign_in_attempt_name IF NOT EXISTS FOR (n:SignInAttempt) ON (n.name);
// Revoking a user or changing a password ends that user's tokens and sessions (server/auth/).
CREATE INDEX api_token_user IF NOT EXISTS FOR (n:ApiToken) ON (n.userName);
CREATE INDEX session_user IF NOT EXISTS FOR (n:Session) ON (n.userName);

// Migration, idempotent: spanDays for the meetings of a database written before it was derived (seed, bulk
// load and publish write it since). Each dated meeting is read once; only those without it are written.
MATCH (m:Meeting)
WHERE m.dateFrom IS NOT NULL AND m.dateTo IS NOT NULL AND m.spanDays IS NULL
CALL (m) {
  SET m.spanDays = duration.inDays(m.dateFrom, m.dateTo).days
} IN TRANSACTIONS OF 10000 ROWS;
