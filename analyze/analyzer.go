package analyze

import (
	"fmt"
	"regexp"

	"github.com/lastmile/lastmile/analyze/phrase"
)

// An Analyzer is one metric of a sales conversation: a name, its
// documentation, the numbers it records, the sentence tags and the kinds of
// finding it emits, the phrase lists it reads, and a function that measures
// one transcript. It is shaped like golang.org/x/tools/go/analysis.Analyzer:
// adding a metric means adding one package that declares one Analyzer, and
// listing it in the suite. Renderers, filters and the rubric read these
// declarations; they never name an analyzer's vocabulary themselves.
type Analyzer struct {
	// Name is short and flag-safe: "questions".
	Name string
	// Doc is the definition shown in the README and by `lastmile rubric`:
	// a title line, then exactly what is counted and against what.
	Doc string
	// Metrics are the numbers the analyzer records, each with its default
	// target (nil for numbers that inform but are not scored).
	Metrics []*MetricDef
	// Tags are the sentence tags the analyzer may put; putting any other is
	// a programming error, caught when it happens.
	Tags []*TagDef
	// Findings are the kinds of finding the analyzer may report, likewise.
	Findings []*FindingDef
	// Phrases are the phrase lists the analyzer reads, with their defaults.
	// A rubric file may replace any of them.
	Phrases []*phrase.List
	// Run measures pass.Transcript and reports through pass.
	Run func(*Pass) error
}

// A MetricDef describes a number on the scorecard.
type MetricDef struct {
	Name  string // key in JSON, CSV and the rubric: "talk_ratio"
	Title string // row label of the scorecard: "Talk ratio"
	Unit  Unit
	Doc   string // one line: what the value is
	// Target is the default target; nil means the metric is informational.
	Target *Target
	// Twin names the metric measured instead when this one cannot be (the
	// words-based version of a time-based metric, and back). Tables show
	// whichever of the two was measured; JSON and CSV keep both.
	Twin string
	// Column, when set, gives the metric (and its twin) a column of its own
	// in the one-row-per-call table and the roll-up, under this header:
	// the figures a coach scans first. Every metric is in JSON and CSV.
	Column string
}

// A TagDef declares a sentence tag: a label of one sentence in the
// annotated transcript. A tag written "family:value" ("question:open",
// "opener:pitch") belongs to a family, which filters and the JSON records
// can select as a whole.
type TagDef struct {
	Name  string // "question:open", "interrupts"
	Title string // for people: "open question"
	Doc   string // one line: what it says about the sentence
	Tone  Tone
	// Mark, when set, shows the tag on the HTML report's timeline.
	Mark *Mark
}

// A FindingDef declares a kind of finding: a piece of evidence a coach can
// click through to.
type FindingDef struct {
	Name  string // "interruption", "no-next-step"
	Title string // for people: "No next step"
	Doc   string
	Tone  Tone
	// Mark, when set, shows the finding on the HTML report's timeline.
	Mark *Mark
}

// A Tone says whether a coach would praise what a tag or finding marks,
// work on it, or just note it. Renderers colour by tone. The three question
// tones tell the kinds of question apart at a glance.
type Tone string

// The tones.
const (
	ToneGood           Tone = "good"            // a coach would praise it
	ToneWarn           Tone = "warn"            // worth working on
	ToneBad            Tone = "bad"             // a fault
	ToneNeutral        Tone = "neutral"         // notable, not judged
	ToneMuted          Tone = "muted"           // context: shown quietly
	ToneQuestion       Tone = "question"        // a question
	ToneOpenQuestion   Tone = "open-question"   // an open question
	ToneClosedQuestion Tone = "closed-question" // a closed question
)

// A Mark says how the HTML timeline shows a tag or a finding.
type Mark struct {
	Shape Shape
	// Legend is the legend's entry for the mark; marks of one shape and
	// legend share an entry ("Other question").
	Legend string
	// Seller marks only the seller side's sentences.
	Seller bool
}

// A Shape is a timeline mark's shape; each shape has its place: dots on
// the questions row, triangles on the speaker's track, flags and diamonds
// on the events row, a band across the tracks for a span, a note for the
// whole call.
type Shape uint8

// The shapes, in the legend's order.
const (
	ShapeBigDot   Shape = iota + 1 // a large dot on the questions row
	ShapeDot                       // a dot on the questions row
	ShapeSmallDot                  // a small dot on the questions row
	ShapeTriangle                  // a triangle on the speaker's track
	ShapeFlag                      // a flag on the events row
	ShapeDiamond                   // a diamond on the events row
	ShapeBand                      // a band over a finding's span
	ShapeNote                      // a note about the whole call
)

// Validate checks a set of analyzers the way the driver relies on: unique
// analyzer, metric, tag, finding and phrase-list names, each documented.
// shared are the phrase lists that belong to no one analyzer.
func Validate(analyzers []*Analyzer, shared []*phrase.List) error {
	seen := map[string]string{}
	for _, l := range shared {
		seen["phrase list "+l.Name] = "shared"
	}
	claim := func(kind, name, owner string) error {
		key := kind + " " + name
		if prev, ok := seen[key]; ok {
			return fmt.Errorf("%s %q declared by both %s and %s", kind, name, prev, owner)
		}
		seen[key] = owner
		return nil
	}
	for _, a := range analyzers {
		if a.Name == "" || a.Doc == "" || a.Run == nil {
			return fmt.Errorf("analyzer %q: needs a Name, a Doc and a Run", a.Name)
		}
		if !flagSafe(a.Name) {
			return fmt.Errorf("analyzer %q: name is not flag-safe", a.Name)
		}
		if err := claim("analyzer", a.Name, a.Name); err != nil {
			return err
		}
		for _, m := range a.Metrics {
			if m.Name == "" || m.Title == "" || m.Doc == "" || m.Unit == "" {
				return fmt.Errorf("analyzer %s: metric %q needs a Name, Title, Doc and Unit", a.Name, m.Name)
			}
			if err := claim("metric", m.Name, a.Name); err != nil {
				return err
			}
		}
		for _, d := range a.Tags {
			if !tagRE.MatchString(d.Name) || d.Title == "" {
				return fmt.Errorf("analyzer %s: tag %q needs a name like family:value and a Title", a.Name, d.Name)
			}
			if err := checkMark(d.Mark); err != nil {
				return fmt.Errorf("analyzer %s: tag %s: %v", a.Name, d.Name, err)
			}
			if err := claim("tag", d.Name, a.Name); err != nil {
				return err
			}
		}
		for _, d := range a.Findings {
			if !flagSafe(d.Name) || d.Title == "" {
				return fmt.Errorf("analyzer %s: finding kind %q needs a flag-safe name and a Title", a.Name, d.Name)
			}
			if err := checkMark(d.Mark); err != nil {
				return fmt.Errorf("analyzer %s: finding %s: %v", a.Name, d.Name, err)
			}
			if err := claim("finding kind", d.Name, a.Name); err != nil {
				return err
			}
		}
		for _, l := range a.Phrases {
			if l.Name == "" || l.Doc == "" {
				return fmt.Errorf("analyzer %s: phrase list %q needs a Name and a Doc", a.Name, l.Name)
			}
			if err := claim("phrase list", l.Name, a.Name); err != nil {
				return err
			}
		}
	}
	return nil
}

func checkMark(m *Mark) error {
	if m != nil && (m.Shape < ShapeBigDot || m.Shape > ShapeNote || m.Legend == "") {
		return fmt.Errorf("a mark needs a shape and a legend")
	}
	return nil
}

var (
	flagSafeRE = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)
	tagRE      = regexp.MustCompile(`^[a-z][a-z0-9-]*(:[a-z][a-z0-9-]*)?$`)
)

func flagSafe(s string) bool { return flagSafeRE.MatchString(s) }
