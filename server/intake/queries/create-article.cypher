// A new draft article with its verbatim text; values the editor gave go to title/outlet/published, the
// HTML extractor's suggestions to the *Inferred properties with their basis (../shared/SCHEMA.md v2).
CREATE (a:Article {
  id: $id,
  name: coalesce($title, $titleInferred, 'Untitled draft ' + $id),
  status: 'draft',
  text: $text,
  sha256: $sha256,
  addedBy: $addedBy,
  addedAt: datetime()
})
SET a.title = $title,
    a.outlet = $outlet,
    a.url = $url,
    a.published = CASE WHEN $published IS NULL THEN null ELSE date($published) END,
    a.publishedPrecision = CASE WHEN $published IS NULL THEN null ELSE 'day' END,
    a.publishedBasis = CASE WHEN $published IS NULL THEN null ELSE 'external' END,
    a.publishedSourceNote = CASE WHEN $published IS NULL THEN null ELSE 'given by the editor at intake' END,
    a.titleInferred = $titleInferred,
    a.titleBasis = CASE WHEN $titleInferred IS NULL THEN null ELSE $basis END,
    a.outletInferred = $outletInferred,
    a.outletBasis = CASE WHEN $outletInferred IS NULL THEN null ELSE $basis END,
    a.bylineInferred = $bylineInferred,
    a.bylineBasis = CASE WHEN $bylineInferred IS NULL THEN null ELSE $basis END,
    a.publishedInferred = $publishedInferred,
    a.publishedInferredBasis = CASE WHEN $publishedInferred IS NULL THEN null ELSE $basis END
RETURN a AS article
