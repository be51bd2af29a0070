// Package render writes lastmile's outputs from plain scorecard data, as
// benchstat's benchtab does for benchmarks: it never scores or reads. A
// Batch renders `lastmile score` in one of its formats (table, markdown,
// json, jsonl, csv); Scorecard, Annotated, AppendSentenceJSON,
// AppendInspectJSON and HTML render one call for `lastmile inspect`; Turns
// and AppendTurnsJSON show how a transcript was read.
//
// Renderers never name an analyzer's vocabulary: chips, tones, filters,
// timeline marks and table columns come from the declarations the
// analyzers make (analyze.TagDef, FindingDef, Mark, MetricDef.Column).
// Everything from a transcript written into HTML goes through html/template.
package render
