package analyze

import (
	"fmt"
	"math"
	"regexp"
	"time"
)

// An Analyzer is one metric of a sales conversation: a name, its
// documentation, the numbers it records and the phrase lists it reads, and
// a function that measures one transcript. It is shaped like
// golang.org/x/tools/go/analysis.Analyzer: adding a metric means adding one
// file that declares one Analyzer, and listing it in All.
type Analyzer struct {
	// Name is short and flag-safe: "questions".
	Name string
	// Doc is the definition shown in the README and by `lastmile rubric`:
	// a title line, then exactly what is counted and against what.
	Doc string
	// Metrics are the numbers the analyzer records, each with its default
	// target (nil for numbers that inform but are not scored).
	Metrics []*MetricDef
	// Phrases are the phrase lists the analyzer reads, with their defaults.
	// A rubric file may replace any of them.
	Phrases []*PhraseList
	// Run measures pass.Transcript and reports through pass.
	Run func(*Pass) error
}

// A MetricDef describes a number on the scorecard.
type MetricDef struct {
	Name  string // key in JSON, CSV and the rubric: "talk_ratio"
	Title string // column header: "Talk ratio"
	Unit  Unit
	Doc   string // one line: what the value is
	// Target is the default target; nil means the metric is informational.
	Target *Target
	// Twin names the metric measured instead when this one cannot be (the
	// words-based version of a time-based metric, and back). Tables show
	// whichever of the two was measured; JSON and CSV keep both.
	Twin string
}

// A Unit says what a metric's value counts.
type Unit string

// The units.
const (
	UnitPercent Unit = "%"
	UnitCount   Unit = "count"
	UnitSeconds Unit = "s"
	UnitWords   Unit = "words"
	UnitWPM     Unit = "wpm"
	UnitPerMin  Unit = "per_min"
	UnitPer100  Unit = "per_100_words"
	UnitGrade   Unit = "grade" // 1 fully, 0.5 partly, 0 not at all
)

// A Target is what good looks like for a metric, with the weight the metric
// carries in the call's score.
type Target struct {
	Weight float64
	Good   Range // in this range the status is good
	Fair   Range // outside Good but in this range it is fair; elsewhere poor
	Why    string
}

// Status rates a metric against its target.
type Status string

// The statuses.
const (
	StatusGood Status = "good"
	StatusFair Status = "fair"
	StatusPoor Status = "poor"
	StatusNA   Status = "n/a"  // the metric could not be measured on this call
	StatusInfo Status = "info" // measured, but has no target
)

// Rate gives a value's status against the target.
func (t *Target) Rate(v float64) Status {
	switch {
	case t.Good.Contains(v):
		return StatusGood
	case t.Fair.Contains(v):
		return StatusFair
	}
	return StatusPoor
}

// A Range is a closed interval of values; an open side is ±Inf.
type Range struct{ Min, Max float64 }

// Contains reports whether v is in the range. Values are compared after
// rounding to the precision they are printed with, so that "43.0%" is never
// shown as outside 30..43.
func (r Range) Contains(v float64) bool {
	v = math.Round(v*10) / 10
	return v >= r.Min && v <= r.Max
}

// Any is the range that contains every value.
var Any = Range{math.Inf(-1), math.Inf(1)}

// String writes a range the way rubric files do: "30..50", ">= 11",
// "<= 76", "0".
func (r Range) String() string {
	lo, hi := !math.IsInf(r.Min, -1), !math.IsInf(r.Max, 1)
	switch {
	case lo && hi && r.Min == r.Max:
		return fmtNum(r.Min)
	case lo && hi:
		return fmtNum(r.Min) + ".." + fmtNum(r.Max)
	case lo:
		return ">= " + fmtNum(r.Min)
	case hi:
		return "<= " + fmtNum(r.Max)
	}
	return "any"
}

var rangeRE = regexp.MustCompile(`^\s*(?:(` + numRE + `)\s*\.\.\s*(` + numRE + `)|(>=|<=)\s*(` + numRE + `)|(` + numRE + `)|(any))\s*$`)

const numRE = `-?[0-9]+(?:\.[0-9]+)?`

// ParseRange reads "30..50", ">= 11", "<= 76", "0" or "any".
func ParseRange(s string) (Range, error) {
	m := rangeRE.FindStringSubmatch(s)
	if m == nil {
		return Range{}, fmt.Errorf("want a range like 30..50, >= 11, <= 76 or 0, got %q", s)
	}
	num := func(x string) (float64, error) {
		var f float64
		_, err := fmt.Sscan(x, &f)
		if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
			return 0, fmt.Errorf("bad number %q in range %q", x, s)
		}
		return f, nil
	}
	r := Any
	var err error
	switch {
	case m[1] != "":
		if r.Min, err = num(m[1]); err == nil {
			r.Max, err = num(m[2])
		}
		if err == nil && r.Min > r.Max {
			err = fmt.Errorf("range %q is empty: %s > %s", s, m[1], m[2])
		}
	case m[3] == ">=":
		r.Min, err = num(m[4])
	case m[3] == "<=":
		r.Max, err = num(m[4])
	case m[5] != "":
		r.Min, err = num(m[5])
		r.Max = r.Min
	}
	return r, err
}

func fmtNum(f float64) string {
	if f == math.Trunc(f) && math.Abs(f) < 1e15 {
		return fmt.Sprintf("%d", int64(f))
	}
	return fmt.Sprintf("%g", f)
}

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
	// Status is set by Score for the call's figures.
	Status Status
}

// A Finding is evidence for a coach: where, who, and what.
type Finding struct {
	Analyzer string
	// Kind is a short stable tag: "opener", "interruption", "monologue",
	// "next-step", "no-next-step"...
	Kind string
	// Ref points at the sentence (or turn, Sentence < 0) it concerns;
	// Ref.Turn < 0 for findings about the whole call.
	Ref      Ref
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
	Transcript *Transcript
	Rubric     *Rubric
	// Record adds a number to the scorecard.
	Record func(Metric)
	// Report adds a finding; ReportAt fills its place from a Ref.
	Report func(Finding)
	// Tag labels a sentence for the annotated transcript ("question:open",
	// "self-centred"...).
	Tag func(Ref, string)
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
func (p *Pass) ReportAt(ref Ref, kind, message string) {
	f := Finding{Analyzer: p.Analyzer.Name, Kind: kind, Ref: ref, Message: message}
	t := p.Transcript
	if ref.Turn >= 0 && ref.Turn < len(t.Turns) {
		turn := &t.Turns[ref.Turn]
		f.Speaker = turn.Speaker
		f.Line, f.Start = turn.Line, turn.Start
		f.Evidence = Excerpt(turn.Text, 200)
		if ref.Sentence >= 0 && ref.Sentence < len(turn.Sentences) {
			s := &turn.Sentences[ref.Sentence]
			f.Line, f.Start, f.Evidence = s.Line, s.Start, s.Text
		}
		f.Timed = t.Timed()
	}
	p.Report(f)
}

// Phrases returns the rubric's phrase list of that name.
func (p *Pass) Phrases(name string) *Phrases {
	return p.Rubric.Phrases(name)
}

// Excerpt shortens s to about n bytes, cut at a word boundary and marked
// with " …".
func Excerpt(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > n/2 && s[cut] != ' ' {
		cut--
	}
	for cut > 0 && cut < len(s) && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + " …"
}

// Validate checks a set of analyzers the way the driver relies on: unique
// analyzer, metric and phrase-list names, each with documentation.
func Validate(analyzers []*Analyzer) error {
	seen := map[string]string{}
	for _, l := range CommonPhrases {
		seen["phrase list "+l.Name] = "common"
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

var flagSafeRE = regexp.MustCompile(`^[a-z][a-z0-9-]*$`)

func flagSafe(s string) bool { return flagSafeRE.MatchString(s) }
