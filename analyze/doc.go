// Package analyze is lastmile's contract: the small set of types that the
// readers, the analyzers and the renderers meet at. Data flows one way:
//
//	file bytes ──read──▶ transcript.Transcript ──analyze.Run──▶ Scorecard ──render──▶ table | json | jsonl | csv | markdown | html
//	             (package read:          (one Analyzer per metric,      (cmd/lastmile/internal/render;
//	              one reader per format)  packages passes/...)          this module never prints)
//
// An Analyzer is one metric, shaped like golang.org/x/tools/go/analysis:
// a name, a Doc that defines it, the MetricDefs it records, the TagDefs and
// FindingDefs it emits (with their titles, tones and timeline marks, which
// every renderer reads), the phrase lists it reads, and a Run function that
// measures one transcript through a Pass. Run drives a set of analyzers over
// a transcript and rates each metric against the Rubric's targets into a
// Scorecard; Annotate lays its tags and findings out sentence by sentence;
// Summarize keeps the few numbers a batch and its per-seller Rollup need.
//
// The packages around it:
//
//	analyze/transcript      Transcript, Turn, Sentence, Cue, Speaker; what a word is
//	analyze/read            bytes → Transcript: the formats table, decoding, sentences (prose)
//	analyze/phrase          phrase lists and their matcher
//	analyze/passes/NAME     one analyzer each: talk, pace, questions, focus, openers, ...
//	analyze/suite           the list of analyzers and the default rubric
//	analyze/analyzetest     tests an analyzer on transcripts with // want expectations
//	analyze/internal/...    English word classes and question grammar; shared turn helpers
//
// Adding a metric is adding a package under passes that declares one
// Analyzer, and a line in suite.All.
package analyze
