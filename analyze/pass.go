package analyze

import (
	"time"

	"github.com/lastmile/lastmile/analyze/phrase"
	"github.com/lastmile/lastmile/analyze/transcript"
)

// A Metric is a number an analyzer recorded for one call.
type Metric struct {
	Name string // the MetricDef's name
	// Speaker is empty for the call's figure (usually the seller side's);
	// per-speaker figures name the speaker.
	Speaker string
	Value   float64
	// NA, when not empty, says why the metric could not be measured; Value
	// is then meaningless. lastmile never makes up a number.
	NA string
	// Detail is a short breakdown for people: "open 4, closed 6, tag 1".
	Detail string
	// Short, when set, is the value as a table cell shows it ("14 (12
	// open)", "permission, pitch"); empty means the value with its unit.
	Short string
	// Status is set by Score for the call's figures.
	Status Status
}

// A Finding is evidence for a coach: where, who, and what.
type Finding struct {
	Analyzer string
	// Kind is the name of one of the analyzer's FindingDefs: "opener",
	// "interruption", "monologue", "no-next-step"...
	Kind string
	// Ref points at the sentence (or turn, Sentence < 0) it concerns;
	// Ref.Turn < 0 for findings about the whole call. End is the last
	// sentence a finding about a stretch of the call covers (a monologue);
	// for a finding about one place it is Ref.
	Ref, End transcript.Ref
	Line     int
	Start    time.Duration
	Timed    bool
	Speaker  string
	Message  string
	Evidence string // the sentence or an excerpt of the turn
}

// A Pass is one analyzer's run over one transcript.
type Pass struct {
	Analyzer   *Analyzer
	Transcript *transcript.Transcript
	Rubric     *Rubric
	// Record adds a number to the scorecard.
	Record func(Metric)
	// Report adds a finding; ReportAt fills its place from a Ref.
	Report func(Finding)
	// Tag labels a sentence for the annotated transcript with one of the
	// analyzer's TagDefs ("question:open", "self-centred"...).
	Tag func(transcript.Ref, string)
}

// Value records a call-level figure.
func (p *Pass) Value(name string, v float64, detail string) {
	p.Record(Metric{Name: name, Value: v, Detail: detail})
}

// SpeakerValue records a per-speaker figure.
func (p *Pass) SpeakerValue(name, speaker string, v float64, detail string) {
	p.Record(Metric{Name: name, Speaker: speaker, Value: v, Detail: detail})
}

// NotApplicable records that a metric cannot be measured on this call, and
// why.
func (p *Pass) NotApplicable(name, reason string) {
	p.Record(Metric{Name: name, NA: reason})
}

// ReportAt reports a finding about the sentence or turn at ref.
func (p *Pass) ReportAt(ref transcript.Ref, kind, message string) {
	p.ReportSpan(ref, ref, kind, message)
}

// ReportSpan reports a finding about the stretch of the call from the
// sentence (or turn) at ref to the sentence at end; its evidence is where
// it starts.
func (p *Pass) ReportSpan(ref, end transcript.Ref, kind, message string) {
	f := Finding{Analyzer: p.Analyzer.Name, Kind: kind, Ref: ref, End: end, Message: message}
	t := p.Transcript
	if ref.Turn >= 0 && ref.Turn < len(t.Turns) {
		turn := &t.Turns[ref.Turn]
		f.Speaker = turn.Speaker
		f.Line, f.Start = turn.Line, turn.Start
		f.Evidence = transcript.Excerpt(turn.Text, 200)
		if ref.Sentence >= 0 && ref.Sentence < len(turn.Sentences) {
			s := &turn.Sentences[ref.Sentence]
			f.Line, f.Start, f.Evidence = s.Line, s.Start, s.Text
		}
		f.Timed = t.Timed()
	}
	p.Report(f)
}

// Phrases returns the rubric's phrase list of that name.
func (p *Pass) Phrases(name string) *phrase.Matcher {
	return p.Rubric.Phrases(name)
}
